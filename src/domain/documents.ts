// The documents NSS gives as PDFs instead of paper (DOMAIN.md §4.7): their titles,
// the buttons that make them, and from when each can be made. Pure: the screens
// ask here whether a button is enabled without loading the PDF code.
import type { Application, ApplicationStatus } from './application';
import { canViewIssuedIds, lastViewingDay } from './broker-id/viewing';
import type { SectionContent } from './sections';
import { formatDate, type IsoDate } from './time';

export type DocumentKind =
  | 'change-approval' // システムサービス利用契約変更承認通知
  | 'usage-acceptance' // システムサービス利用承諾書
  | 'change-form' // システムサービス利用契約変更申込書
  | 'usage-form' // システムサービス利用申込書
  | 'termination-notice' // システムサービス利用契約解除通知書(事業所廃止)
  | 'id-notice'; // ID通知内容

export const DOCUMENT_TITLES: Record<DocumentKind, string> = {
  'change-approval': 'システムサービス利用契約変更承認通知',
  'usage-acceptance': 'システムサービス利用承諾書',
  'change-form': 'システムサービス利用契約変更申込書',
  'usage-form': 'システムサービス利用申込書',
  'termination-notice': 'システムサービス利用契約解除通知書(事業所廃止)',
  'id-notice': 'ID通知内容',
};

/** The buttons: 承認通知を出力する and 申込書を出力する are S2's; the others are ours in the same voice. */
export const DOCUMENT_BUTTONS: Record<DocumentKind, string> = {
  'change-approval': '承認通知を出力する',
  'usage-acceptance': '承諾書を出力する',
  'change-form': '申込書を出力する',
  'usage-form': '申込書を出力する',
  'termination-notice': '解除通知書を出力する',
  'id-notice': 'ID通知内容を出力する',
};

/** The short name used in the reasons, 「承認通知は…」. */
const SHORT_NAMES: Record<DocumentKind, string> = {
  'change-approval': '承認通知',
  'usage-acceptance': '承諾書',
  'change-form': '申込書',
  'usage-form': '申込書',
  'termination-notice': '解除通知書',
  'id-notice': 'ID通知内容',
};

/** Printed on every page of every document. */
export const TRAINING_MARK = '研修用 — 実際の契約書類ではありません';

/** The issuer of the center's documents and the addressee of an 申込書. */
export const CENTER_NAME = '輸出入・港湾関連情報処理センター株式会社';

/** Stands in for a character the font cannot draw (the geta mark, as Japanese printing uses it). */
export const REPLACEMENT_CHAR = '〓';

/** Said under a page where a character had to be replaced. */
export const REPLACEMENT_NOTE = `※「${REPLACEMENT_CHAR}」は、この書面の字体に含まれない文字を表します。入力内容は申込内容参照画面でご確認ください。`;

/**
 * A block of a document: the blocks of domain/sections.ts (rows, tables, before/after,
 * files), which the flows also build for their confirmation screens, plus running text.
 * What was applied for comes from the caller as such blocks, so the documents know no flow.
 */
export type DocumentContent = SectionContent | { type: 'text'; text: string };

export interface DocumentSection {
  title: string;
  content: readonly DocumentContent[];
}

export type Availability = { ok: true } | { ok: false; reason: string };

const REVIEWED: readonly ApplicationStatus[] = ['審査終了', '利用開始'];

/**
 * Whether a document of the application can be made today, and why not.
 * 承認通知 / 承諾書 from the 利用開始日 (S2), 解除通知書 from the 審査終了 (from its
 * 契約満了日 the office can no longer log in), 申込書 any time after filing, ID通知内容 while
 * the IDs can still be viewed (until the 利用開始日 + 2 days).
 */
export function documentAvailability(kind: DocumentKind, app: Application, today: IsoDate): Availability {
  const name = SHORT_NAMES[kind];
  switch (kind) {
    case 'change-form':
    case 'usage-form':
      return { ok: true };
    case 'id-notice': {
      const notice = app.idNotice;
      if (!notice) return { ok: false, reason: `${name}は審査終了後に出力できます。` };
      if (!canViewIssuedIds(notice.startDate, today))
        return {
          ok: false,
          reason: `ID・パスワードの表示期間(利用開始日の2日後の${formatDate(lastViewingDay(notice.startDate))}まで)を過ぎたため、${name}は出力できません。`,
        };
      return { ok: true };
    }
    case 'termination-notice':
      // from the 審査終了: from its 契約満了日 on, the office can no longer log in to print it
      if (app.status === '取下げ' || app.status === '無効')
        return { ok: false, reason: `ステータスが「${app.status}」の申込の${name}は出力できません。` };
      if (!REVIEWED.includes(app.status) || !app.confirmedDate) return { ok: false, reason: `${name}は審査終了後に出力できます。` };
      return { ok: true };
    default: {
      if (app.status === '取下げ' || app.status === '無効')
        return { ok: false, reason: `ステータスが「${app.status}」の申込の${name}は出力できません。` };
      if (!REVIEWED.includes(app.status) || !app.confirmedDate)
        return { ok: false, reason: `${name}は審査終了後、利用開始日以降に出力できます。` };
      if (today < app.confirmedDate)
        return { ok: false, reason: `${name}は利用開始日(${formatDate(app.confirmedDate)})以降に出力できます。` };
      return { ok: true };
    }
  }
}

/** '2026年11月30日' as a formal notice dates itself (no zero padding). */
export function formatNoticeDate(date: IsoDate): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** The file name of a document: '2612345B_システムサービス利用契約変更承認通知.pdf'. */
export function documentFileName(kind: DocumentKind, receiptNo: string): string {
  const title = kind === 'termination-notice' ? 'システムサービス利用契約解除通知書' : DOCUMENT_TITLES[kind];
  return `${receiptNo}_${title}.pdf`;
}
