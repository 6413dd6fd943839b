// The texts of the 新規申込 kind (seed 003; DOMAIN.md §4.4).
import { confirmRequestNoticeText, reviewEndedNoticeText } from '../texts/notices';

export const NEW_USAGE_TEXTS = {
  listLabel: '新規申込',
  name: '利用申込',
  reviewEndedNotice: reviewEndedNoticeText('利用申込'),
  confirmRequestNotice: confirmRequestNoticeText('利用申込内容'),
  historyItem: '新規申込',
} as const;
