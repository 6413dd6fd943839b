// The 通知内容 of a 確認依頼 the trainer writes by hand (審査コンソール): it is
// shown to the trainee in 進行状況, the 新着情報 detail and the mail, so it gets a
// limit and a counter as NSS gives 備考 (our choice: 500 characters, docs/security.md).
import { firstError, freeText, maxChars, required } from './validation/rules';

export const REQUEST_NOTICE_LABEL = '通知内容';
export const REQUEST_NOTICE_MAX = 500;

const rules = [required(REQUEST_NOTICE_LABEL), freeText(REQUEST_NOTICE_LABEL), maxChars(REQUEST_NOTICE_LABEL, REQUEST_NOTICE_MAX)];

/** The 通知内容 as it is sent (trimmed), or the message why it cannot be. */
export function checkRequestNotice(text: string): { ok: true; value: string } | { ok: false; message: string } {
  const value = text.trim();
  const message = firstError(value, rules);
  return message ? { ok: false, message } : { ok: true, value };
}
