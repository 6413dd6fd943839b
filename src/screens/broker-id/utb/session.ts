// Who is logged on to the simulated NACCS terminal in this tab. Kept in
// sessionStorage, so a reload keeps the logon (the NSS session is separate).
import { createSignal } from 'solid-js';

const KEY = 'nss-naccs-terminal-logon';

function read(): string | undefined {
  try {
    return sessionStorage.getItem(KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

const [logon, setLogon] = createSignal<string | undefined>(read());

export const terminalUserId = logon;

export function logOn(userId: string): void {
  try {
    sessionStorage.setItem(KEY, userId);
  } catch {
    // private mode without storage: the logon lasts until reload
  }
  setLogon(userId);
}

export function logOff(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // nothing stored
  }
  setLogon(undefined);
}
