// What ログイン does with the database: loaded by the login page when it is first
// drawn (the database code is not needed to draw it), awaited when ログイン is pressed.
import { whenAppReady } from '../../app/background';
import { attemptLogin, type LoginResult } from '../../store/auth';
import { isProvisionalId } from '../../domain/new-usage/provisional';
import { logEvent } from '../../store/events';
import { beginSession } from '../../store/session';
import { contractEndedMessage, LOGIN_MESSAGES, lockedMessage } from './messages';

export { followDemoMode } from '../../store/settings';

/** Checks the credentials at the training clock's time and, when they are right, begins the session. */
export async function signIn(loginId: string, password: string): Promise<LoginResult> {
  const clock = await whenAppReady();
  const result = await attemptLogin(loginId, password, clock.now());
  if (result.ok) await beginSession(result.officeCode, clock.now(), result.provisional);
  const message = result.ok ? undefined : loginFailureMessage(result);
  logEvent({ type: 'login', loginId, provisional: isProvisionalId(loginId), ok: result.ok, ...(message ? { message } : {}) });
  return result;
}

/** What the login page says when a login fails. */
export function loginFailureMessage(result: Exclude<LoginResult, { ok: true }>): string {
  if (result.reason === 'locked') return lockedMessage(result.maxFailures, result.until);
  if (result.reason === 'ended') return contractEndedMessage(result.endedOn);
  return LOGIN_MESSAGES.invalid;
}
