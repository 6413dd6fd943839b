// The texts of the システム設定申込 kind as NSS shows them (seed 000).
export const SYSTEM_SETTING_TEXTS = {
  name: 'システム設定申込',
  reviewEndedNotice: 'システム設定申込の審査を終了しました。通知内容をご確認ください。',
  confirmRequestNotice:
    'システム設定申込内容に確認事項があります。通知内容をご確認の上、申込内容の修正、または取下げを行ってください。',
  historyItem: 'システム設定申込',
} as const;
