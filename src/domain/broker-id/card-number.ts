// 通関士証票番号 as it is entered in UTB (seed 004, DOMAIN.md §6). The UTB field
// holds at most five characters, left-aligned:
//   035, 12345, 12-97 → entered exactly as written
//   12-7896           → 7896 (only the number after the hyphen)
// General rule (our reading, documented in docs/broker-id.md): a number that
// fits in five characters as written is entered verbatim; a longer one keeps
// only the part after the hyphen.

import { hostileCharMessage } from '../validation/hostile';

export const UTB_CARD_FIELD_LENGTH = 5;

export type CardNumberResult = { ok: true; value: string } | { ok: false; message: string };

const WRITTEN = /^[0-9]+(-[0-9]+)?$/;

/** What to type into UTB for a 証票番号 as it is written on the card. */
export function utbInputForCard(written: string): CardNumberResult {
  const text = written.trim();
  if (!WRITTEN.test(text)) {
    return { ok: false, message: '通関士証票番号は、証票に記載された半角数字と「-」(ハイフン)で入力してください。' };
  }
  if (text.length <= UTB_CARD_FIELD_LENGTH) return { ok: true, value: text };
  const afterHyphen = text.includes('-') ? text.slice(text.indexOf('-') + 1) : text;
  if (afterHyphen.length > UTB_CARD_FIELD_LENGTH) {
    return {
      ok: false,
      message: `通関士証票番号が長すぎます。ハイフン以降の番号が${UTB_CARD_FIELD_LENGTH}桁を超える証票番号はUTBで登録できません。`,
    };
  }
  return { ok: true, value: afterHyphen };
}

/**
 * Checks what the trainee typed into the UTB 通関士証票番号 field. NACCS takes the
 * field as typed; the rule is the trainee's to apply, so a too-long entry is an
 * error that explains the rule rather than a silent conversion.
 */
export function validateUtbCardField(input: string): CardNumberResult {
  if (input === '') return { ok: false, message: '通関士証票番号を入力してください。' };
  const hostile = hostileCharMessage('通関士証票番号', input);
  if (hostile) return { ok: false, message: hostile };
  if (/[０-９－ー−]/.test(input)) {
    return {
      ok: false,
      message: '通関士証票番号に全角文字が含まれています。半角数字と半角の「-」(ハイフン)で入力してください。',
    };
  }
  if (/^\s|\s$/.test(input)) {
    return { ok: false, message: '通関士証票番号は左詰めで入力してください(先頭・末尾に空白は入れられません)。' };
  }
  if (!WRITTEN.test(input)) {
    return { ok: false, message: '通関士証票番号は半角数字と「-」(ハイフン)のみで入力してください。' };
  }
  if (input.length > UTB_CARD_FIELD_LENGTH) {
    const hint = utbInputForCard(input);
    const example = hint.ok ? `この証票番号は「${hint.value}」と入力します。` : '';
    return {
      ok: false,
      message: `通関士証票番号欄は${UTB_CARD_FIELD_LENGTH}桁です。5桁を超える証票番号(例 12-7896)は、ハイフン以降の番号(例 7896)を左詰めで入力してください。${example}`,
    };
  }
  return { ok: true, value: input };
}
