// The texts of the 通関士IDの追加 kind as NSS shows them (seeds 000 and 004).
import { confirmRequestNoticeText } from '../texts/notices';

export const BROKER_ID_TEXTS = {
  listLabel: '通関士IDの追加',
  name: '通関士IDの追加申込',
  reviewEndedNotice: '通関士IDの追加申込の審査を終了しました。追加した利用者を確認してください。',
  confirmRequestNotice: confirmRequestNoticeText('通関士IDの追加申込'),
  historyItem: '通関士ID追加申込',
} as const;

/** The 業種 a new 通関士ID gets. */
export const BROKER_INDUSTRIES = ['通関業', '通関士'] as const;
