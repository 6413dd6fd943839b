// How a bill reads, on the detail screen and in the 請求書 PDF alike: its summary
// rows and its breakdown tables (基本料金, 従量料金 per 利用者ID, 管理統計資料 and
// 保存サービス per 利用者コード), then 小計 / 消費税 / 請求金額.
import type { Bill, BillLine, PaymentMethod } from '../contract';
import { formatDate } from '../time';
import { dueDateLabel } from './bill';
import { formatBillMonth } from './months';

/** '63,195円' */
export function yen(amount: number): string {
  return `${amount.toLocaleString('ja-JP')}円`;
}

/** '1,234' */
export function countText(n: number): string {
  return n.toLocaleString('ja-JP');
}

export interface BillTable {
  id: string;
  title: string;
  columns: string[];
  /** the columns holding numbers (right-aligned on screen) */
  numeric: number[];
  rows: string[][];
}

/** 支払の方法 of the bill: as fixed, or (an older bill) the office's current one. */
export function paymentMethodOf(bill: Bill, officeMethod: PaymentMethod): PaymentMethod {
  return bill.paymentMethod ?? officeMethod;
}

/** 「2026/12/28（振替日）」 as the list shows the date. */
export function dueText(bill: Bill, method: PaymentMethod): string {
  return `${formatDate(bill.dueDate)}（${dueDateLabel(method)}）`;
}

const planText = (l: BillLine) => (l.plan ? `${l.plan}プラン` : '');

/** The breakdown tables that have lines; a bill without breakdown fields gets one 内訳 table. */
export function billTables(bill: Bill): BillTable[] {
  const of = (kind: BillLine['kind']) => bill.amounts.filter((l) => l.kind === kind);
  const tables: BillTable[] = [];
  const base = of('基本料金');
  if (base.length > 0)
    tables.push({
      id: 'base',
      title: '基本料金',
      columns: ['システム', '料金プラン', '単位数', '単価', '金額'],
      numeric: [2, 3, 4],
      rows: base.map((l) => [l.system ?? '', planText(l), countText(l.quantity ?? 0), yen(l.unitPrice ?? 0), yen(l.amount)]),
    });
  const usage = of('従量料金');
  if (usage.length > 0)
    tables.push({
      id: 'usage',
      title: '従量料金',
      columns: ['利用者ID', '利用者コード', 'システム', '処理方式', '料金プラン', '利用件数', '単価', '金額'],
      numeric: [5, 6, 7],
      rows: usage.map((l) => [
        l.userId ?? '',
        l.userCode ?? '',
        l.system ?? '',
        l.method ?? '',
        planText(l),
        countText(l.quantity ?? 0),
        yen(l.unitPrice ?? 0),
        yen(l.amount),
      ]),
    });
  const options = bill.amounts.filter((l) => l.kind === '管理統計資料(有料分)' || l.kind === '保税管理資料保存サービス');
  if (options.length > 0)
    tables.push({
      id: 'options',
      title: '管理統計資料・保存サービス',
      columns: ['利用者コード', '項目', '金額'],
      numeric: [2],
      rows: options.map((l) => [l.userCode ?? '', l.kind ?? l.label, yen(l.amount)]),
    });
  const plain = bill.amounts.filter((l) => !l.kind);
  if (plain.length > 0)
    tables.push({ id: 'lines', title: '内訳', columns: ['項目', '金額'], numeric: [1], rows: plain.map((l) => [l.label, yen(l.amount)]) });
  return tables;
}

/** 小計(税抜), 消費税, 請求金額(税込). An older bill without 小計 shows what it has. */
export function billTotalRows(bill: Bill): { label: string; value: string }[] {
  const tax = bill.amounts.find((l) => l.kind === '消費税');
  return [
    ...(bill.subtotal !== undefined ? [{ label: '小計(税抜)', value: yen(bill.subtotal) }] : []),
    ...(tax ? [{ label: tax.label, value: yen(tax.amount) }] : []),
    { label: '請求金額(税込)', value: yen(bill.total) },
  ];
}

/** 請求概要: the month, the codes, the amount, how and when it is paid. */
export function billSummaryRows(bill: Bill, method: PaymentMethod): { label: string; value: string }[] {
  return [
    { label: '請求年月', value: formatBillMonth(bill.month) },
    { label: '請求先コード', value: bill.billingCode },
    { label: '事業所コード', value: bill.officeCode },
    { label: '請求金額', value: `${yen(bill.total)}(税込)` },
    { label: '支払の方法', value: method },
    { label: dueDateLabel(method), value: formatDate(bill.dueDate) },
    { label: '請求確定日', value: formatDate(bill.fixedAt) },
  ];
}
