import { describe, expect, it } from 'vitest';
import {
  addDays,
  formatDateTimeSeconds,
  formatShortDateWithWeekday,
  isoDateOf,
  jstMs,
  parseYmd8,
} from '../../src/domain/time';

describe('JST time helpers', () => {
  it('reads dates in Japan whatever the device time zone', () => {
    // 2026-11-20T15:30:00Z is already 2026-11-21 00:30 in Tokyo
    expect(isoDateOf(Date.parse('2026-11-20T15:30:00Z'))).toBe('2026-11-21');
    expect(formatDateTimeSeconds(jstMs('2019-01-29', 14, 48, 9))).toBe('2019/01/29 14:48:09');
  });

  it('parses YYYYMMDD only for real dates', () => {
    expect(parseYmd8('20190401')).toBe('2019-04-01');
    expect(parseYmd8('20190230')).toBeNull();
    expect(parseYmd8('2019041')).toBeNull();
    expect(parseYmd8('２０１９０４０１')).toBeNull();
  });

  it('adds days across months and writes the seed style 4/8(月)', () => {
    expect(addDays('2019-03-31', 1)).toBe('2019-04-01');
    expect(formatShortDateWithWeekday('2019-04-08')).toBe('4/8(月)');
  });
});
