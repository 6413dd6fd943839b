// 料金プラン(AプランまたはBプランの選択) (DOMAIN.md §7.1): A or B, separately for
// netNACCS and 一般NACCS. Plans change in monthly units: a change applies from the
// month of its 利用開始日 when that is the month's first business day, else from
// the next month (our reading of 「月単位」, docs/contract-change.md).
import { nextBusinessDayOnOrAfter } from '../calendar';
import type { FeePlan, Office } from '../contract';
import type { IsoDate } from '../time';
import { failed, type Checked } from '../validation/schema';

export type PlanChoice = Office['feePlan'];
export type PlanField = 'netNACCS' | 'general';

export const PLAN_LABELS: Record<PlanField, string> = { netNACCS: '料金プラン(netNACCS)', general: '料金プラン(一般NACCS)' };
export const PLAN_OPTIONS: readonly { value: FeePlan; label: string }[] = [
  { value: 'A', label: 'Aプラン' },
  { value: 'B', label: 'Bプラン' },
];

const asPlan = (text: string): FeePlan | null | undefined => (text === 'A' || text === 'B' ? text : text === '' ? null : undefined);

/**
 * 料金プラン 入力: each of the two is A, B or (for a system the office does not use)
 * none; at least one differs from the contract; the office's first netNACCS must choose one (R3).
 */
export function checkPlan(input: Record<PlanField, string>, current: PlanChoice, addsNetNaccs: boolean): Checked<PlanChoice, PlanField> {
  const netNACCS = asPlan(input.netNACCS);
  const general = asPlan(input.general);
  const errors = {
    netNACCS:
      netNACCS === undefined
        ? 'netNACCSの料金プランを選択してください。'
        : netNACCS === null && addsNetNaccs
          ? '当該事業所で初めてnetNACCSを利用する場合は、netNACCSの料金プランを選択してください。'
          : undefined,
    general: general === undefined ? '一般NACCSの料金プランを選択してください。' : undefined,
  };
  if (errors.netNACCS || errors.general) return failed(errors);
  const plan = { netNACCS: netNACCS ?? null, general: general ?? null };
  if (plan.netNACCS === current.netNACCS && plan.general === current.general)
    return failed({ netNACCS: '料金プランが現在の契約と同じです。変更する料金プランを選択してください。' });
  return { ok: true, value: plan };
}

/** The month ('YYYY-MM') a plan change with this 利用開始日 applies from. */
export function planStartMonth(startDate: IsoDate): string {
  const month = startDate.slice(0, 7);
  if (startDate <= nextBusinessDayOnOrAfter(`${month}-01`)) return month;
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** 「2027年1月分から」 */
export function monthText(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return `${y}年${m}月分から`;
}

export const planText = (plan: FeePlan | null) => (plan ? `${plan}プラン` : '利用なし');
