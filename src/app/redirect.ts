// Where to go after login: the page that sent the user to /login, if it is one of ours.

/** /login with the target to return to (omitted for the top menu). */
export function loginHref(target: string): string {
  return target === '/' || !isSafeTarget(target) ? '/login' : `/login?next=${encodeURIComponent(target)}`;
}

/** Only paths inside this app, never another origin (//host) and never the login pages again. */
function isSafeTarget(target: string | undefined): target is string {
  return !!target && target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/login');
}

export function afterLoginTarget(next: string | undefined): string {
  return isSafeTarget(next) ? next : '/';
}

/** Where a 仮ログインID lands and the only place it may go (新規申込's NACCS利用申込). */
export const NEW_USAGE_PATH = '/new-usage';

export function isNewUsagePath(path: string): boolean {
  return under(path, NEW_USAGE_PATH);
}

/** Where a 仮ログインID may go: its NACCS利用申込, and the システム設定申込 of the new codes it was given (docs/new-usage.md). */
export function isProvisionalPath(path: string): boolean {
  return isNewUsagePath(path) || under(path, '/system-setting');
}

function under(path: string, root: string): boolean {
  return path === root || path.startsWith(`${root}/`) || path.startsWith(`${root}?`);
}
