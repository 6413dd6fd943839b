import holidays from '@holiday-jp/holiday_jp/lib/holidays.js';
import { describe, expect, it } from 'vitest';
import holidayTable from '../../src/domain/holidays.json';
import {
  addBusinessDays,
  businessDaysBetween,
  holidayName,
  isBusinessDay,
  nextBusinessDayOnOrAfter,
  nonBusinessReason,
  subtractBusinessDays,
} from '../../src/domain/calendar';

describe('business calendar', () => {
  it('counts the seed example: 2019-04-02 (火) + 4 business days = 2019-04-08 (月)', () => {
    expect(addBusinessDays('2019-04-02', 4)).toBe('2019-04-08');
  });

  it('skips Saturdays and Sundays', () => {
    expect(isBusinessDay('2026-11-21')).toBe(false); // Saturday
    expect(isBusinessDay('2026-11-22')).toBe(false); // Sunday
    expect(isBusinessDay('2026-11-20')).toBe(true); // Friday
    expect(addBusinessDays('2026-11-20', 1)).toBe('2026-11-24'); // Monday 11-23 is 勤労感謝の日
  });

  it('knows every holiday of the holiday package by its name, and no other (src/domain/holidays.json: run scripts/holidays-json.mjs after updating the package)', () => {
    const packageHolidays = holidays as Record<string, { name: string }>;
    const dates = Object.keys(packageHolidays);
    expect(dates.length).toBeGreaterThan(1000);
    expect(Object.keys(holidayTable)).toEqual(dates);
    for (const date of dates) expect(holidayName(date), date).toBe(packageHolidays[date].name);
    expect(holidayName('2026-11-24')).toBeUndefined();
    expect(holidayName('constructor')).toBeUndefined();
  });

  it('skips Japanese public holidays from the holiday package', () => {
    expect(isBusinessDay('2026-11-23')).toBe(false);
    expect(nonBusinessReason('2026-11-23')).toBe('祝日(勤労感謝の日)');
  });

  it('skips Golden Week: 2026-04-28 (火) + 2 = 2026-05-01, + 3 = 2026-05-07', () => {
    // 4/29 昭和の日, 5/3-5/5 and the substitute holiday 5/6
    expect(addBusinessDays('2026-04-28', 2)).toBe('2026-05-01');
    expect(addBusinessDays('2026-04-28', 3)).toBe('2026-05-07');
  });

  it('skips the year-end closure 12/29–1/3', () => {
    expect(isBusinessDay('2026-12-28')).toBe(true);
    for (const d of ['2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03']) {
      expect(isBusinessDay(d)).toBe(false);
    }
    expect(nonBusinessReason('2026-12-30')).toBe('年末年始休業日(12月29日〜1月3日)');
    expect(addBusinessDays('2026-12-28', 1)).toBe('2027-01-04');
  });

  it('finds the first business day on or after a date', () => {
    expect(nextBusinessDayOnOrAfter('2026-11-20')).toBe('2026-11-20');
    expect(nextBusinessDayOnOrAfter('2026-11-21')).toBe('2026-11-24');
  });

  it('counts business days between two dates', () => {
    expect(businessDaysBetween('2019-04-02', '2019-04-08')).toBe(4);
    expect(businessDaysBetween('2019-04-08', '2019-04-02')).toBe(-4);
    expect(businessDaysBetween('2026-12-25', '2027-01-05')).toBe(3); // 12/28, 1/4, 1/5
  });

  it('refuses a negative or fractional count', () => {
    expect(() => addBusinessDays('2026-11-20', -1)).toThrow();
    expect(() => addBusinessDays('2026-11-20', 1.5)).toThrow();
  });

  it('counts business days backwards: 4 business days before 2019-04-08 (月) is 2019-04-02 (火)', () => {
    expect(subtractBusinessDays('2019-04-08', 4)).toBe('2019-04-02');
    expect(subtractBusinessDays('2026-05-07', 3)).toBe('2026-04-28'); // over Golden Week
    expect(subtractBusinessDays('2027-01-04', 1)).toBe('2026-12-28'); // over the year end
    expect(subtractBusinessDays('2026-11-20', 0)).toBe('2026-11-20');
    expect(() => subtractBusinessDays('2026-11-20', -1)).toThrow();
  });
});
