import { describe, expect, it } from 'vitest';
import { checkUtbRegistration, isUtbAvailable } from '../../src/domain/broker-id/utb';
import type { UserId } from '../../src/domain/contract';
import { jstMs } from '../../src/domain/time';

const ids: Record<string, UserId> = {
  '1ANACA01': mk('A01', false),
  '1ANACA05': mk('A05', true),
};
function mk(idNo: string, broker: boolean): UserId {
  return {
    id: `1ANAC${idNo}`,
    userCode: '1ANAC',
    idNo,
    officeCode: 'NAC001',
    industries: broker ? ['通関業', '通関士'] : ['通関業'],
    method: 'インタ',
    broker,
    startDate: '2026-12-01',
    updatedAt: 0,
    rev: 1,
  };
}
const weekdayNoon = jstMs('2026-12-01', 12); // Tuesday
const base = { loginUserId: '1ANACA01', targetUserId: '1ANACA05', cardNo: '12-97', now: weekdayNoon, lookup: (id: string) => ids[id] };

describe('UTB availability: 平日 00:00–23:00', () => {
  it('is open on a weekday until 23:00 and closed after, on weekends and on holidays', () => {
    expect(isUtbAvailable(jstMs('2026-12-01', 0, 0))).toBe(true);
    expect(isUtbAvailable(jstMs('2026-12-01', 22, 59))).toBe(true);
    expect(isUtbAvailable(jstMs('2026-12-01', 23, 0))).toBe(false);
    expect(isUtbAvailable(jstMs('2026-12-05', 10))).toBe(false); // Saturday
    expect(isUtbAvailable(jstMs('2026-11-23', 10))).toBe(false); // 勤労感謝の日
  });

  it('answers U0002 outside the hours', () => {
    const r = checkUtbRegistration({ ...base, now: jstMs('2026-12-05', 10) });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].code).toBe('U0002');
  });
});

describe('UTB registration checks', () => {
  const codeOf = (req: Partial<typeof base>) => {
    const r = checkUtbRegistration({ ...base, ...req });
    return r.ok ? 'ok' : r.errors.map((e) => e.code || e.field).join(',');
  };

  it('registers a broker ID of the same 利用者コード', () => {
    expect(codeOf({})).toBe('ok');
  });
  it('S0001 without an ID, S0002 for a partial one', () => {
    expect(codeOf({ targetUserId: '' })).toBe('S0001');
    expect(codeOf({ targetUserId: '1ANACA' })).toBe('S0002');
  });
  it('S0005 for an ID outside the logged-in ID group', () => {
    expect(codeOf({ targetUserId: '1BNACB01' })).toBe('S0005');
  });
  it('S0006 for an unknown ID and S0007 for an ID that is not a 通関士ID', () => {
    expect(codeOf({ targetUserId: '1ANACZ99' })).toBe('S0006');
    expect(codeOf({ targetUserId: '1ANACA01' })).toBe('S0007');
  });
  it('refuses a card number typed whole when it is longer than the field', () => {
    expect(codeOf({ cardNo: '12-7896' })).toBe('cardNo');
  });
});
