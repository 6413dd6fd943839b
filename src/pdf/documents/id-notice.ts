// ID通知内容 (S2, S4, DOMAIN.md §4.6): a printable copy of the screen while the IDs
// can still be viewed (the button is not offered afterwards).
import {
  applicantRows,
  idNoticeCounts,
  idNoticeOfficeRows,
  ISSUED_ID_COLUMNS,
  issuedIdCells,
  RESULT_COUNT_COLUMNS,
  RESULT_ITEMS,
  resultCountCells,
  resultDateRows,
  TERMINAL_COLUMNS,
  terminalCells,
} from '../../domain/id-notice';
import { DOCUMENT_TITLES, documentFileName, formatNoticeDate, type DocumentSection } from '../../domain/documents';
import type { IsoDate } from '../../domain/time';
import type { PdfDocument } from '../model';
import { CENTER_ISSUER, contractorAddressee, type DocumentInput } from './common';

export function idNoticeDocument({ application, office, dateLabel }: Omit<DocumentInput, 'applied'>, printedOn: IsoDate): PdfDocument {
  const notice = application.idNotice;
  if (!notice) throw new Error(`application ${application.receiptNo} has no ID通知内容`);
  const sections: DocumentSection[] = [{ title: 'ID通知内容', content: [{ type: 'rows', rows: idNoticeOfficeRows(notice, office, dateLabel) }] }];
  if (notice.userIds.length > 0)
    sections.push({
      title: '利用者ID / パスワード',
      content: [{ type: 'table', columns: ISSUED_ID_COLUMNS, rows: notice.userIds.map(issuedIdCells) }],
    });
  if (notice.terminals.length > 0)
    sections.push({
      title: '論理端末名 / デジタル証明書',
      content: [
        { type: 'table', columns: TERMINAL_COLUMNS, rows: notice.terminals.map((t) => terminalCells(t, office.code)) },
        { type: 'text', text: '端末ごとにデジタル証明書を取得し、NACCSパッケージソフトをインストールしてください。' },
      ],
    });
  const counts = idNoticeCounts(notice);
  sections.push(
    { title: '申込事務担当者', content: [{ type: 'rows', rows: applicantRows(office, application.contact) }] },
    {
      title: '申込結果',
      content: [
        { type: 'rows', rows: resultDateRows(application, undefined, dateLabel) },
        { type: 'table', columns: RESULT_COUNT_COLUMNS, rows: RESULT_ITEMS.map(([key, label]) => resultCountCells(counts, key, label)) },
      ],
    },
  );
  return {
    title: DOCUMENT_TITLES['id-notice'],
    fileName: documentFileName('id-notice', application.receiptNo),
    meta: [`受付番号 ${application.receiptNo}`, `出力日 ${formatNoticeDate(printedOn)}`],
    addressee: contractorAddressee(office),
    issuer: CENTER_ISSUER,
    body: ['下記のとおりID・パスワードを通知します。'],
    formal: true,
    sections,
    notes: ['この書面にはパスワードが記載されています。第三者の目に触れないよう、厳重に保管してください。'],
  };
}
