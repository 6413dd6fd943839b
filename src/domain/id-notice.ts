// The blocks of ID通知内容 (S2, DOMAIN.md §4.6) as label/value rows and table
// cells, for the screen and its printable copy alike.
import type { Application, IdNotice, IssuedTerminal, IssuedUserId } from './application';
import type { Contact } from './contact';
import { contactFullName } from './contact';
import type { Office } from './contract';
import { toYmd8, type IsoDate } from './time';

export interface LabelValue {
  label: string;
  value: string;
}

/** ID通知内容: the office block; the 事業所パスワード is never shown. */
export function idNoticeOfficeRows(notice: IdNotice, office: Office, dateLabel?: string): LabelValue[] {
  return [
    // a 解約's date is its 契約満了日 (申込結果 shows it); it starts nothing
    { label: '利用開始日', value: dateLabel === '契約満了日' ? '-' : toYmd8(notice.startDate) },
    { label: '企業略称', value: office.companyAbbr },
    { label: '事業所コード', value: office.code },
    { label: '事業所パスワード', value: '*****' },
    { label: 'システム区分', value: office.systemKind },
    { label: '管轄税関', value: office.customs },
    { label: '請求先コード', value: office.billingCode },
  ];
}

export const ISSUED_ID_COLUMNS = ['利用者コード', '識別番号', '利用者ID', '処理方式', '業種', 'パスワード'];

export function issuedIdCells(u: IssuedUserId): string[] {
  return [u.userCode, u.idNo, u.userId, u.method, u.industries.join(' '), u.password];
}

export const TERMINAL_COLUMNS = ['区分', '利用機器区分', 'パッケージソフト区分', '論理端末名', '端末アクセスキー', '認証コード1', '認証コード2', '認証コード3', '事業所コード'];

export function terminalCells(t: IssuedTerminal, officeCode: string): string[] {
  // a 一般NACCS terminal has no デジタル証明書, so no 認証コード: 「-」
  return [t.systemKind, t.equipment, t.packageKind, t.name, t.accessKey, ...t.authCodes.map((c) => c || '-'), officeCode];
}

/** 申込事務担当者 */
export function applicantRows(office: Office, contact: Contact): LabelValue[] {
  return [
    { label: '企業名', value: office.companyName },
    { label: '企業略称', value: office.companyAbbr },
    { label: '事業所名', value: office.officeName },
    { label: '事業所コード', value: office.code },
    { label: '所属部課名', value: contact.department },
    { label: '役職名', value: contact.title },
    { label: '電話番号', value: contact.phone },
    { label: 'FAX番号', value: contact.fax },
    { label: '氏名', value: contactFullName(contact) },
    { label: '氏名(フリガナ)', value: `${contact.lastNameKana} ${contact.firstNameKana}` },
    { label: 'E-mailアドレス', value: contact.email },
  ];
}

/** 申込結果: added, changed, removed per item. */
export interface ResultCounts {
  userCodes?: [number, number, number];
  idNos?: [number, number, number];
  lines?: [number, number, number];
  terminals?: [number, number, number];
  mailboxes?: [number, number, number];
}

export const RESULT_ITEMS: [keyof ResultCounts, string][] = [
  ['userCodes', '利用者コード数'],
  ['idNos', '識別番号数'],
  ['lines', '回線数'],
  ['terminals', '論理端末数'],
  ['mailboxes', 'メールボックス数'],
];

export const RESULT_COUNT_COLUMNS = ['対象項目', '追加', '変更', '削除'];

/** A count table row: 「-」 for none. */
export function resultCountCells(counts: ResultCounts, key: keyof ResultCounts, label: string): string[] {
  const dash = (n: number | undefined) => (n ? String(n) : '-');
  return [label, dash(counts[key]?.[0]), dash(counts[key]?.[1]), dash(counts[key]?.[2])];
}

/**
 * 申込結果's dates. 利用申込書提出締切日 is 「-」: paper applications were abolished in
 * 2019; システム設定申込締切日 only where new 利用者コード need their システム設定申込.
 * A 解約 (dateLabel 契約満了日) fills 契約満了日 instead of 利用開始日.
 */
export function resultDateRows(application: Application, settingDeadline?: IsoDate, dateLabel?: string): LabelValue[] {
  const confirmed = application.confirmedDate ? toYmd8(application.confirmedDate) : '未確定';
  // a 解約's date is its 契約満了日; every other application's its 利用開始日
  const ends = dateLabel === '契約満了日';
  return [
    { label: '利用開始日', value: ends ? '-' : confirmed },
    { label: '契約満了日', value: ends ? confirmed : '-' },
    { label: '利用申込書提出締切日', value: '-' },
    { label: 'システム設定申込締切日', value: settingDeadline ? toYmd8(settingDeadline) : '-' },
  ];
}

/** What an ID通知内容 added. */
export function idNoticeCounts(notice: IdNotice): ResultCounts {
  return { idNos: [notice.userIds.length, 0, 0], terminals: [notice.terminals.length, 0, 0] };
}
