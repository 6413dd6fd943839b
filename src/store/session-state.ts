// Who is logged in on this device, as Solid state. No Dexie here, so the login page
// can read it before the database code has loaded; store/session.ts fills it in.
import { createSignal } from 'solid-js';

export interface Session {
  officeCode: string;
  /** simulated epoch ms of the login */
  loginAt: number;
  /** the office's passwordId when this session logged in or changed the password (absent: never changed) */
  passwordId?: string;
  /** 新規申込's 仮ログインID (`officeCode` holds it): only the NACCS利用申込 is open to it */
  provisional?: true;
}

/** Why the last session ended other than by ログアウト, for the login page to say. */
export type SessionEndReason = 'passwordChanged' | 'contractEnded';

// undefined: not loaded yet; null: nobody is logged in
const [session, setSession] = createSignal<Session | null | undefined>(undefined);

export const currentSession = session;

const [endReason, setEndReason] = createSignal<SessionEndReason | undefined>(undefined);

/** Why the session ended, until the next login or logout (shown on the login page). */
export const sessionEndReason = endReason;

// Whether this device's stored session has anything for the login page to act on (a
// session to go on with, or why the last one ended), kept in localStorage so that the
// login page knows it before the database code has loaded (app/background.ts).
const HINT_KEY = 'nss-simulator:session-stored';

function rememberHint(): void {
  try {
    globalThis.localStorage?.setItem(HINT_KEY, session() || endReason() ? 'yes' : 'no');
  } catch {
    // private mode without storage: the login page then opens the database at the first input
  }
}

/** Whether the last session this device showed was live or ended for a reason (false on a first visit). */
export function sessionStoredHint(): boolean {
  try {
    return globalThis.localStorage?.getItem(HINT_KEY) === 'yes';
  } catch {
    return false;
  }
}

/** Only store/session.ts calls this. */
export function showSessionEndReason(reason: SessionEndReason | undefined): void {
  setEndReason(reason);
  rememberHint();
}

/** Only store/session.ts calls this. */
export function showSession(value: Session | null): void {
  setSession(value);
  rememberHint();
}

/** The logged-in office's 事業所コード; none for a provisional account (it has no office yet). */
export function currentOfficeCode(): string | undefined {
  const s = session();
  return s && !s.provisional ? s.officeCode : undefined;
}

/** Whether a 仮ログインID is logged in. */
export function isProvisionalSession(): boolean {
  return !!session()?.provisional;
}

/**
 * Who owns what this session writes (drafts and their files): the logged-in
 * office's 事業所コード, or a provisional 新規申込 account's 仮ログインID.
 */
export function currentOwner(): string | undefined {
  return session()?.officeCode;
}
