// 請求書: a month's bill as NSS gives it for download since paper invoices ended
// (DOMAIN.md §7.4): the summary, the breakdown tables of the detail screen, the totals.
import { billSummaryRows, billTables, billTotalRows, paymentMethodOf, yen } from '../../domain/billing/breakdown';
import { compactMonth, formatBillMonth } from '../../domain/billing/months';
import type { Bill, Office } from '../../domain/contract';
import { formatNoticeDate, type DocumentSection } from '../../domain/documents';
import type { PdfDocument } from '../model';
import { CENTER_ISSUER } from './common';

export const INVOICE_TITLE = '請求書';

export function invoiceFileName(bill: Pick<Bill, 'officeCode' | 'month'>): string {
  return `${INVOICE_TITLE}_${bill.officeCode}_${compactMonth(bill.month)}.pdf`;
}

export function invoiceDocument({ bill, office }: { bill: Bill; office: Office }): PdfDocument {
  const method = paymentMethodOf(bill, office.billing.paymentMethod);
  const postal = office.billing.postalCode.replace(/^(\d{3})(\d{4})$/, '$1-$2');
  const sections: DocumentSection[] = [
    { title: '請求概要', content: [{ type: 'rows', rows: billSummaryRows(bill, method) }] },
    ...billTables(bill).map((t): DocumentSection => ({ title: t.title, content: [{ type: 'table', columns: t.columns, rows: t.rows }] })),
    { title: '請求金額', content: [{ type: 'rows', rows: billTotalRows(bill) }] },
  ];
  return {
    title: INVOICE_TITLE,
    fileName: invoiceFileName(bill),
    meta: [`請求先コード ${bill.billingCode}`, `発行日 ${formatNoticeDate(bill.fixedAt)}`],
    addressee: [`〒${postal} ${office.billing.address}`, office.companyName, office.officeName, `${office.billing.contactName} 様`],
    issuer: CENTER_ISSUER,
    body: [`${formatBillMonth(bill.month)}のNACCS利用料金を下記のとおりご請求申し上げます。`, `ご請求金額 ${yen(bill.total)}(税込)`],
    formal: true,
    sections,
    notes: [
      method === '口座振替'
        ? '口座振替の方法でお支払いの場合は、振替日にご指定の口座から引き落とします。'
        : '銀行振込の方法でお支払いの場合は、支払期限までにお振り込みください。振込手数料はお客様のご負担となります。',
      '請求書は郵送いたしません。NSSから出力し、保存してください。',
    ],
  };
}
