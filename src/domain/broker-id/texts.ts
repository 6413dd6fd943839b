// The texts of the 通関士IDの追加 kind as NSS shows them (seeds 000 and 004).
export const BROKER_ID_TEXTS = {
  name: '通関士IDの追加申込',
  reviewEndedNotice: '通関士IDの追加申込の審査を終了しました。追加した利用者を確認してください。',
  confirmRequestNotice:
    '通関士IDの追加申込に確認事項があります。通知内容をご確認の上、申込内容の修正、または取下げを行ってください。',
  historyItem: '通関士ID追加申込',
} as const;

/** The 業種 a new 通関士ID gets. */
export const BROKER_INDUSTRIES = ['通関業', '通関士'] as const;
