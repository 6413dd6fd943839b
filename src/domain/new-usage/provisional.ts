// 新規申込's 仮ログイン (seed 003, DOMAIN.md §3.1): the provisional account an
// organisation without a 利用者コード gets by mail, and logs in with to file its
// NACCS利用申込. Pure: the formats, the generated password and the mail.
import type { Contact } from '../contact';
import { contactFullName } from '../contact';
import type { Mail } from '../mail';
import { NSS_URL } from '../texts/mails';
import { formatDateKanji, isoDateOf } from '../time';

/**
 * 仮ログインID: the seeds never show one (GUESS, docs/new-usage.md): 「KR」 and six
 * digits, so that it can never be mistaken for a 事業所コード (three letters and
 * three digits, NAC001) nor collide with one.
 */
export const PROVISIONAL_ID_PATTERN = /^KR\d{6}$/;

export function isProvisionalId(loginId: string): boolean {
  return PROVISIONAL_ID_PATTERN.test(loginId);
}

/** A 仮ログインID from six random digits. */
export function provisionalIdFrom(random: () => number): string {
  return `KR${Math.floor(random() * 1_000_000)
    .toString()
    .padStart(6, '0')}`;
}

// no 0/O, 1/l/I: the password is read from a mail and typed by hand
const PASSWORD_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';

/** A 仮パスワード of 10 characters, letters and digits (at least one of each). */
export function provisionalPassword(random: () => number): string {
  for (;;) {
    let text = '';
    for (let i = 0; i < 10; i++) text += PASSWORD_CHARS[Math.floor(random() * PASSWORD_CHARS.length)];
    if (/\d/.test(text) && /[A-Za-z]/.test(text)) return text;
  }
}

export const PROVISIONAL_MAIL_SUBJECT = '【NSS】仮ログインID発行のお知らせ';

/** The mail with the 仮ログインID, its password and the NSS URL (seed 003: 「仮ログインID・パスワードの記載されたメール」). */
export function provisionalMail(input: {
  id: string;
  loginId: string;
  password: string;
  contact: Contact;
  at: number;
}): Omit<Mail, 'updatedAt' | 'rev'> {
  const { contact } = input;
  const body = [
    [contact.department].filter(Boolean).join(' '),
    `${contactFullName(contact)} 様`,
    '',
    '輸出入・港湾関連情報処理センター株式会社(NACCSセンター)です。',
    '',
    'NACCSサポートシステムの新規申込(仮ログイン)の登録が完了しました。',
    '以下の仮ログインID・パスワードで、下記のURLからNACCSサポートシステムにログインし、NACCS利用申込を行ってください。',
    '',
    `仮ログイン登録日：${formatDateKanji(isoDateOf(input.at))}`,
    `仮ログインID：${input.loginId}`,
    `パスワード：${input.password}`,
    '',
    `NACCSサポートシステム<${NSS_URL}>`,
    '',
    '※ 仮ログインIDは、NACCS利用申込の利用開始日まで使用できます。',
    '※ 仮ログインID・パスワードは、お手元に必ず控えるようにしてください。',
    '',
    '＜ご利用にあたっての留意事項＞',
    '・このメールは自動配信しています。こちらのメールは送信専用のため、直接返信いただいてもお問い合わせにはお答えできませんので、ご了承ください。',
    '',
    '――――――――――――――――――――――――――――――',
    'NACCSセンター(研修用シミュレーター・架空の連絡先)',
    'ヘルプデスク　0120-000-000 【受付時間】24時間',
    '――――――――――――――――――――――――――――――',
  ].join('\n');
  return {
    id: input.id,
    to: contact.email,
    role: '申込担当者',
    officeCode: input.loginId,
    at: input.at,
    subject: PROVISIONAL_MAIL_SUBJECT,
    body,
    read: false,
  };
}
