// The mails the simulated NSS sends, in the voice of the seeds' samples (S0 確認完了 /
// 確認依頼, S2/S4 【NSS】利用申込確認完了のお知らせ). Subjects other than the attested
// 【NSS】利用申込確認完了のお知らせ and 【NSS】デジタル証明書発行完了のお知らせ are
// GUESSES (DOMAIN.md §8.4); the URL and the contact numbers are fictional.
import type { Mail } from '../mail';
import { formatDateKanji, type IsoDate } from '../time';

/** A training copy never links to the real NSS. */
export const NSS_URL = 'https://nss.naccs-training.example/login/nsscoapp/';
export const NSS_INFO_URL = 'https://www.naccs-training.example/nss/index.html';

/** 'certificate': the デジタル証明書 of new netNACCS terminals issued when a 利用申込's review ends (S2). */
export type MailEvent = 'received' | 'approved' | 'request' | 'withdrawn' | 'invalid' | 'certificate' | 'renumbered';

export interface MailAddressee {
  companyName: string;
  officeName: string;
  department: string;
  name: string;
}

export interface MailInput {
  event: MailEvent;
  /** '利用申込' | 'システム設定申込' | 'デジタル証明書再発行申込' */
  family: string;
  receiptNo: string;
  /** 申込受付年月日 */
  submittedOn: IsoDate;
  to: MailAddressee;
  /** 無効: the システム設定申込締切日 that was missed */
  deadline?: IsoDate;
  /** renumbered: the number the application had before */
  previousReceiptNo?: string;
  /** approved: what the confirmed date is called, where not 利用開始日 (a 解約: 契約満了日) */
  dateLabel?: string;
}

export interface MailText {
  subject: string;
  body: string;
}

const GREETING = ['輸出入・港湾関連情報処理センター株式会社(NACCSセンター)です。', '', 'NACCSのご利用ありがとうございます。'];

const FOOTER = [
  '＜ご利用にあたっての留意事項＞',
  '・このメールは自動配信しています。こちらのメールは送信専用のため、直接返信いただいてもお問い合わせにはお答えできませんので、ご了承ください。',
  '・ご不明な点・ご質問等がございましたら、下記までご連絡をお願いします。',
  '',
  '――――――――――――――――――――――――――――――',
  'NACCSセンター(研修用シミュレーター・架空の連絡先)',
  'ヘルプデスク　0120-000-000 【受付時間】24時間',
  '地域サービス課　0120-000-001 【受付時間】平日 9:00~17:00',
  '――――――――――――――――――――――――――――――',
];

export function isCertificateFamily(family: string): boolean {
  return family.startsWith('デジタル証明書');
}

// S2's 【NSS】デジタル証明書発行完了のお知らせ
const CERTIFICATE_SUBJECT = '【NSS】デジタル証明書発行完了のお知らせ';
const CERTIFICATE_LEAD = ['デジタル証明書の発行が完了しました。', 'ご利用になる端末にデジタル証明書の取得作業を実施してください。'];
const certificateLink = (site: string) => [
  'デジタル証明書取得の際に必要な「認証コード」は、以下のURLからご確認ください。',
  site,
  'トップメニュー「新着情報」詳細→「ID通知内容」',
  '',
  'デジタル証明書の取得手順は、以下のURLからご確認ください。',
  `NSS電子申請情報ページ<${NSS_INFO_URL}>`,
];

function subjectOf(input: MailInput): string {
  const { family } = input;
  switch (input.event) {
    case 'received':
      return `【NSS】${family}受付完了のお知らせ`;
    case 'approved':
      return isCertificateFamily(family) ? CERTIFICATE_SUBJECT : `【NSS】${family}確認完了のお知らせ`;
    case 'certificate':
      return CERTIFICATE_SUBJECT;
    case 'request':
      return '【NSS】申込内容確認のお願い';
    case 'withdrawn':
      return `【NSS】${family}取下げ完了のお知らせ`;
    case 'invalid':
      return `【NSS】${family}無効のお知らせ`;
    case 'renumbered':
      return '【NSS】申込受付番号変更のお知らせ';
  }
}

