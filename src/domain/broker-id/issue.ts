// Issuing 通関士ID: a new 識別番号 under a 利用者コード with a random password.
// The 識別番号's third character tells the system: a letter for netNACCS, a digit
// for 一般NACCS (DOMAIN.md §2). A first character Y marks SMTP双方向, and only it.
import type { Method } from '../contract';

const DIGITS = '0123456789';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The third character of a 識別番号 for the method: a letter for net, a digit otherwise. */
function thirdCharacters(method: Method): string {
  return method === 'net' ? LETTERS : DIGITS;
}

/**
 * The next free 識別番号 under a 利用者コード for the method. Candidates keep the
 * code's usual first character (the one most existing IDs start with, else A),
 * count up the second character 0-9 then A-Z, and never reuse a taken number,
 * whichever office holds it.
 */
export function nextIdNo(taken: readonly string[], method: Method): string {
  const used = new Set(taken);
  const firsts = taken.map((t) => t.charAt(0)).filter((c) => c !== 'Y');
  const usual = mostCommon(firsts) ?? 'A';
  // SMTP双方向 IDs begin with Y (S3: YA1, YB1; S4: Y27); no other ID does
  const firstChoices =
    method === 'SMTP双方向' ? ['Y'] : [usual, ...LETTERS.split('').filter((c) => c !== usual && c !== 'Y')];
  for (const first of firstChoices) {
    for (const second of DIGITS + LETTERS) {
      for (const third of thirdCharacters(method)) {
        const candidate = `${first}${second}${third}`;
        if (candidate === `${first}00`) continue;
        if (!used.has(candidate)) return candidate;
      }
    }
  }
  throw new Error('この利用者コードで払い出せる識別番号がありません。');
}

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  values.forEach((v) => counts.set(v, (counts.get(v) ?? 0) + 1));
  let best: string | undefined;
  let bestCount = 0;
  for (const [v, c] of counts) {
    if (c > bestCount || (c === bestCount && best !== undefined && v < best)) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}

/** Several new 識別番号 at once, each unique among the taken ones and each other. */
export function nextIdNos(taken: readonly string[], method: Method, count: number): string[] {
  const all = [...taken];
  const issued: string[] = [];
  for (let i = 0; i < count; i++) {
    const idNo = nextIdNo(all, method);
    all.push(idNo);
    issued.push(idNo);
  }
  return issued;
}

// Characters that cannot be mistaken for one another when copied from the screen.
const PASSWORD_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const PASSWORD_LENGTH = 8;

/** A random initial password for a new 利用者ID. `random` returns [0, 1). */
export function newUserIdPassword(random: () => number): string {
  let s = '';
  for (let i = 0; i < PASSWORD_LENGTH; i++) {
    s += PASSWORD_ALPHABET[Math.floor(random() * PASSWORD_ALPHABET.length)];
  }
  return s;
}
