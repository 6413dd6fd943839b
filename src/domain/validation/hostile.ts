// Characters that no field accepts, whatever its class: they cannot be seen, or
// they change how the text around them is shown (U+202E turns 「通関 太郎」
// around), or they are not characters at all. A message names such a character
// by its code point and what it is, never by the character itself, so the
// message cannot be turned around or hidden by it. docs/security.md lists them
// and what each field does with characters outside the BMP (𠮷, emoji).

/** What kind of character a hostile one is, as a message names it. */
type Kind =
  | '制御文字'
  | '書字方向を変える制御文字'
  | 'ゼロ幅の見えない文字'
  | '書式制御文字'
  | '特殊な空白文字'
  | '空白に見える文字'
  | '異体字セレクタ'
  | '行・段落の区切り文字'
  | '私用領域の文字(外字)'
  | '不正な文字(対になっていないサロゲート)'
  | '未定義の文字';

const BIDI = /^[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]$/u;
const ZERO_WIDTH = /^[\u200B-\u200D\u2060-\u2064\uFEFF\u180E\u00AD\u034F]$/u;
const VARIATION_SELECTOR = /^[\uFE00-\uFE0F\u180B-\u180D\u180F\u{E0100}-\u{E01EF}]$/u;
/** Letters drawn as nothing: Hangul fillers and the braille blank. */
const BLANK_LOOKING = /^[\u115F\u1160\u3164\uFFA0\u2800]$/u;
/** Spaces other than the half-width (U+0020) and full-width (U+3000) one. */
const ODD_SPACE = /^(?![\u0020\u3000])\p{Zs}$/u;
const NONCHARACTER = /^[\uFDD0-\uFDEF\uFFFE\uFFFF]$/u;

function kindOf(ch: string, multiline: boolean): Kind | undefined {
  const c = ch.codePointAt(0) ?? 0;
  if (c >= 0xd800 && c <= 0xdfff) return '不正な文字(対になっていないサロゲート)';
  if (/^\p{Cc}$/u.test(ch)) return multiline && (ch === '\n' || ch === '\r') ? undefined : '制御文字';
  if (BIDI.test(ch)) return '書字方向を変える制御文字';
  if (ZERO_WIDTH.test(ch)) return 'ゼロ幅の見えない文字';
  if (VARIATION_SELECTOR.test(ch)) return '異体字セレクタ';
  if (/^\p{Cf}$/u.test(ch)) return '書式制御文字';
  if (/^[\p{Zl}\p{Zp}]$/u.test(ch)) return '行・段落の区切り文字';
  if (ODD_SPACE.test(ch)) return '特殊な空白文字';
  if (BLANK_LOOKING.test(ch)) return '空白に見える文字';
  if (/^\p{Co}$/u.test(ch)) return '私用領域の文字(外字)';
  if (NONCHARACTER.test(ch) || /^\p{Cn}$/u.test(ch)) return '未定義の文字';
  return undefined;
}

/** 'U+202E' */
export function codePointName(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The names the control characters people meet are known by. */
const CONTROL_NAMES: Record<string, string> = { '\t': 'タブ', '\n': '改行', '\r': '復帰(CR)', '\0': 'NUL' };

/** The first hostile character of a text as 「U+202E」(書字方向を変える制御文字), or undefined. */
export function hostileCharOf(text: string, options: { multiline?: boolean } = {}): string | undefined {
  for (const ch of Array.from(text)) {
    const kind = kindOf(ch, options.multiline ?? false);
    if (kind) {
      const known = CONTROL_NAMES[ch];
      return `「${codePointName(ch)}」(${kind}${known ? `・${known}` : ''})`;
    }
  }
  return undefined;
}

/** The message for a field holding a hostile character, or undefined. */
export function hostileCharMessage(label: string, text: string, options: { multiline?: boolean } = {}): string | undefined {
  const named = hostileCharOf(text, options);
  return named ? `${label}に入力できない文字${named}が含まれています。この文字を削除してから入力してください。` : undefined;
}

/** An emoji (😀, ☕, 🇯🇵, a skin tone): pictographs drawn in colour, which NACCS has no code for. */
export function isEmoji(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (
    /^[\p{Emoji_Presentation}\p{Emoji_Modifier}]$/u.test(ch) ||
    (c > 0xffff && /^\p{Extended_Pictographic}$/u.test(ch)) ||
    (c >= 0x1f1e6 && c <= 0x1f1ff) ||
    c === 0x20e3
  );
}

/** A character outside the BMP (4 bytes in UTF-8, a surrogate pair in UTF-16). */
export function isSupplementary(ch: string): boolean {
  return (ch.codePointAt(0) ?? 0) > 0xffff;
}

/** A kanji of the supplementary planes (𠮷, 𩸽): the only 4-byte characters Japanese text fields accept. */
export function isSupplementaryKanji(ch: string): boolean {
  return isSupplementary(ch) && /^\p{Script=Han}$/u.test(ch);
}
