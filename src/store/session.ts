// Who is logged in on this device. Kept in IndexedDB (device-local), so that a
// reload keeps a live session and every tab sees the same one.
import { liveQuery } from 'dexie';
import { db } from './db';
import { guarded } from './guarded';
import { aliveRow } from './record';
import { contractEnded } from '../domain/contract-end';
import type { IsoDate } from '../domain/time';
import {
  currentSession as session,
  showSession as setSession,
  showSessionEndReason,
  type Session,
  type SessionEndReason,
} from './session-state';

export { currentOfficeCode, currentOwner, currentSession, isProvisionalSession, sessionEndReason, type Session } from './session-state';

/**
 * The stored row. Every login and logout writes a larger `stamp` (a logout keeps
 * the row with `session: null`), so a live-query emission can be told apart from
 * a newer value this tab already shows: Dexie may deliver the result of a query
 * that started before our own latest write after that write has been applied.
 */
interface SessionRecord {
  session: Session | null;
  stamp: number;
  /** with `session: null`: why it ended, when not by ログアウト */
  ended?: SessionEndReason;
}

const SESSION_KEY = 'session';

/** The stamp of the value shown; emissions with a smaller or equal stamp are older news. */
let shownStamp = 0;

/** A missing row (first start, or a cleared device table) is the oldest possible value. */
function recordOf(value: unknown): SessionRecord {
  const record = value as Partial<SessionRecord> | undefined;
  return { session: record?.session ?? null, stamp: record?.stamp ?? 0, ended: record?.ended };
}

function show(record: SessionRecord): void {
  if (session() !== undefined && record.stamp <= shownStamp) return;
  shownStamp = record.stamp;
  setSession(record.session);
  showSessionEndReason(record.session ? undefined : record.ended);
}

let following = false;

/** Load the session and follow logins and logouts made in other tabs. */
export function followSession(): Promise<void> {
  if (following) return Promise.resolve();
  following = true;
  return new Promise((resolve) => {
    liveQuery(() => db.device.get(SESSION_KEY)).subscribe({
      next: (row) => {
        show(recordOf(row?.value));
        resolve();
      },
      error: () => {
        if (session() === undefined) setSession(null);
        resolve();
      },
    });
  });
}

/**
 * Writes the next session with a stamp larger than any stored or shown, in one
 * transaction (IndexedDB serialises them, also across tabs), then shows it.
 * `next` is computed inside the transaction from what is stored (undefined: no change).
 */
async function writeSession(
  next: (stored: SessionRecord) => Promise<{ session: Session | null; ended?: SessionEndReason } | undefined>,
): Promise<void> {
  const record = await guarded(() =>
    db.transaction('rw', db.device, db.offices, async () => {
      const stored = recordOf((await db.device.get(SESSION_KEY))?.value);
      const value = await next(stored);
      if (!value) return undefined;
      const written: SessionRecord = { ...value, stamp: Math.max(stored.stamp, shownStamp) + 1 };
      await db.device.put({ key: SESSION_KEY, value: written });
      return written;
    }),
  );
  if (record) show(record);
}

/** Begins a session under the office's password as it is now (its passwordId); a 仮ログインID's is provisional. */
export function beginSession(officeCode: string, loginAt: number, provisional?: boolean): Promise<void> {
  return writeSession(async () => {
    const passwordId = provisional ? undefined : aliveRow(await db.offices.get(officeCode))?.passwordId;
    return {
      session: { officeCode, loginAt, ...(passwordId ? { passwordId } : {}), ...(provisional ? { provisional: true as const } : {}) },
    };
  });
}

export function endSession(): Promise<void> {
  return writeSession(async () => ({ session: null }));
}

/**
 * パスワードの変更 by this session: `change` writes the office (inside this
 * transaction) and returns its new passwordId, which the session takes, so that
 * it survives while every session logged in under the old password ends.
 */
export function keepSessionThroughPasswordChange(change: () => Promise<string>): Promise<void> {
  return writeSession(async (stored) => {
    const passwordId = await change();
    return stored.session ? { session: { ...stored.session, passwordId } } : undefined;
  });
}

/**
 * Ends this device's session when its office's password was changed elsewhere
 * (another device, through sync) since it logged in; the login page says why.
 * Reads both in one transaction, so a change made by this very session never ends it.
 */
export function endSessionIfPasswordChanged(): Promise<void> {
  return writeSession(async (stored) => {
    if (!stored.session) return undefined;
    const office = aliveRow(await db.offices.get(stored.session.officeCode));
    if (!office?.passwordId || office.passwordId === stored.session.passwordId) return undefined;
    return { session: null, ended: 'passwordChanged' };
  });
}

/**
 * Ends this device's session when its office's contract has ended by `today` (a 解約
 * reached its 契約満了日, docs/contract-change.md); the login page says why.
 */
export function endSessionIfContractEnded(today: IsoDate): Promise<void> {
  return writeSession(async (stored) => {
    if (!stored.session || stored.session.provisional) return undefined;
    const office = aliveRow(await db.offices.get(stored.session.officeCode));
    if (!office || !contractEnded(office, today)) return undefined;
    return { session: null, ended: 'contractEnded' };
  });
}
