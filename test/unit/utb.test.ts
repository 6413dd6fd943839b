import { describe, expect, it } from 'vitest';
import { checkLogon, checkUtb01Inquiry, checkUtbRegistration, isUtbAvailable } from '../../src/domain/broker-id/utb';
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

describe('logging on to the NACCS terminal', () => {
  const id = { ...ids['1ANACA05'], password: 'K7Q2MXAB' };
  it('needs the ID\'s own password and no hint which was wrong', () => {
    expect(checkLogon('1ANACA05', 'K7Q2MXAB', id, '2026-12-01')).toEqual({ ok: true, userId: id });
    expect(checkLogon('1ANACA05', 'k7q2mxab', id, '2026-12-01')).toEqual({ ok: false, message: '利用者IDまたはパスワードが正しくありません。' });
    expect(checkLogon('1ANACZZZ', 'K7Q2MXAB', undefined, '2026-12-01')).toEqual({ ok: false, message: '利用者IDまたはパスワードが正しくありません。' });
  });
  it('opens from the 利用開始日 and not after the ID ended', () => {
    const r = checkLogon('1ANACA05', 'K7Q2MXAB', id, '2026-11-30');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toBe('この利用者IDの利用開始日は2026/12/01です。利用開始日からログオンできます。');
    expect(checkLogon('1ANACA05', 'K7Q2MXAB', { ...id, endDate: '2026-12-01' }, '2026-12-02').ok).toBe(false);
  });
  it("refuses a サイバーポート用の利用者ID with seed 003's note: log on with the netNACCS 利用者ID", () => {
    const cp: UserId = { ...id, id: '1ANACY02', idNo: 'Y02', method: 'SMTP双方向', cyberport: true };
    expect(checkLogon('1ANACY02', 'K7Q2MXAB', cp, '2026-12-08')).toEqual({
      ok: false,
      cyberport: true,
      message:
        '利用者ID(1ANACY02)はサイバーポート用の利用者IDのため、ログオンできません。ログインはnetNACCS用の利用者ID、パスワードで行ってください。' +
        '（サイバーポートのNACCS連携機能利用のための申込で取得したサイバーポート用の利用者IDではありません）',
    });
    // a wrong password says nothing more; an SMTP双方向 ID that is not the Cyberport's logs on as before
    expect(checkLogon('1ANACY02', 'WRONGPWD', cp, '2026-12-08')).toEqual({ ok: false, message: '利用者IDまたはパスワードが正しくありません。' });
    expect(checkLogon('1ANACY02', 'K7Q2MXAB', { ...cp, cyberport: undefined }, '2026-12-08').ok).toBe(true);
  });
});

describe('UTB01 inquiry', () => {
  const group = Object.values(ids);
  it('lists the group\'s 通関士IDs, or the one typed', () => {
    expect(checkUtb01Inquiry('1ANACA01', '', group)).toEqual({ ok: true, rows: [ids['1ANACA05']] });
    expect(checkUtb01Inquiry('1ANACA01', '1ANACA05', group)).toEqual({ ok: true, rows: [ids['1ANACA05']] });
  });
  it('answers S0005 outside the group and S0006 for an ID that is not a registered 通関士ID', () => {
    const outside = checkUtb01Inquiry('1ANACA01', '1BNACB01', group);
    expect(outside.ok ? '' : outside.error.code).toBe('S0005');
    const notBroker = checkUtb01Inquiry('1ANACA01', '1ANACA01', group);
    expect(notBroker.ok ? '' : notBroker.error.code).toBe('S0006');
  });
});
