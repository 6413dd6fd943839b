import { beforeEach, describe, expect, it } from 'vitest';
import { attemptLogin, clearLoginLocks, lockedUntil } from '../../src/store/auth';
import { setSetting } from '../../src/store/settings';
import { resetDatabase, seedDemo } from '../support/db';

const T0 = Date.parse('2026-11-20T01:00:00Z'); // 10:00 JST
const MINUTE = 60_000;

async function failTimes(n: number, loginId = 'NAC001', at = T0) {
  for (let i = 0; i < n; i++) await attemptLogin(loginId, 'wrong-password', at);
}

describe('attemptLogin', () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedDemo();
  });

  it('logs in with the 事業所コード and the 事業所パスワード', async () => {
    expect(await attemptLogin('NAC001', 'demo1234', T0)).toEqual({ ok: true, officeCode: 'NAC001' });
    expect(await attemptLogin(' nac002 ', 'demo1234', T0)).toEqual({ ok: true, officeCode: 'NAC002' });
  });

  it('gives the same answer for a wrong password and an unknown ID, so neither is revealed', async () => {
    const wrongPassword = await attemptLogin('NAC001', 'demo12345', T0);
    const unknownId = await attemptLogin('XYZ999', 'demo1234', T0);
    expect(wrongPassword).toEqual({ ok: false, reason: 'invalid' });
    expect(unknownId).toEqual(wrongPassword);
  });

  it('locks the office after 5 failures in a row, even for the right password, for 30 simulated minutes', async () => {
    await failTimes(4);
    const fifth = await attemptLogin('NAC001', 'nope', T0 + MINUTE);
    expect(fifth).toEqual({ ok: false, reason: 'locked', until: T0 + 31 * MINUTE, maxFailures: 5 });

    expect(await attemptLogin('NAC001', 'demo1234', T0 + 30 * MINUTE)).toMatchObject({ ok: false, reason: 'locked' });
    expect(await lockedUntil('NAC001', T0 + 30 * MINUTE)).toBe(T0 + 31 * MINUTE);
    // the other office of the same company is not locked
    expect(await attemptLogin('NAC002', 'demo1234', T0 + 2 * MINUTE)).toMatchObject({ ok: true });

    expect(await attemptLogin('NAC001', 'demo1234', T0 + 31 * MINUTE)).toEqual({ ok: true, officeCode: 'NAC001' });
  });

  it('starts a fresh count once a lock has run out', async () => {
    await failTimes(5);
    const after = T0 + 31 * MINUTE;
    expect(await attemptLogin('NAC001', 'nope', after)).toEqual({ ok: false, reason: 'invalid' });
    await failTimes(3, 'NAC001', after);
    expect(await attemptLogin('NAC001', 'nope', after)).toMatchObject({ reason: 'locked', until: after + 30 * MINUTE });
  });

  it('resets the count on a successful login', async () => {
    await failTimes(4);
    expect(await attemptLogin('NAC001', 'demo1234', T0)).toMatchObject({ ok: true });
    await failTimes(4);
    expect(await attemptLogin('NAC001', 'demo1234', T0)).toMatchObject({ ok: true });
  });

  it('follows the configured number of failures and lock minutes', async () => {
    await setSetting('login', { maxFailures: 3, lockMinutes: 10 });
    await failTimes(2);
    expect(await attemptLogin('NAC001', 'nope', T0)).toEqual({
      ok: false,
      reason: 'locked',
      until: T0 + 10 * MINUTE,
      maxFailures: 3,
    });
    expect(await attemptLogin('NAC001', 'demo1234', T0 + 10 * MINUTE)).toMatchObject({ ok: true });
  });

  it('locks an unknown ID the same way as a real one', async () => {
    await failTimes(5, 'ABC123');
    expect(await attemptLogin('ABC123', 'x', T0)).toMatchObject({ ok: false, reason: 'locked' });
  });

  it('lets the trainer lift every lock at once', async () => {
    await failTimes(5);
    await clearLoginLocks();
    expect(await lockedUntil('NAC001', T0)).toBeUndefined();
    expect(await attemptLogin('NAC001', 'demo1234', T0)).toMatchObject({ ok: true });
  });
});
