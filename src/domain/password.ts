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

// ---- a synchronous PBKDF2-SHA256, for the center's transaction -------------------
// The center creates a new office's password inside its Dexie transaction, where
// crypto.subtle may not be awaited (the transaction would commit). This pure
// implementation gives the same hash as WebCrypto, so verifyPassword checks it;
// it is used with fewer iterations (NEW_OFFICE_ITERATIONS, docs/new-usage.md).

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01,
  0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc,
  0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
  0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08,
  0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

export function sha256(data: Uint8Array): Uint8Array {
  const bitLength = data.length * 8;
  const padded = new Uint8Array(((data.length + 9 + 63) >> 6) << 6);
  padded.set(data);
  padded[data.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(bitLength / 2 ** 32));
  view.setUint32(padded.length - 4, bitLength >>> 0);
  const h = new Uint32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
  const w = new Uint32Array(64);
  const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));
  for (let off = 0; off < padded.length; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(off + i * 4);
    for (let i = 16; i < 64; i++) {
      const s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >>> 3);
      const s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >>> 10);
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) >>> 0;
    }
    let [a, b, c, d, e, f, g, hh] = h;
    for (let i = 0; i < 64; i++) {
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i]) >>> 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) >>> 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) >>> 0;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
    h[5] += f;
    h[6] += g;
    h[7] += hh;
  }
  const out = new Uint8Array(32);
  const ov = new DataView(out.buffer);
  h.forEach((x, i) => ov.setUint32(i * 4, x));
  return out;
}

function hmacSha256(key: Uint8Array, message: Uint8Array): Uint8Array {
  const block = new Uint8Array(64);
  block.set(key.length > 64 ? sha256(key) : key);
  const inner = new Uint8Array(64 + message.length);
  const outer = new Uint8Array(64 + 32);
  for (let i = 0; i < 64; i++) {
    inner[i] = block[i] ^ 0x36;
    outer[i] = block[i] ^ 0x5c;
  }
  inner.set(message, 64);
  outer.set(sha256(inner), 64);
  return sha256(outer);
}

/** New offices' passwords are hashed inside the center's transaction with this many iterations. */
export const NEW_OFFICE_ITERATIONS = 2_000;

/** PBKDF2-SHA256 with a 32-byte output, synchronously; `random` gives the salt. */
export function hashPasswordSync(password: string, random: () => number, iterations = NEW_OFFICE_ITERATIONS): PasswordHash {
  const salt = Uint8Array.from({ length: 16 }, () => Math.floor(random() * 256));
  const key = new TextEncoder().encode(password);
  const first = new Uint8Array(salt.length + 4);
  first.set(salt);
  first[salt.length + 3] = 1;
  let u = hmacSha256(key, first);
  const t = u.slice();
  for (let i = 1; i < iterations; i++) {
    u = hmacSha256(key, u);
    for (let j = 0; j < 32; j++) t[j] ^= u[j];
  }
  return { algorithm: 'PBKDF2-SHA256', iterations, salt: toBase64(salt), hash: toBase64(t) };
}
