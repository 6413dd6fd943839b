// The mail seed 003 shows last: 「申込手続きが完了しましたら、以下のようなメールが
// 届きます。ID/パスワードはメールに記載のURLから確認してください。」 Its subject and
// wording are GUESSES (docs/new-usage.md); sent with the review's end, to the
// 申込担当者 and the 管理責任者.
import type { Application } from '../application';
import { contactFullName } from '../contact';
import type { Mail } from '../mail';
import { NSS_URL } from '../texts/mails';
import { formatDateKanji, isoDateOf } from '../time';
import type { NewUsagePayload } from './payload';

export const COMPLETION_SUBJECT = '【NSS】利用申込手続き完了のお知らせ';
export const VIEWING_NOTE = '※ ID/パスワード等の閲覧は利用開始日の2日後までとなりますので、お手元に必ず控えるようにしてください。';

export function completionMails(app: Application, payload: NewUsagePayload, at: number, newId: () => string): Mail[] {
  const to: [Mail['role'], string, string, string][] = [
    ['申込担当者', app.contact.email, app.contact.department, contactFullName(app.contact)],
    ['管理責任者', payload.office.admin.email, payload.office.admin.department, payload.office.admin.name],
  ];
  return to.map(([role, address, department, name]) => ({
    id: newId(),
    updatedAt: 0,
    rev: 0,
    to: address,
    role,
    officeCode: app.officeCode,
    at,
    subject: COMPLETION_SUBJECT,
    applicationId: app.id,
    receiptNo: app.receiptNo,
    read: false,
    body: [
      `${payload.company.name} ${payload.officeName} ${department}`,
      `${name} 様`,
      '',
      '輸出入・港湾関連情報処理センター株式会社(NACCSセンター)です。',
      '',
      'NACCSのご利用ありがとうございます。',
      'NACCS利用申込の手続きが完了しました。',
      '事業所コード・パスワード、利用者ID・パスワード等は、以下のURLから仮ログインIDでログインしてご確認ください。',
      '',
      `申込受付年月日：${formatDateKanji(isoDateOf(app.submittedAt))}`,
      `申込受付番号：${app.receiptNo}`,
      '',
      `NACCSサポートシステム<${NSS_URL}>`,
      'NACCS利用申込「申込状況」>「ID通知内容」',
      '',
      VIEWING_NOTE,
      '',
      '――――――――――――――――――――――――――――――',
      'NACCSセンター(研修用シミュレーター・架空の連絡先)',
      'ヘルプデスク　0120-000-000 【受付時間】24時間',
      '――――――――――――――――――――――――――――――',
    ].join('\n'),
  }));
}
