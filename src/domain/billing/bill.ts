// A month's bill (請求金額) of an office, computed from the contract of that month:
// 基本料金 by plan, 従量料金 per 利用者ID, 管理統計資料(有料分) and 保税管理資料保存サービス
// per 利用者コード, 消費税. Pure and deterministic: every device that computes the bill
// of the same office and month from the same contract gets the same bill.
// The prices and rules are our reading (docs/billing.md); DOMAIN.md §7 gives the rest.
import { isBusinessDay, nextBusinessDayOnOrAfter, subtractBusinessDays } from '../calendar';
import type {
  Bill,
  BillLine,
  BillSystem,
  FeePlan,
  Mailbox,
  Method,
  Office,
  PaymentMethod,
  Terminal,
  UserCode,
  UserId,
} from '../contract';
import { isGeneralTerminal } from '../contract';
import { hashUnit } from '../hash';
import type { Notice } from '../notice';
import { BILL_FIXED_NOTICE } from '../texts/notices';
import { jstMs, type IsoDate } from '../time';
import { addMonths, daysIn, daysInUse, firstDayOf, lastDayOf, type Month } from './months';

/** Aプラン 基本料金 per billing unit (論理端末 or メールボックス) and month, 税抜 (DOMAIN.md §7.1). */
export const BASE_FEE_A = 5_000;
/** 従量料金 per 利用件数, 税抜 (our fictional round prices: A is 15 % below B, DOMAIN.md §7.1 says 13.4–20 %). */
export const UNIT_PRICES: Record<FeePlan, number> = { A: 17, B: 20 };
/** 管理統計資料(有料分) and 保税管理資料保存サービス per 利用者コード and month, 税抜 (DOMAIN.md §7.2). */
export const OPTION_FEE = 1_000;
/** 消費税 10 %, once on the bill's 税抜 total, fractions of a yen dropped. */
export const TAX_PERCENT = 10;

/** Simulated 利用件数 of a whole month, by 処理方式 (a 通関士ID has its own range). */
const USAGE_RANGE: Record<Method | 'broker', [number, number]> = {
  インタ: [600, 2_400],
  net: [400, 1_600],
  SMTP双方向: [800, 2_800],
  WebNACCS: [100, 600],
  ebMS: [300, 1_200],
  broker: [150, 650],
};

/** The system a 利用者ID is billed under: net IDs under netNACCS, every other under 一般NACCS (as 契約情報 参照 splits them). */
export function billSystemOf(id: Pick<UserId, 'method'>): BillSystem {
  return id.method === 'net' ? 'netNACCS' : '一般NACCS';
}

/**
 * The 利用件数 of a 利用者ID in a month: a number drawn from the ID and the month
 * (the same on every device), scaled by the days of the month the ID was in use.
 */
export function usageCount(id: Pick<UserId, 'id' | 'method' | 'broker' | 'startDate' | 'endDate'>, month: Month): number {
  const [low, high] = USAGE_RANGE[id.broker ? 'broker' : id.method];
  const full = low + Math.floor(hashUnit(`${id.id}:${month}`) * (high - low + 1));
  return Math.round((full * daysInUse(id, month)) / daysIn(month));
}

/**
 * The 料金プラン of each system in a month: the latest change whose month has come
 * (plan changes apply in monthly units); without any change recorded, the office's plan.
 */
export function planOfMonth(office: Pick<Office, 'feePlan' | 'feePlanHistory'>, month: Month): Office['feePlan'] {
  const history = [...(office.feePlanHistory ?? [])].sort((a, b) => a.from.localeCompare(b.from));
  if (history.length === 0) return office.feePlan;
  // Before the first recorded change only that change's plan is known (older records kept no earlier one).
  let plan = history[0].plan;
  for (const entry of history) if (entry.from <= month) plan = entry.plan;
  return plan;
}

/** 振替日 (口座振替): the 27th of the month after the billed month, or the next business day. */
export function debitDate(month: Month): IsoDate {
  return nextBusinessDayOnOrAfter(`${addMonths(month, 1)}-27`);
}

/** 支払期限 (銀行振込): the last day of the month after the billed month, or the business day before it. */
export function paymentDeadline(month: Month): IsoDate {
  const last = lastDayOf(addMonths(month, 1));
  return isBusinessDay(last) ? last : subtractBusinessDays(last, 1);
}

export function dueDateOf(month: Month, method: PaymentMethod): IsoDate {
  return method === '口座振替' ? debitDate(month) : paymentDeadline(month);
}

/** 「振替日」 or 「支払期限」, as the list and the detail name the date. */
export function dueDateLabel(method: PaymentMethod): '振替日' | '支払期限' {
  return method === '口座振替' ? '振替日' : '支払期限';
}

/** The bill of a month is fixed on the first day of the next month (when the training clock passes into it). */
export function fixedOn(month: Month): IsoDate {
  return firstDayOf(addMonths(month, 1));
}

/** The id of the bill of an office and month: one bill per office and month, whoever writes it. */
export function billId(officeCode: string, month: Month): string {
  return `${officeCode}-${month}`;
}

/** What the bill of an office is computed from: its contract rows, ended ones included. */
export interface BillContract {
  office: Office;
  /** the codes the office uses (a shared code is charged to the first office listed) */
  userCodes: readonly UserCode[];
  /** the office's own 利用者ID */
  userIds: readonly UserId[];
  terminals: readonly Terminal[];
  mailboxes: readonly Mailbox[];
}

