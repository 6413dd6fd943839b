// What the documents share: the input, the addressee and issuer, the 受付番号
// and date lines, and the blocks that describe the application and the contract.
import type { Application, IdNotice } from '../../domain/application';
import type { Office } from '../../domain/contract';
import { CENTER_NAME, formatNoticeDate, type DocumentSection } from '../../domain/documents';
import { formatDate, isoDateOf, type IsoDate } from '../../domain/time';

export interface DocumentInput {
  application: Application;
  office: Office;
  /** what was applied for, as the caller describes the kind's payload (its confirmation sections) */
  applied: readonly DocumentSection[];
  /** what the application's date is called, where not 利用開始日 (a 解約: 契約満了日) */
  dateLabel?: string;
}

/** 企業名 / 事業所名 / 契約者 様 */
export function contractorAddressee(office: Office): string[] {
  return [office.companyName, office.officeName, `${office.contractor.title} ${office.contractor.name} 様`];
}

export const CENTER_ISSUER = [CENTER_NAME];

export function metaLines(application: Application, date: IsoDate): string[] {
  return [`受付番号 ${application.receiptNo}`, formatNoticeDate(date)];
}

export function submittedOn(application: Application): IsoDate {
  return isoDateOf(application.submittedAt);
}

/** A notice from the center is dated the day its review ended. */
export function reviewedOn(application: Application): IsoDate {
  return application.reviewEndedAt ? isoDateOf(application.reviewEndedAt) : (application.confirmedDate ?? submittedOn(application));
}

/** 申込の表示: which application the document is about. */
export function applicationSection(application: Application, dateLabel: string): DocumentSection {
  return {
    title: '申込の表示',
    content: [
      {
        type: 'rows',
        rows: [
          { label: '受付番号', value: application.receiptNo },
          { label: '申込日', value: formatDate(submittedOn(application)) },
          ...(application.reviewEndedAt ? [{ label: '審査終了日', value: formatDate(reviewedOn(application)) }] : []),
          { label: dateLabel, value: formatDate(application.confirmedDate) || '未確定' },
        ],
      },
    ],
  };
}

/** 契約者の表示: the office the contract is with. */
export function contractSection(office: Office, title = '契約者の表示'): DocumentSection {
  return {
    title,
    content: [
      {
        type: 'rows',
        rows: [
          { label: '企業名', value: office.companyName },
          { label: '事業所名', value: office.officeName },
          { label: '事業所コード', value: office.code },
          { label: '企業略称', value: office.companyAbbr },
          { label: '所在地', value: `〒${office.postalCode} ${office.address}` },
          { label: '契約者', value: `${office.contractor.title} ${office.contractor.name}` },
          { label: '管轄税関', value: office.customs },
          { label: '請求先コード', value: office.billingCode },
        ],
      },
    ],
  };
}

/** What the review issued, without passwords and codes (those are only in ID通知内容). */
export function issuedSections(notice: IdNotice | undefined): DocumentSection[] {
  if (!notice) return [];
  const sections: DocumentSection[] = [];
  if (notice.userIds.length > 0)
    sections.push({
      title: '払い出した利用者ID',
      content: [
        {
          type: 'table',
          columns: ['利用者ID', '利用者コード', '識別番号', '処理方式', '業種'],
          rows: notice.userIds.map((u) => [u.userId, u.userCode, u.idNo, u.method, u.industries.join(' ')]),
        },
        { type: 'text', text: 'パスワードはID通知内容でご確認ください。' },
      ],
    });
  if (notice.terminals.length > 0)
    sections.push({
      title: '払い出した論理端末',
      content: [
        {
          type: 'table',
          columns: ['区分', '利用機器区分', 'パッケージソフト区分', '論理端末名'],
          rows: notice.terminals.map((t) => [t.systemKind, t.equipment, t.packageKind, t.name]),
        },
      ],
    });
  return sections;
}

/** Said under every document the center issues through NSS since 2019-07-21. */
export const NOT_MAILED_NOTE = '本書面は郵送いたしません。NSSから出力し、大切に保存(保管)してください。';
