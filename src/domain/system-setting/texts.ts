// The texts of the システム設定申込 kind as NSS shows them (seed 000).
import { confirmRequestNoticeText, reviewEndedNoticeText } from '../texts/notices';

export const SYSTEM_SETTING_TEXTS = {
  listLabel: 'システム設定申込',
  name: 'システム設定申込',
  reviewEndedNotice: reviewEndedNoticeText('システム設定申込'),
  confirmRequestNotice: confirmRequestNoticeText('システム設定申込内容'),
  historyItem: 'システム設定申込',
} as const;
