// The NSS login: ログインID (= 事業所コード) and 事業所パスワード, checked against the
// office's PBKDF2 hash. Failures are counted per office on this device; after
// settings 'login'.maxFailures in a row the office is locked for 'login'.lockMinutes
// of simulated time. One message for a wrong ID or password: it never says which.
// An office whose contract has ended (a 解約 reached its 契約満了日) is refused with
// its own message once the password is right; that refusal is not a failure.
import { verifyPassword } from '../domain/password';
import { isProvisionalId } from '../domain/new-usage/provisional';
import { contractEnded } from '../domain/contract-end';
import { isoDateOf, type IsoDate } from '../domain/time';
import { getOffice } from './contracts';
import { db } from './db';
import { deleteDeviceValue, getDeviceValue, setDeviceValue } from './device';
import { verifyProvisional } from './provisional';
import { getSetting } from './settings';

export type LoginResult =
  | { ok: true; officeCode: string; provisional?: true }
  | { ok: false; reason: 'invalid' }
  /** the right password of an office whose contract has ended: from its 契約満了日 */
  | { ok: false; reason: 'ended'; endedOn: IsoDate }
  | { ok: false; reason: 'locked'; until: number; maxFailures: number };

interface FailureCount {
  count: number;
  /** simulated epoch ms until which the office is locked */
  lockedUntil?: number;
}

const FAILURES_PREFIX = 'loginFailures:';

/** 事業所コード as typed: surrounding blanks dropped, letters upper-cased. */
export function normalizeLoginId(text: string): string {
  return text.trim().toUpperCase();
}

function failureKey(loginId: string): string {
  return FAILURES_PREFIX + loginId;
}

/** Until when the office is locked, or undefined when it is not (at `now`, simulated ms). */
export async function lockedUntil(loginId: string, now: number): Promise<number | undefined> {
  const failures = await getDeviceValue<FailureCount>(failureKey(normalizeLoginId(loginId)));
  return failures?.lockedUntil !== undefined && failures.lockedUntil > now ? failures.lockedUntil : undefined;
}

/**
 * Checks the credentials at simulated time `now`. Failures are counted for any
 * typed ID, known or not, so that the lock does not reveal which IDs exist.
 */
export async function attemptLogin(loginIdText: string, password: string, now: number): Promise<LoginResult> {
  const loginId = normalizeLoginId(loginIdText);
  const key = failureKey(loginId);
  const settings = await getSetting('login');
  const previous = await getDeviceValue<FailureCount>(key);
  if (previous?.lockedUntil !== undefined && previous.lockedUntil > now) {
    return { ok: false, reason: 'locked', until: previous.lockedUntil, maxFailures: settings.maxFailures };
  }

  const office = await getOffice(loginId);
  if (office && (await verifyPassword(password, office.password))) {
    // the contract has ended: said as such (the password was right), and no failure counted
    if (contractEnded(office, isoDateOf(now))) return { ok: false, reason: 'ended', endedOn: office.terminatedOn! };
    if (previous) await deleteDeviceValue(key);
    return { ok: true, officeCode: office.code };
  }
  // 新規申込's 仮ログインID logs in on the same page and counts toward the same lock (seed 003)
  if (!office && isProvisionalId(loginId) && (await verifyProvisional(loginId, password))) {
    if (previous) await deleteDeviceValue(key);
    return { ok: true, officeCode: loginId, provisional: true };
  }

  // A lock that has run out starts a fresh count.
  const count = (previous?.lockedUntil !== undefined ? 0 : (previous?.count ?? 0)) + 1;
  if (count >= settings.maxFailures) {
    const until = now + settings.lockMinutes * 60_000;
    await setDeviceValue<FailureCount>(key, { count, lockedUntil: until });
    return { ok: false, reason: 'locked', until, maxFailures: settings.maxFailures };
  }
  await setDeviceValue<FailureCount>(key, { count });
  return { ok: false, reason: 'invalid' };
}

/** The trainer's 「ロックを解除」: every office's failure count on this device is cleared. */
export async function clearLoginLocks(): Promise<void> {
  const keys = await db.device.where('key').startsWith(FAILURES_PREFIX).primaryKeys();
  await Promise.all(keys.map((k) => deleteDeviceValue(k)));
}
