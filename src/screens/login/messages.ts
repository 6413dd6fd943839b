import { formatDate, formatDateTime, type IsoDate } from '../../domain/time';

export const LOGIN_MESSAGES = {
  loginIdRequired: 'ログインIDを入力してください。',
  passwordRequired: 'パスワードを入力してください。',
  /** one message for a wrong ID or a wrong password: it never says which */
  invalid: 'ログインIDまたはパスワードが正しくありません。',
  /** the session ended because the office's password was changed elsewhere */
  passwordChanged: '事業所パスワードが変更されたため、ログアウトしました。新しいパスワードでログインしてください。',
  /** the session ended because the office's contract ended (a 解約 reached its 契約満了日) */
  contractEnded: 'この事業所のNACCS利用契約は契約満了日を迎えて解除されたため、ログアウトしました。',
  storage: 'データを読み書きできなかったため、ログインできませんでした。画面上部の表示をご確認ください。',
};

export function lockedMessage(maxFailures: number, until: number): string {
  return `ログインに${maxFailures}回続けて失敗したため、このログインIDは${formatDateTime(until)}までロックされています。時間をおいてから、もう一度ログインしてください。`;
}

/** A login with the 事業所コード of an office whose contract has ended (docs/contract-change.md, 解約). */
export function contractEndedMessage(endedOn: IsoDate): string {
  return `このログインID(事業所コード)のNACCS利用契約は、契約満了日(${formatDate(endedOn)})をもって解除されたため、ログインできません。`;
}
