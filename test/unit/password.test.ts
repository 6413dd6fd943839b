import { beforeEach, describe, expect, it } from 'vitest';
import {
  hashPassword,
  isRecentPassword,
  PASSWORD_MESSAGES as M,
  passwordChangeErrors,
  verifyPassword,
} from '../../src/domain/password';
import { attemptLogin } from '../../src/store/auth';
import { getOffice } from '../../src/store/contracts';
import { db } from '../../src/store/db';
import { resetDemoData } from '../../src/store/demo/seed';
import { changeOfficePassword } from '../../src/store/password';
import { resetDatabase, seedDemo } from '../support/db';

const T0 = Date.parse('2026-11-20T01:00:00Z');
const ok = { current: 'demo1234', next: 'Kaigi2026', confirm: 'Kaigi2026' };
const messagesOf = (input: typeof ok) => Object.fromEntries(passwordChangeErrors(input, 'NAC001').map((e) => [e.field, e.message]));

describe('the rules for a new 事業所パスワード', () => {
  it('accepts 8 to 32 半角英数字記号 with a letter and a digit', () => {
    expect(passwordChangeErrors(ok, 'NAC001')).toEqual([]);
    expect(messagesOf({ ...ok, next: 'a1b2c3d4', confirm: 'a1b2c3d4' })).toEqual({});
    expect(messagesOf({ ...ok, next: 'Ab1!' + 'x'.repeat(28), confirm: 'Ab1!' + 'x'.repeat(28) })).toEqual({});
  });

  it('names each missing field', () => {
    expect(messagesOf({ current: '', next: '', confirm: '' })).toEqual({
      currentPassword: '現在のパスワードを入力してください。',
      newPassword: '新しいパスワードを入力してください。',
      newPasswordConfirm: '新しいパスワード（確認用）を入力してください。',
    });
  });

  it('refuses a length outside 8–32, other characters, and a password without both a letter and a digit', () => {
    const newOf = (next: string) => messagesOf({ ...ok, next, confirm: next }).newPassword;
    expect(newOf('abc1234')).toBe('新しいパスワードは8文字以上32文字以内で入力してください。');
    expect(newOf('a1' + 'x'.repeat(31))).toBe(M.newLength);
    expect(newOf('abcd 1234')).toBe('新しいパスワードは半角英数字記号（空白を除く）で入力してください。');
    expect(newOf('ａｂｃｄ１２３４')).toBe(M.newChars);
    expect(newOf('abcdefgh')).toBe('新しいパスワードには半角英字と半角数字をそれぞれ1文字以上含めてください。');
    expect(newOf('12345678')).toBe(M.newClasses);
  });

  it('refuses a password that contains the 事業所コード, whatever the case', () => {
    expect(messagesOf({ ...ok, next: 'nac001xyz', confirm: 'nac001xyz' }).newPassword).toBe(
      '新しいパスワードに事業所コードを含めることはできません。別のパスワードを入力してください。',
    );
    expect(messagesOf({ ...ok, next: 'NAC001', confirm: 'NAC001' }).newPassword).toBe(M.newLength);
  });

  it('asks for the same password twice', () => {
    expect(messagesOf({ ...ok, confirm: 'Kaigi2027' })).toEqual({
      newPasswordConfirm: '新しいパスワード（確認用）が新しいパスワードと一致しません。同じパスワードを入力してください。',
    });
  });

  it('knows the current password and the two before it, not older ones', async () => {
    const [a, b, c, d] = await Promise.all(['pw-a1', 'pw-b1', 'pw-c1', 'pw-d1'].map((p) => hashPassword(p, 1_000)));
    expect(await isRecentPassword('pw-a1', a, [b, c, d])).toBe(true);
    expect(await isRecentPassword('pw-c1', a, [b, c, d])).toBe(true);
    expect(await isRecentPassword('pw-d1', a, [b, c, d])).toBe(false);
    expect(await isRecentPassword('pw-e1', a, [b, c, d])).toBe(false);
  });
});

describe('changeOfficePassword', () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedDemo();
  });

  const change = (input: typeof ok) => changeOfficePassword('NAC001', input, 1_000);

  it('stores only a new PBKDF2 hash: the new password logs in, the old one no longer does', async () => {
    expect(await change(ok)).toEqual({ ok: true });
    const office = (await getOffice('NAC001'))!;
    expect(office.password.algorithm).toBe('PBKDF2-SHA256');
    expect(JSON.stringify(office)).not.toContain('Kaigi2026');
    expect(await verifyPassword('Kaigi2026', office.password)).toBe(true);
    expect(office.passwordId).toMatch(/\S/);
    expect(await attemptLogin('NAC001', 'demo1234', T0)).toEqual({ ok: false, reason: 'invalid' });
    expect(await attemptLogin('NAC001', 'Kaigi2026', T0)).toEqual({ ok: true, officeCode: 'NAC001' });
    // the other office keeps its own password
    expect(await attemptLogin('NAC002', 'demo1234', T0)).toEqual({ ok: true, officeCode: 'NAC002' });
  });

  it('refuses a wrong current password and changes nothing', async () => {
    const before = await db.offices.get('NAC001');
    expect(await change({ ...ok, current: 'demo12345' })).toEqual({
      ok: false,
      errors: [{ field: 'currentPassword', message: '現在のパスワードが正しくありません。現在お使いの事業所パスワードを入力してください。' }],
    });
    expect(await db.offices.get('NAC001')).toEqual(before);
  });

  it('refuses the current password and the two before it, and takes the fourth', async () => {
    const reused = { ok: false, errors: [{ field: 'newPassword', message: M.newReused }] };
    expect(await change({ current: 'demo1234', next: 'demo1234', confirm: 'demo1234' })).toEqual(reused);
    expect(await change({ current: 'demo1234', next: 'second22', confirm: 'second22' })).toEqual({ ok: true });
    expect(await change({ current: 'second22', next: 'demo1234', confirm: 'demo1234' })).toEqual(reused);
    expect(await change({ current: 'second22', next: 'third333', confirm: 'third333' })).toEqual({ ok: true });
    expect(await change({ current: 'third333', next: 'demo1234', confirm: 'demo1234' })).toEqual(reused);
    expect(await change({ current: 'third333', next: 'fourth44', confirm: 'fourth44' })).toEqual({ ok: true });
    expect((await getOffice('NAC001'))!.passwordHistory).toHaveLength(2);
    expect(M.newReused).toBe(
      '新しいパスワードには、現在のパスワード及び直前2回までに使用したパスワードは使用できません。別のパスワードを入力してください。',
    );
    // demo1234 is now three changes back
    expect(await change({ current: 'fourth44', next: 'demo1234', confirm: 'demo1234' })).toEqual({ ok: true });
  });

  it('checks the rules before reading anything', async () => {
    expect(await changeOfficePassword('XXX999', { current: '', next: 'short1', confirm: 'short1' })).toEqual({
      ok: false,
      errors: [
        { field: 'currentPassword', message: M.currentRequired },
        { field: 'newPassword', message: M.newLength },
      ],
    });
  });

  it('「デモデータを初期化」 restores demo1234', async () => {
    await change(ok);
    await resetDemoData(T0, 1_000);
    expect(await attemptLogin('NAC001', 'demo1234', T0)).toEqual({ ok: true, officeCode: 'NAC001' });
    expect(await attemptLogin('NAC001', 'Kaigi2026', T0)).toEqual({ ok: false, reason: 'invalid' });
    const office = (await getOffice('NAC001'))!;
    expect(office.passwordId).toBeUndefined();
    expect(office.passwordHistory).toBeUndefined();
  });
});
