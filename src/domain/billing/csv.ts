// 利用料金請求ファイル: a bill as CSV, one row per charge (従量料金 one row per 利用者ID),
// then 消費税 and 請求金額. UTF-8 with a BOM and CRLF line ends, so that Excel on
// Windows opens the Japanese text as it is (docs/billing.md).
import type { Bill } from '../contract';
import { compactMonth } from './months';

export const CSV_COLUMNS = [
  '請求年月',
  '請求先コード',
  '事業所コード',
  '区分',
  'システム',
  '料金プラン',
  '利用者コード',
  '利用者ID',
  '処理方式',
  '数量',
  '単価',
  '金額',
] as const;

/** RFC 4180: a cell with a comma, a quote or a line break is quoted, quotes doubled. */
export function csvCell(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The file's text, BOM first. */
export function billCsv(bill: Bill): string {
  const month = compactMonth(bill.month);
  const head = [month, bill.billingCode, bill.officeCode];
  const rows: (string | number | undefined)[][] = [[...CSV_COLUMNS]];
  for (const line of bill.amounts)
    rows.push([
      ...head,
      line.kind ?? line.label,
      line.system,
      line.plan && `${line.plan}プラン`,
      line.userCode,
      line.userId,
      line.method,
      line.quantity,
      line.unitPrice,
      line.amount,
    ]);
  rows.push([...head, '請求金額', '', '', '', '', '', '', '', bill.total]);
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** 利用料金請求ファイル_NAC001_202611.csv */
export function billCsvFileName(bill: Pick<Bill, 'officeCode' | 'month'>): string {
  return `利用料金請求ファイル_${bill.officeCode}_${compactMonth(bill.month)}.csv`;
}
