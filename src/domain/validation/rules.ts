// Field rules. Each takes the field's label and returns a rule that gives the
// Japanese message for a wrong value (or undefined). Messages name the field and
// say what to enter, in the seeds' voice. A rule the real NSS enforces is never
// relaxed: a 全角 digit in a 半角 field is still an error, only explained better.
import {
  charCount,
  isFullWidthDigit,
  isFullWidthKanaChar,
  isHalfWidthChar,
  isHiragana,
  isHyphenLike,
  offendingChars,
  quoteChars,
} from './chars';
import { codePointName, hostileCharMessage, isEmoji, isSupplementary, isSupplementaryKanji } from './hostile';

export type FieldRule = (value: string) => string | undefined;

/**
 * Every character-class rule refuses control, bidi, zero-width and other
 * invisible characters first (domain/validation/hostile.ts), naming the
 * character, so no later message quotes a character that cannot be seen.
 */
const visibleOnly =
  (label: string, rule: FieldRule, multiline = false): FieldRule =>
  (value) =>
    hostileCharMessage(label, value, { multiline }) ?? rule(value);

/** Japanese text: of the characters outside the BMP only kanji (𠮷) pass; emoji never do (docs/security.md). */
function supplementaryProblem(label: string, value: string): string | undefined {
  const emoji = offendingChars(value, (ch) => !isEmoji(ch));
  if (emoji.length) return `${label}に絵文字${quoteChars(emoji)}は入力できません。`;
  const odd = offendingChars(value, (ch) => !isSupplementary(ch) || isSupplementaryKanji(ch), 1);
  if (odd.length) return `${label}に入力できない文字「${odd[0]}」(${codePointName(odd[0])})が含まれています。`;
  return undefined;
}

/** Free text such as 備考 or the center's 確認依頼: any visible character, line breaks with `multiline`. */
export const freeText = (label: string, multiline = true): FieldRule =>
  visibleOnly(label, (value) => supplementaryProblem(label, value), multiline);

/** The first message of the rules, in order. Empty optional fields pass every rule but `required`. */
export function firstError(value: string, rules: readonly FieldRule[]): string | undefined {
  for (const rule of rules) {
    const message = rule(value);
    if (message) return message;
  }
  return undefined;
}

export const required =
  (label: string, extra = ''): FieldRule =>
  (value) =>
    value.trim() === '' ? `${label}を入力してください。${extra}` : undefined;

export const maxChars =
  (label: string, max: number): FieldRule =>
  (value) => {
    const n = charCount(value);
    return n > max ? `${label}は${max}文字以内で入力してください。(現在${n}文字)` : undefined;
  };

/** (全角): no ASCII, no half-width kana. */
export const fullWidth =
  (label: string): FieldRule =>
  visibleOnly(label, (value) => {
    const bad = offendingChars(value, (ch) => !isHalfWidthChar(ch));
    if (bad.length) return `${label}は全角で入力してください。半角の文字${quoteChars(bad)}が含まれています。`;
    return supplementaryProblem(label, value);
  });

/** (全角カナ): katakana only; hiragana, kanji and half-width kana are named. */
export const fullWidthKana =
  (label: string): FieldRule =>
  visibleOnly(label, (value) => {
    const emoji = supplementaryProblem(label, value);
    if (emoji && offendingChars(value, (ch) => !isEmoji(ch)).length) return emoji;
    const bad = offendingChars(value, isFullWidthKanaChar);
    if (!bad.length) return undefined;
    const what = bad.every(isHiragana)
      ? 'ひらがな'
      : bad.every(isHalfWidthChar)
        ? '半角の文字'
        : 'カタカナ以外の文字';
    return `${label}は全角カナで入力してください。${what}${quoteChars(bad)}が含まれています。`;
  });

