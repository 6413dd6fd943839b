// Who is logged in on this device. Kept in IndexedDB (device-local), so that a
// reload keeps a live session and every tab sees the same one.
import { liveQuery } from 'dexie';
import { createSignal } from 'solid-js';
import { db } from './db';
import { deleteDeviceValue, setDeviceValue } from './device';

export interface Session {
  officeCode: string;
  /** simulated epoch ms of the login */
  loginAt: number;
}

const SESSION_KEY = 'session';

// undefined: not loaded yet; null: nobody is logged in
const [session, setSession] = createSignal<Session | null | undefined>(undefined);

export const currentSession = session;

export function currentOfficeCode(): string | undefined {
  return session()?.officeCode;
}

let following = false;

/** Load the session and follow logins and logouts made in other tabs. */
export function followSession(): Promise<void> {
  if (following) return Promise.resolve();
  following = true;
  return new Promise((resolve) => {
    liveQuery(() => db.device.get(SESSION_KEY)).subscribe({
      next: (row) => {
        setSession((row?.value as Session | undefined) ?? null);
        resolve();
      },
      error: () => {
        setSession(null);
        resolve();
      },
    });
  });
}

export async function beginSession(officeCode: string, loginAt: number): Promise<void> {
  const s: Session = { officeCode, loginAt };
  await setDeviceValue(SESSION_KEY, s);
  setSession(s);
}

export async function endSession(): Promise<void> {
  await deleteDeviceValue(SESSION_KEY);
  setSession(null);
}
