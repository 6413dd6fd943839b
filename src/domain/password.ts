// 事業所パスワード: stored only as PBKDF2-SHA256 (WebCrypto) with a salt per office.
import type { PasswordHash } from './contract';

export const PBKDF2_ITERATIONS = 600_000;

function toBase64(bytes: Uint8Array): string {
  let s = '';
  bytes.forEach((b) => (s += String.fromCharCode(b)));
  return btoa(s);
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    256,
  );
  return new Uint8Array(bits);
}

export async function hashPassword(password: string, iterations = PBKDF2_ITERATIONS): Promise<PasswordHash> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hash = await derive(password, salt, iterations);
  return { algorithm: 'PBKDF2-SHA256', iterations, salt: toBase64(salt), hash: toBase64(hash) };
}

/** Constant-time comparison of the derived key. */
export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const derived = await derive(password, fromBase64(stored.salt), stored.iterations);
  const expected = fromBase64(stored.hash);
  if (derived.length !== expected.length) return false;
  let diff = 0;
  for (let i = 0; i < derived.length; i++) diff |= derived[i] ^ expected[i];
  return diff === 0;
}

// ---- パスワードの変更: the rules for a new 事業所パスワード (our reading; docs/password.md) ----

export const NEW_PASSWORD_MIN = 8;
export const NEW_PASSWORD_MAX = 32;
/** The new password may be none of the current one and the ones before it, this many in all. */
export const PASSWORD_HISTORY_DEPTH = 3;

export type PasswordChangeField = 'currentPassword' | 'newPassword' | 'newPasswordConfirm';

export interface PasswordChangeInput {
  current: string;
  next: string;
  confirm: string;
}

export interface PasswordChangeError {
  field: PasswordChangeField;
  message: string;
}

export const PASSWORD_LABELS: Record<PasswordChangeField, string> = {
  currentPassword: '現在のパスワード',
  newPassword: '新しいパスワード',
  newPasswordConfirm: '新しいパスワード（確認用）',
};

export const PASSWORD_MESSAGES = {
  currentRequired: '現在のパスワードを入力してください。',
  currentWrong: '現在のパスワードが正しくありません。現在お使いの事業所パスワードを入力してください。',
  newRequired: '新しいパスワードを入力してください。',
  newLength: `新しいパスワードは${NEW_PASSWORD_MIN}文字以上${NEW_PASSWORD_MAX}文字以内で入力してください。`,
  newChars: '新しいパスワードは半角英数字記号（空白を除く）で入力してください。',
  newClasses: '新しいパスワードには半角英字と半角数字をそれぞれ1文字以上含めてください。',
  newOfficeCode: '新しいパスワードに事業所コードを含めることはできません。別のパスワードを入力してください。',
  newReused: `新しいパスワードには、現在のパスワード及び直前${PASSWORD_HISTORY_DEPTH - 1}回までに使用したパスワードは使用できません。別のパスワードを入力してください。`,
  confirmRequired: '新しいパスワード（確認用）を入力してください。',
  confirmMismatch: '新しいパスワード（確認用）が新しいパスワードと一致しません。同じパスワードを入力してください。',
} as const;

/** 半角英数字記号: printable ASCII without the space. */
const PRINTABLE_ASCII = /^[\x21-\x7e]*$/;

/**
 * The rules that need no stored hash: what is missing, the new password's length,
 * characters and classes, the 事業所コード in it, and the confirmation. One message
 * per field, the first rule it breaks, in the order of the form.
 */
export function passwordChangeErrors(input: PasswordChangeInput, officeCode: string): PasswordChangeError[] {
  const errors: PasswordChangeError[] = [];
  if (!input.current) errors.push({ field: 'currentPassword', message: PASSWORD_MESSAGES.currentRequired });
  const next = input.next;
  const newMessage = !next
    ? PASSWORD_MESSAGES.newRequired
    : !PRINTABLE_ASCII.test(next)
      ? PASSWORD_MESSAGES.newChars
      : next.length < NEW_PASSWORD_MIN || next.length > NEW_PASSWORD_MAX
        ? PASSWORD_MESSAGES.newLength
        : !/[A-Za-z]/.test(next) || !/[0-9]/.test(next)
          ? PASSWORD_MESSAGES.newClasses
          : officeCode && next.toUpperCase().includes(officeCode.toUpperCase())
            ? PASSWORD_MESSAGES.newOfficeCode
            : undefined;
  if (newMessage) errors.push({ field: 'newPassword', message: newMessage });
  if (!input.confirm) errors.push({ field: 'newPasswordConfirm', message: PASSWORD_MESSAGES.confirmRequired });
  else if (next && input.confirm !== next) errors.push({ field: 'newPasswordConfirm', message: PASSWORD_MESSAGES.confirmMismatch });
  return errors;
}

/** Whether `password` is the current one or one of the previous ones (newest first). */
export async function isRecentPassword(password: string, current: PasswordHash, previous: readonly PasswordHash[] = []): Promise<boolean> {
  for (const stored of [current, ...previous].slice(0, PASSWORD_HISTORY_DEPTH)) {
    if (await verifyPassword(password, stored)) return true;
  }
  return false;
}
