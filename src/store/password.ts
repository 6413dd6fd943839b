// パスワードの変更: the 事業所パスワード of the logged-in office. The new password is
// checked by the rules in domain/password.ts, stored only as a PBKDF2 hash, and the
// office gets a new passwordId: this session takes it and stays, every other
// session of the office (other devices, through sync) ends (store/session.ts).
import type { Office } from '../domain/contract';
import {
  hashPassword,
  isRecentPassword,
  passwordChangeErrors,
  PASSWORD_HISTORY_DEPTH,
  PASSWORD_MESSAGES,
  PBKDF2_ITERATIONS,
  verifyPassword,
  type PasswordChangeError,
  type PasswordChangeInput,
} from '../domain/password';
import { getOffice } from './contracts';
import { db } from './db';
import { newId, touched } from './record';
import { keepSessionThroughPasswordChange } from './session';

export type PasswordChangeResult = { ok: true } | { ok: false; errors: PasswordChangeError[] };

/** Thrown when the office's password changed (another tab or device) while this change was being checked. */
export class PasswordChangedMeanwhile extends Error {}

/** The office with its new password: the old one joins the history (newest first). */
export function withNewPassword(office: Office, password: Office['password'], passwordId: string): Office {
  const history = [office.password, ...(office.passwordHistory ?? [])].slice(0, PASSWORD_HISTORY_DEPTH - 1);
  return { ...office, password, passwordHistory: history, passwordId };
}

export async function changeOfficePassword(
  officeCode: string,
  input: PasswordChangeInput,
  iterations = PBKDF2_ITERATIONS,
): Promise<PasswordChangeResult> {
  const errors = passwordChangeErrors(input, officeCode);
  if (errors.length) return { ok: false, errors };
  const office = await getOffice(officeCode);
  if (!office) throw new Error(`事業所 ${officeCode} is not registered`);
  if (!(await verifyPassword(input.current, office.password))) {
    return { ok: false, errors: [{ field: 'currentPassword', message: PASSWORD_MESSAGES.currentWrong }] };
  }
  if (await isRecentPassword(input.next, office.password, office.passwordHistory)) {
    return { ok: false, errors: [{ field: 'newPassword', message: PASSWORD_MESSAGES.newReused }] };
  }
  // crypto.subtle cannot run inside a transaction: hash first, then write if nothing changed meanwhile
  const hash = await hashPassword(input.next, iterations);
  await keepSessionThroughPasswordChange(async () => {
    const stored = await db.offices.get(officeCode);
    if (!stored || stored.deleted || stored.password.hash !== office.password.hash) throw new PasswordChangedMeanwhile();
    const passwordId = newId();
    await db.offices.put(touched(withNewPassword(stored, hash, passwordId), stored));
    return passwordId;
  });
  return { ok: true };
}