function leadOf(input: MailInput): string[] {
  const { family } = input;
  switch (input.event) {
    case 'received':
      return [
        `${family}の受付が完了しました。`,
        'NACCSセンターにて申込内容を確認し、確認完了または確認依頼のE-mailにて確認結果をお知らせします。',
        '(回答は翌営業日以降になることがあります)',
      ];
    case 'approved':
      if (family === 'システム設定申込') return ['システム設定申込内容の確認が完了しました。'];
      if (isCertificateFamily(family)) return CERTIFICATE_LEAD;
      return ['申込内容の確認が完了しました。'];
    case 'certificate':
      return CERTIFICATE_LEAD;
    case 'request':
      return ['申込みいただいた内容について確認事項がございます。'];
    case 'withdrawn':
      return [`${family}の取下げを受け付けました。`];
    case 'invalid':
      return [
        `下記の${family}は、システム設定申込締切日(${input.deadline ? formatDateKanji(input.deadline) : ''})までにシステム設定申込が完了しなかったため、`,
        'システム利用規程第15条第2項第4号により審査終了を取り消し、無効となりました。',
      ];
    case 'renumbered':
      return [
        `${family}の申込受付番号が他の申込と重複したため、申込受付番号を変更しました。`,
        `変更前の申込受付番号：${input.previousReceiptNo ?? ''}`,
        '以降は変更後の申込受付番号をお使いください。',
      ];
  }
}

function linkOf(input: MailInput): string[] {
  const { family } = input;
  const site = `NACCSサポートシステム<${NSS_URL}>`;
  switch (input.event) {
    case 'approved':
      if (family === 'システム設定申込') return ['申込内容は、以下のURLからご確認ください。', site, 'トップメニュー 新着情報「詳細」'];
      if (isCertificateFamily(family)) return certificateLink(site);
      return [`以下のURLから確定した申込内容と${input.dateLabel ?? '利用開始日'}を必ずご確認ください。`, site, 'トップメニュー「新着情報」>「ID通知内容」'];
    case 'certificate':
      return certificateLink(site);
    case 'request':
      return ['以下のURLから内容をご確認の上、ご対応くださいますようお願い致します。', site, 'トップメニュー 新着情報「詳細」'];
    case 'invalid':
      return ['以下のURLから内容をご確認ください。', site, 'トップメニュー 新着情報「詳細」'];
    default:
      return ['申込内容は、以下のURLからご確認ください。', site, 'トップメニュー「申込内容確認」'];
  }
}

/** Subject and body of one mail. */
export function composeMail(input: MailInput): MailText {
  const { to } = input;
  const addressee = [[to.companyName, to.officeName, to.department].filter(Boolean).join(' '), `${to.name} 様`];
  const lines = [
    ...addressee,
    '',
    ...GREETING,
    ...leadOf(input),
    '',
    `申込受付年月日：${formatDateKanji(input.submittedOn)}`,
    `申込受付番号：${input.receiptNo}`,
    '',
    ...linkOf(input),
    '',
    ...FOOTER,
  ];
  return { subject: subjectOf(input), body: lines.join('\n') };
}

export type MailRole = Mail['role'];

/**
 * Who gets the mail of an event (DOMAIN.md §4.2): the 申込担当者 and the 管理責任者,
 * unless the kind says otherwise for that event (the 通関士IDの追加's 受付完了 goes to
 * the 申込担当者 alone, S4), and a certificate issue, which goes to the 管理責任者
 * alone (S2).
 */
export function mailRecipients(event: MailEvent, family: string, kindsOwn?: Partial<Record<MailEvent, MailRole[]>>): MailRole[] {
  const own = kindsOwn?.[event];
  if (own) return [...own];
  if (event === 'certificate' || (event === 'approved' && isCertificateFamily(family))) return ['管理責任者'];
  return ['申込担当者', '管理責任者'];
}
