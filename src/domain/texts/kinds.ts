// How the screens and mails name a family of applications (DOMAIN.md §2, §4.2):
// the receipt letter stands for the family; each kind names itself in its definition.
import type { ReceiptLetter } from '../application';

/** The family a receipt letter stands for, as the mail subjects name it (DOMAIN.md §4.2, §8.4). */
export const MAIL_FAMILY: Record<ReceiptLetter, string> = {
  A: '利用申込',
  B: '利用申込',
  C: 'システム設定申込',
  D: 'デジタル証明書再発行申込',
};

/** 'システム設定申込詳細' (S0), '利用申込詳細' (S2). */
export function detailTitle(letter: ReceiptLetter): string {
  return `${MAIL_FAMILY[letter]}詳細`;
}

/** What the wish for the kind's date is called: 利用開始希望日, NACCS登録希望日, 契約満了希望日. */
export function desiredDateLabel(dateLabel: '利用開始日' | 'NACCS登録日' | '契約満了日'): string {
  return `${dateLabel.replace(/日$/, '')}希望日`;
}
