// How the screens, mails and notices name each application kind.
import type { ApplicationKind, ReceiptLetter } from '../application';
import { RECEIPT_LETTERS } from '../receipt';

/** The kind as 申込情報一覧 lists it (the menu items' wording). */
export const KIND_LABELS: Record<ApplicationKind, string> = {
  'system-setting': 'システム設定申込',
  'new-usage': '新規申込',
  'contract-change': '変更申込',
  'broker-id': '通関士IDの追加',
  'cert-reissue': 'デジタル証明書の再発行',
};

/** The family a receipt letter stands for, as the mail subjects name it (DOMAIN.md §4.2, §8.4). */
export const MAIL_FAMILY: Record<ReceiptLetter, string> = {
  A: '利用申込',
  B: '利用申込',
  C: 'システム設定申込',
  D: 'デジタル証明書再発行申込',
};

export function mailFamily(kind: ApplicationKind): string {
  return MAIL_FAMILY[RECEIPT_LETTERS[kind]];
}

/** 'システム設定申込詳細' (S0), '利用申込詳細' (S2). */
export function detailTitle(kind: ApplicationKind): string {
  return `${mailFamily(kind)}詳細`;
}

/** '利用開始希望日' or 'NACCS登録希望日' from the kind's date label. */
export function desiredDateLabel(dateLabel: '利用開始日' | 'NACCS登録日'): string {
  return dateLabel === 'NACCS登録日' ? 'NACCS登録希望日' : '利用開始希望日';
}
