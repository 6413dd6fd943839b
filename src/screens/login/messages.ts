import { formatDateTime } from '../../domain/time';

export const LOGIN_MESSAGES = {
  loginIdRequired: 'ログインIDを入力してください。',
  passwordRequired: 'パスワードを入力してください。',
  /** one message for a wrong ID or a wrong password: it never says which */
  invalid: 'ログインIDまたはパスワードが正しくありません。',
  /** the session ended because the office's password was changed elsewhere */
  passwordChanged: '事業所パスワードが変更されたため、ログアウトしました。新しいパスワードでログインしてください。',
  storage: 'データを読み書きできなかったため、ログインできませんでした。画面上部の表示をご確認ください。',
};

export function lockedMessage(maxFailures: number, until: number): string {
  return `ログインに${maxFailures}回続けて失敗したため、このログインIDは${formatDateTime(until)}までロックされています。時間をおいてから、もう一度ログインしてください。`;
}
