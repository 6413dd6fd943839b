// Character classes of NSS input fields. Lengths are counted in characters
// (Unicode code points), never in bytes or UTF-16 units: 「𠮷」 is one character.

/** How many characters a text has, as the 「240文字以内」 rule counts them. */
export function charCount(text: string): number {
  return Array.from(text).length;
}

const HALF_WIDTH_KANA = /[\uFF61-\uFF9F]/u;

/** A character NSS calls 半角: ASCII (space included), half-width kana and half-width forms. */
export function isHalfWidthChar(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return c <= 0x7e || HALF_WIDTH_KANA.test(ch) || (c >= 0xffe8 && c <= 0xffee);
}

/** Katakana as 全角カナ fields accept it: カ, ヴ, ー (長音), ・ and the full-width space. */
export function isFullWidthKanaChar(ch: string): boolean {
  return /^[\u30A1-\u30FA\u30FC\u30FB\u3000]$/u.test(ch);
}

export function isHiragana(ch: string): boolean {
  return /^[\u3041-\u3096]$/u.test(ch);
}

export function isFullWidthDigit(ch: string): boolean {
  return /^[０-９]$/u.test(ch);
}

/** Hyphen-like marks a user types into a phone number: - ‐ − － ー ｰ. */
export function isHyphenLike(ch: string): boolean {
  return /^[-\u2010\u2011\u2012\u2013\u2014\u2212\uFF0D\u30FC\uFF70]$/u.test(ch);
}

/** The distinct characters of `text` that fail `ok`, in the order typed (for messages). */
export function offendingChars(text: string, ok: (ch: string) => boolean, max = 3): string[] {
  const found: string[] = [];
  for (const ch of Array.from(text)) {
    if (!ok(ch) && !found.includes(ch)) found.push(ch);
    if (found.length >= max) break;
  }
  return found;
}

/** 「A」「ｱ」 as a message quotes characters; a space is named so it can be seen. */
export function quoteChars(chars: string[]): string {
  return chars.map((c) => (c === ' ' ? '「半角スペース」' : c === '\u3000' ? '「全角スペース」' : `「${c}」`)).join('');
}
