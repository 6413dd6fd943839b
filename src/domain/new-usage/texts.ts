// The texts of the 新規申込 kind (seed 003; DOMAIN.md §4.4).
import { BROKER_INDUSTRIES } from '../broker-id/texts';
import { confirmRequestNoticeText, reviewEndedNoticeText } from '../texts/notices';

export const NEW_USAGE_TEXTS = {
  listLabel: '新規申込',
  name: '利用申込',
  reviewEndedNotice: reviewEndedNoticeText('利用申込'),
  confirmRequestNotice: confirmRequestNoticeText('利用申込内容'),
  historyItem: '新規申込',
} as const;

/** Seed 003: what a Cyberport applicant types as 申込理由. */
export const CYBERPORT_REASON = 'サイバーポート利用のための申込';

/** A 新規申込 for the Cyberport (seed 003: its 申込理由 as the seed has it typed). */
export function isCyberportApplication(payload: { reason: string }): boolean {
  return payload.reason.trim() === CYBERPORT_REASON;
}

/** Its SMTP双方向 識別番号 are サイバーポート用の利用者ID (seed 003), not netNACCS logons. */
export function isCyberportUserId(payload: { reason: string }, method: string): boolean {
  return isCyberportApplication(payload) && method === 'SMTP双方向';
}

/**
 * Seed 003's last page (「※ 通関士の方のみ(業種に「通関」を選択された方)」), shown with the
 * ID通知内容 of a Cyberport application with 通関業 IDs: the new Y-IDs are linked to the
 * 通関士証票番号 by UTB on the 利用開始日, logged on with the netNACCS 利用者ID.
 */
export const CYBERPORT_UTB_NOTE = {
  title: '通関士証票番号の登録（業種に「通関」を選択された方のみ）',
  link: '通関士の場合は、NACCSのUTB業務にて、今回取得した識別番号を含む利用者ID8桁と通関士証票番号を通関士ごとに紐づける必要があります。',
  when: 'NACCS利用開始日にNACCS業務の【UTB業務】を利用し、通関士証票番号を登録していただきます',
  login: '※ ログインはnetNACCS用の利用者ID、パスワードで行ってください。（本申請で取得するサイバーポート用の利用者IDではありません）',
} as const;

/**
 * A Cyberport application whose IDs are for 通関 (seed 003: 「業種に「通関」を選択された方」,
 * 通関業 or 通関士): the UTB note applies.
 */
export function needsCyberportUtbNote(payload: { reason: string; users: readonly { industry: string }[] }): boolean {
  return isCyberportApplication(payload) && payload.users.some((u) => (BROKER_INDUSTRIES as readonly string[]).includes(u.industry));
}

/** The UTB note as the ID通知内容 shows it (undefined: it does not apply). */
export function cyberportUtbNote(payload: { reason: string; users: readonly { industry: string }[] }, hoursText: string) {
  if (!needsCyberportUtbNote(payload)) return undefined;
  const n = CYBERPORT_UTB_NOTE;
  return { title: n.title, paragraphs: [n.link, `${n.when}（${hoursText}）`, n.login] };
}