const inMonth = (row: { startDate: IsoDate; endDate?: IsoDate }, month: Month) => daysInUse(row, month) > 0;

function baseLines(contract: BillContract, month: Month, plan: Office['feePlan'], ids: readonly UserId[]): BillLine[] {
  const lines: BillLine[] = [];
  const systems: [BillSystem, FeePlan | null, number][] = [
    // netNACCS per 論理端末 (a 一般NACCS terminal is not one), 一般NACCS per メールボックス
    ['netNACCS', plan.netNACCS, contract.terminals.filter((t) => t.officeCode === contract.office.code && !isGeneralTerminal(t) && inMonth(t, month)).length],
    ['一般NACCS', plan.general, contract.mailboxes.filter((m) => m.officeCode === contract.office.code && inMonth(m, month)).length],
  ];
  for (const [system, systemPlan, units] of systems) {
    if (systemPlan !== 'A') continue;
    // An office with no unit of its own pays one unit to have Aプラン (DOMAIN.md §7.1), when it used the system.
    const quantity = units > 0 ? units : ids.some((u) => billSystemOf(u) === system) ? 1 : 0;
    if (quantity === 0) continue;
    lines.push({
      label: `${system} 基本料金(Aプラン)`,
      amount: quantity * BASE_FEE_A,
      kind: '基本料金',
      system,
      plan: 'A',
      quantity,
      unitPrice: BASE_FEE_A,
    });
  }
  return lines;
}

function usageLines(ids: readonly UserId[], month: Month, plan: Office['feePlan']): BillLine[] {
  return ids
    .map((u) => {
      const system = billSystemOf(u);
      // no plan chosen for the system: Bプラン, the default (DOMAIN.md §7.1)
      const p: FeePlan = (system === 'netNACCS' ? plan.netNACCS : plan.general) ?? 'B';
      const quantity = usageCount(u, month);
      return {
        label: `${system} 従量料金(${p}) ${u.id}`,
        amount: quantity * UNIT_PRICES[p],
        kind: '従量料金' as const,
        system,
        plan: p,
        userId: u.id,
        userCode: u.userCode,
        method: u.method,
        quantity,
        unitPrice: UNIT_PRICES[p],
      };
    })
    .filter((l) => l.quantity > 0);
}

function optionLines(contract: BillContract, month: Month): BillLine[] {
  const lines: BillLine[] = [];
  const codes = contract.userCodes
    .filter((c) => c.officeCodes[0] === contract.office.code && inMonth(c, month))
    .sort((a, b) => a.code.localeCompare(b.code));
  for (const c of codes) {
    if (c.statsPaid)
      lines.push({ label: `管理統計資料(有料分) ${c.code}`, amount: OPTION_FEE, kind: '管理統計資料(有料分)', userCode: c.code, quantity: 1, unitPrice: OPTION_FEE });
    if (c.bondedRetention)
      lines.push({ label: `保税管理資料保存サービス ${c.code}`, amount: OPTION_FEE, kind: '保税管理資料保存サービス', userCode: c.code, quantity: 1, unitPrice: OPTION_FEE });
  }
  return lines;
}

/** 消費税 of a 税抜 total: 10 %, fractions of a yen dropped. */
export function taxOf(subtotal: number): number {
  return Math.floor((subtotal * TAX_PERCENT) / 100);
}

/** The bill of `month` from the contract of that month. Its meta (updatedAt, rev) is the store's to set. */
export function computeBill(contract: BillContract, month: Month): Bill {
  const { office } = contract;
  const plan = planOfMonth(office, month);
  const ids = contract.userIds
    .filter((u) => u.officeCode === office.code && inMonth(u, month))
    .sort((a, b) => a.id.localeCompare(b.id));
  const charges = [...baseLines(contract, month, plan, ids), ...usageLines(ids, month, plan), ...optionLines(contract, month)];
  const subtotal = charges.reduce((sum, l) => sum + l.amount, 0);
  const tax = taxOf(subtotal);
  const paymentMethod = office.billing.paymentMethod;
  return {
    id: billId(office.code, month),
    updatedAt: 0,
    rev: 0,
    officeCode: office.code,
    month,
    billingCode: office.billingCode,
    amounts: [...charges, { label: `消費税(${TAX_PERCENT}%)`, amount: tax, kind: '消費税' }],
    subtotal,
    tax,
    total: subtotal + tax,
    paymentMethod,
    dueDate: dueDateOf(month, paymentMethod),
    fixedAt: fixedOn(month),
  };
}

/**
 * The 新着情報 「前月分の請求額が確定しました。…」 of a fixed bill, dated the moment
 * the bill was due (00:00 of the 1st), with 詳細 to the bill; one per bill (its id says which).
 */
export function billFixedNotice(bill: Pick<Bill, 'id' | 'officeCode' | 'month' | 'fixedAt'>): Notice {
  return {
    id: `bill-fixed-${bill.id}`,
    updatedAt: 0,
    rev: 0,
    officeCode: bill.officeCode,
    at: jstMs(bill.fixedAt),
    category: '利用料金',
    text: BILL_FIXED_NOTICE,
    detail: billPath(bill.month),
  };
}

/** The bill's detail screen (請求情報詳細). */
export function billPath(month: Month): string {
  return `/billing/${month}`;
}
