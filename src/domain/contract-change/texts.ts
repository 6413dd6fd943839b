// The texts of the 変更申込 kind as NSS shows them (seeds 001, 002).
import { confirmRequestNoticeText, reviewEndedNoticeText } from '../texts/notices';

export const CONTRACT_CHANGE_TEXTS = {
  listLabel: '変更申込',
  name: '利用申込',
  reviewEndedNotice: reviewEndedNoticeText('利用申込'),
  confirmRequestNotice: confirmRequestNoticeText('利用申込内容'),
  historyItem: '変更申込',
} as const;
