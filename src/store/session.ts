// Who is logged in on this device. Kept in IndexedDB (device-local), so that a
// reload keeps a live session and every tab sees the same one.
import { liveQuery } from 'dexie';
import { db } from './db';
import { guarded } from './guarded';
import { currentSession as session, showSession as setSession, type Session } from './session-state';

export { currentOfficeCode, currentOwner, isProvisionalSession, currentSession, type Session } from './session-state';

/**
 * The stored row. Every login and logout writes a larger `stamp` (a logout keeps
 * the row with `session: null`), so a live-query emission can be told apart from
 * a newer value this tab already shows: Dexie may deliver the result of a query
 * that started before our own latest write after that write has been applied.
 */
interface SessionRecord {
  session: Session | null;
  stamp: number;
}

const SESSION_KEY = 'session';

/** The stamp of the value shown; emissions with a smaller or equal stamp are older news. */
let shownStamp = 0;

/** A missing row (first start, or a cleared device table) is the oldest possible value. */
function recordOf(value: unknown): SessionRecord {
  const record = value as Partial<SessionRecord> | undefined;
  return { session: record?.session ?? null, stamp: record?.stamp ?? 0 };
}

function show(record: SessionRecord): void {
  if (session() !== undefined && record.stamp <= shownStamp) return;
  shownStamp = record.stamp;
  setSession(record.session);
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
 */
async function writeSession(next: Session | null): Promise<void> {
  const record = await guarded(() =>
    db.transaction('rw', db.device, async () => {
      const stored = recordOf((await db.device.get(SESSION_KEY))?.value);
      const written: SessionRecord = { session: next, stamp: Math.max(stored.stamp, shownStamp) + 1 };
      await db.device.put({ key: SESSION_KEY, value: written });
      return written;
    }),
  );
  show(record);
}

export function beginSession(officeCode: string, loginAt: number, provisional?: boolean): Promise<void> {
  return writeSession({ officeCode, loginAt, ...(provisional ? { provisional: true as const } : {}) });
}

export function endSession(): Promise<void> {
  return writeSession(null);
}
