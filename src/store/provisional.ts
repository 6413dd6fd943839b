// 新規申込's provisional accounts (仮ログインID). Their credentials are kept in
// the `device` table, which never syncs (docs/sync.md: credentials never leave the
// device), so no schema version is needed; the mail that carries the password is
// an ordinary mail in the 受信箱. docs/new-usage.md says why.
import type { Contact } from '../domain/contact';
import type { PasswordHash } from '../domain/contract';
import { provisionalIdFrom, provisionalMail, provisionalPassword } from '../domain/new-usage/provisional';
import { hashPassword, verifyPassword } from '../domain/password';
import { listApplicationsByStatus } from './applications';
import { getOffice } from './contracts';
import { db } from './db';
import { guarded } from './guarded';
import { addMails } from './mails';
import { newId } from './record';

export interface ProvisionalAccount {
  loginId: string;
  password: PasswordHash;
  contact: Contact;
  /** simulated epoch ms */
  createdAt: number;
  /** the new office's 利用開始日 came: the 仮ログインID no longer logs in */
  closedAt?: number;
  /** the new office's 事業所コード, once it exists */
  officeCode?: string;
}

const PREFIX = 'provisional:';

function secureRandom(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] / 2 ** 32;
}

export async function getProvisionalAccount(loginId: string): Promise<ProvisionalAccount | undefined> {
  const row = await db.device.get(PREFIX + loginId);
  return row?.value as ProvisionalAccount | undefined;
}

/**
 * 「申込内容を登録する」 of the 仮ログイン: a new 仮ログインID and password, and the
 * mail with them to the 申込担当者's address. The password is returned only to be
 * tested; the screen never shows it (it comes by mail, seed 003).
 */
export async function createProvisionalAccount(
  contact: Contact,
  now: number,
  /** random: draws the 仮ログインID (tests); the password always comes from crypto.getRandomValues */
  options: { random?: () => number; iterations?: number } = {},
): Promise<{ loginId: string; password: string }> {
  const random = options.random ?? secureRandom;
  const password = provisionalPassword(secureRandom);
  const hash = await hashPassword(password, options.iterations);
  return guarded(() =>
    db.transaction('rw', [db.device, db.mails, db.offices], async () => {
      let loginId = provisionalIdFrom(random);
      while ((await db.device.get(PREFIX + loginId)) || (await getOffice(loginId))) loginId = provisionalIdFrom(random);
      const account: ProvisionalAccount = { loginId, password: hash, contact: structuredClone(contact), createdAt: now };
      await db.device.put({ key: PREFIX + loginId, value: account });
      await addMails([{ ...provisionalMail({ id: newId(), loginId, password, contact, at: now }), updatedAt: 0, rev: 0 }]);
      return { loginId, password };
    }),
  );
}

/**
 * Whether the 仮ログインID and password are right and the account still open: it
 * stops working once the office its application creates exists (利用開始), on any
 * device the application synced to.
 */
export async function verifyProvisional(loginId: string, password: string): Promise<boolean> {
  const account = await getProvisionalAccount(loginId);
  if (!account || account.closedAt !== undefined) return false;
  const started = await listApplicationsByStatus(['利用開始']);
  if (started.some((a) => a.kind === 'new-usage' && (a.payload as { provisionalId?: string }).provisionalId === loginId)) return false;
  return verifyPassword(password, account.password);
}

/** The new office exists (its 利用開始日): the 仮ログインID stops working. */
export async function closeProvisionalAccount(loginId: string, at: number, officeCode?: string): Promise<void> {
  const account = await getProvisionalAccount(loginId);
  if (!account || account.closedAt !== undefined) return;
  await db.device.put({ key: PREFIX + loginId, value: { ...account, closedAt: at, ...(officeCode ? { officeCode } : {}) } });
}