/** 電話番号 / FAX番号: half-width digits, no hyphens (the seed's message). */
export const phoneDigits =
  (label: string): FieldRule =>
  visibleOnly(label, (value) => {
    if (value === '' || /^[0-9]+$/.test(value)) return undefined;
    const chars = Array.from(value);
    if (chars.some(isHyphenLike)) return `${label}は「-」(ハイフン)を入力せずに、数字のみ入力してください。`;
    const wide = offendingChars(value, (ch) => !isFullWidthDigit(ch));
    if (wide.length) return `${label}は半角数字で入力してください。全角の数字${quoteChars(wide)}が含まれています。`;
    return `${label}は半角数字のみで入力してください。${quoteChars(offendingChars(value, (ch) => /[0-9]/.test(ch)))}は使えません。`;
  });

/** Half-width digits only, for code-like fields that are not phone numbers. */
export const halfWidthDigits =
  (label: string): FieldRule =>
  visibleOnly(label, (value) => {
    if (value === '' || /^[0-9]+$/.test(value)) return undefined;
    const wide = offendingChars(value, (ch) => !isFullWidthDigit(ch));
    if (wide.length) return `${label}は半角数字で入力してください。全角の数字${quoteChars(wide)}が含まれています。`;
    return `${label}は半角数字で入力してください。`;
  });

const EMAIL = /^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+$/;

export const emailAddress =
  (label: string): FieldRule =>
  visibleOnly(label, (value) => {
    if (value === '') return undefined;
    const wide = offendingChars(value, isHalfWidthChar);
    if (wide.length) return `${label}は半角英数字で入力してください。全角の文字${quoteChars(wide)}が含まれています。`;
    return EMAIL.test(value) ? undefined : `${label}を正しい形式(例: tarou.tsukan@naccs.jp)で入力してください。`;
  });

/** The seed's message when E-mailアドレス 確認用 differs from 登録用. */
export const EMAIL_MISMATCH = '確認のため、同じE-mailアドレスを入力してください。';

/** Characters NACCS English names may contain: upper-case letters, digits, space and . , - ' & / ( ) #. */
const ENGLISH_CHAR = /^[A-Z0-9 .,\-'&/()#]$/;

/** 半角英大文字: the English names registered in NACCS (企業名(英) …). */
export const englishUpper =
  (label: string): FieldRule =>
  visibleOnly(label, (value) => {
    const bad = offendingChars(value, (ch) => ENGLISH_CHAR.test(ch));
    if (!bad.length) return undefined;
    if (bad.every((ch) => /[a-z]/.test(ch)))
      return `${label}は半角英大文字で入力してください。小文字${quoteChars(bad)}は使えません。`;
    if (bad.some((ch) => !isHalfWidthChar(ch)))
      return `${label}は半角英大文字・数字で入力してください。全角の文字${quoteChars(bad.filter((c) => !isHalfWidthChar(c)))}が含まれています。`;
    return `${label}は半角英大文字・数字・記号( . , - ' & / ( ) # )で入力してください。${quoteChars(bad)}は使えません。`;
  });

/** Upper-case half-width letters and digits, for code fields such as 輸出入者コード. */
export const upperAlnum =
  (label: string): FieldRule =>
  visibleOnly(label, (value) => {
    const bad = offendingChars(value, (ch) => /^[0-9A-Z]$/.test(ch));
    if (!bad.length) return undefined;
    if (bad.every((ch) => /[a-z]/.test(ch)))
      return `${label}は半角英大文字・数字で入力してください。小文字${quoteChars(bad)}は使えません。`;
    return `${label}は半角英大文字・数字で入力してください。${quoteChars(bad)}は使えません。`;
  });

/** 郵便番号: seven half-width digits without the hyphen (例) 1234567, DOMAIN.md §7.3). */
export const postalCode =
  (label: string): FieldRule =>
  visibleOnly(label, (value) => {
    if (value === '') return undefined;
    if (Array.from(value).some(isHyphenLike)) return `${label}は「-」(ハイフン)を入力せずに、半角数字7桁で入力してください。`;
    const wide = offendingChars(value, (ch) => !isFullWidthDigit(ch));
    if (wide.length) return `${label}は半角数字7桁で入力してください。全角の数字${quoteChars(wide)}が含まれています。`;
    return /^[0-9]{7}$/.test(value) ? undefined : `${label}は半角数字7桁で入力してください。`;
  });
