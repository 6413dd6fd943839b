// The texts of the デジタル証明書の再発行 kind (seeds 000–002's 新着情報, DOMAIN.md §3.7, §4.4).
import { confirmRequestNoticeText } from '../texts/notices';

/** 新着情報 of a reissue, category 証明書発行 (S0; old NSS 証明書再発行), word for word. */
export const CERT_REISSUED_NOTICE = 'デジタル証明書を再発行しました。NACCS掲示板よりデジタル証明書を取得の上、適用作業を実施願います。';

export const CERT_REISSUE_TEXTS = {
  listLabel: 'デジタル証明書の再発行',
  name: 'デジタル証明書の再発行申込',
  reviewEndedNotice: CERT_REISSUED_NOTICE,
  confirmRequestNotice: confirmRequestNoticeText('デジタル証明書の再発行申込'),
  historyItem: 'デジタル証明書再発行申込',
} as const;
