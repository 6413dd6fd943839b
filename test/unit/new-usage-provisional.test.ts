import { beforeEach, describe, expect, it } from 'vitest';
import {
  isProvisionalId,
  PROVISIONAL_MAIL_SUBJECT,
  provisionalIdFrom,
  provisionalPassword,
} from '../../src/domain/new-usage/provisional';
import { attemptLogin } from '../../src/store/auth';
import { listMailsTo } from '../../src/store/mails';
import { closeProvisionalAccount, createProvisionalAccount, getProvisionalAccount } from '../../src/store/provisional';
import { db } from '../../src/store/db';
import { resetDatabase, seedDemo } from '../support/db';
import { TEST_CONTACT } from '../support/test-kinds';

const T0 = Date.parse('2026-11-20T01:00:00Z'); // 10:00 JST

function seq(values: number[]): () => number {
  let i = 0;
  return () => values[i++ % values.length];
}

describe('仮ログインID and 仮パスワード (pure)', () => {
  it('makes IDs of KR and six digits, never a 事業所コード', () => {
    expect(provisionalIdFrom(() => 0.0421)).toBe('KR042100');
    expect(provisionalIdFrom(() => 0)).toBe('KR000000');
    expect(isProvisionalId('KR042100')).toBe(true);
    expect(isProvisionalId('NAC001')).toBe(false);
    expect(isProvisionalId('KR04210')).toBe(false);
  });

  it('makes 10-character passwords with letters and digits and no look-alike characters', () => {
    for (let n = 0; n < 50; n++) {
      const pw = provisionalPassword(Math.random);
      expect(pw).toMatch(/^[A-HJ-NP-Za-km-z2-9]{10}$/);
      expect(pw).toMatch(/\d/);
      expect(pw).toMatch(/[A-Za-z]/);
    }
  });
});

describe('provisional accounts (store)', () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedDemo();
  });

  it('registers a 仮ログインID, mails it with its password and the NSS URL to the 申込担当者, and logs in with it', async () => {
    const { loginId, password } = await createProvisionalAccount(TEST_CONTACT, T0, { iterations: 1000 });
    expect(isProvisionalId(loginId)).toBe(true);

    const mails = await listMailsTo(TEST_CONTACT.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe(PROVISIONAL_MAIL_SUBJECT);
    expect(mails[0].body).toContain(`仮ログインID：${loginId}`);
    expect(mails[0].body).toContain(`パスワード：${password}`);
    expect(mails[0].body).toContain('https://nss.naccs-training.example/login/nsscoapp/');

    // the credentials live in the device table, which never syncs; only a hash is kept
    const account = await getProvisionalAccount(loginId);
    expect(account?.password.algorithm).toBe('PBKDF2-SHA256');
    expect(JSON.stringify(account)).not.toContain(password);
    expect(await db.device.get(`provisional:${loginId}`)).toBeDefined();

    expect(await attemptLogin(loginId.toLowerCase(), password, T0)).toEqual({ ok: true, officeCode: loginId, provisional: true });
  });

  it('counts wrong passwords of a 仮ログインID toward the same lock as an office', async () => {
    const { loginId, password } = await createProvisionalAccount(TEST_CONTACT, T0, { iterations: 1000 });
    for (let i = 0; i < 4; i++) expect(await attemptLogin(loginId, 'wrong', T0)).toEqual({ ok: false, reason: 'invalid' });
    expect(await attemptLogin(loginId, 'wrong', T0)).toMatchObject({ ok: false, reason: 'locked' });
    expect(await attemptLogin(loginId, password, T0 + 60_000)).toMatchObject({ ok: false, reason: 'locked' });
    expect(await attemptLogin(loginId, password, T0 + 31 * 60_000)).toMatchObject({ ok: true, provisional: true });
  });

  it('draws another ID when the first is taken', async () => {
    const first = await createProvisionalAccount(TEST_CONTACT, T0, { iterations: 1000, random: seq([0.5]) });
    const second = await createProvisionalAccount(TEST_CONTACT, T0, { iterations: 1000, random: seq([0.5, 0.5, 0.25]) });
    expect(first.loginId).toBe('KR500000');
    expect(second.loginId).toBe('KR250000');
  });

  it('stops logging in once closed (the new office exists)', async () => {
    const { loginId, password } = await createProvisionalAccount(TEST_CONTACT, T0, { iterations: 1000 });
    await closeProvisionalAccount(loginId, T0 + 1, 'NAC003');
    expect(await attemptLogin(loginId, password, T0 + 2)).toEqual({ ok: false, reason: 'invalid' });
    expect((await getProvisionalAccount(loginId))?.officeCode).toBe('NAC003');
  });
});
