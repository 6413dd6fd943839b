// その他の契約変更 「共用(追加・解除)」 (FAQ: 機器共用(追加・解除); DOMAIN.md §3.2; the seeds
// show no screen: docs/contract-change.md). Two offices of the same company (same
// 企業略称) share equipment — in this simulator a netNACCS/webNACCS/ebMS 論理端末 — or
// stop sharing it. Sharing a 利用者コード is done in 利用者コード 入力 (seed 001's
// 「他事業所の利用者コードを共用する」), so it is not this choice. Both offices file
// the same application, each naming the other; the center asks the first one to
// wait (確認依頼) while the other office has not filed. On the 利用開始日 both
// contracts show the terminal as shared (the owner's 論理端末 with 他事業所と共用, the
// partner's with the owner's 事業所コード).
import * as v from 'valibot';
import { SHARE_TITLE } from './item-titles';
export { SHARE_TITLE };
import type { Office, Terminal } from '../contract';
import { failed, type Checked } from '../validation/schema';
import type { OtherChangeRules } from './others';

export type ShareAction = '追加' | '解除';
export const SHARE_ACTIONS: readonly ShareAction[] = ['追加', '解除'];

export interface ShareChange {
  action: ShareAction;
  /** 共用先の事業所コード: the other office */
  partner: string;
  /** 論理端末名: of this office or of the partner */
  terminals: string[];
}

export const shareChangeSchema = v.object({
  action: v.picklist(SHARE_ACTIONS),
  partner: v.pipe(v.string(), v.regex(/^[0-9A-Z]{6}$/, '共用先の事業所コードは半角英数字6桁です。')),
  terminals: v.pipe(v.array(v.pipe(v.string(), v.maxLength(20))), v.minLength(1)),
}) satisfies v.GenericSchema<unknown, ShareChange>;

export const SHARE_SECTION = '共用に関する項目';
export const SHARE_ACTION_LABEL = '共用の区分';
export const SHARE_PARTNER_LABEL = '共用先の事業所';
export const SHARE_LEAD =
  '同じ企業の他の事業所と論理端末を共用する場合、または共用を解除する場合に入力してください。共用の追加・解除には、共用するすべての事業所からの申込が必要です。共用先の事業所でも、同じ内容(共用先に貴事業所を指定)で申込を行ってください。';

export const ACTION_REQUIRED_TEXT = `${SHARE_ACTION_LABEL}(追加・解除)を選択してください。`;
export const PARTNER_REQUIRED_TEXT = `${SHARE_PARTNER_LABEL}を選択してください。`;
export const NO_PARTNER_TEXT =
  '同じ企業略称の他の事業所がないため、共用の申込はできません。';
export const NO_TERMINAL_TEXT = (action: ShareAction) =>
  action === '追加' ? '共用する論理端末を1つ以上選択してください。' : '共用を解除する論理端末を1つ以上選択してください。';

/** A terminal of either office, whose office the screens name. */
export const sharedWith = (t: Terminal) => t.sharedWith ?? [];

/** Whether the terminal is shared between the two offices (one owns it, the other shares it). */
export function sharedBetween(t: Terminal, a: string, b: string): boolean {
  return (t.officeCode === a && sharedWith(t).includes(b)) || (t.officeCode === b && sharedWith(t).includes(a));
}

/**
 * The terminals the choice may name: for 追加, the two offices' terminals in use that
 * they do not share yet; for 解除, those they share.
 */
export function shareCandidates(action: ShareAction, officeCode: string, partner: string, terminals: readonly Terminal[]): Terminal[] {
  return terminals
    .filter((t) => !t.endDate && (t.officeCode === officeCode || t.officeCode === partner))
    .filter((t) => (action === '追加' ? !sharedBetween(t, officeCode, partner) : sharedBetween(t, officeCode, partner)))
    .sort((a, b) => a.officeCode.localeCompare(b.officeCode) || a.name.localeCompare(b.name));
}

/** The offices the office may share with: the company's others whose contract has not ended (解約). */
export const sharePartners = (office: Office, companyOffices: readonly Office[]) =>
  companyOffices.filter((o) => o.code !== office.code && o.companyAbbr === office.companyAbbr && !o.terminatedOn);

export type ShareField = 'action' | 'partner' | 'terminals';

/** 「次へ進む」 of 共用 入力. `terminals` are the company's (both offices' terminals at least). */
export function checkShare(
  input: { action: string; partner: string; terminals: readonly string[] },
  ctx: { office: Office; companyOffices: readonly Office[]; terminals: readonly Terminal[] },
): Checked<ShareChange, ShareField> {
  const errors: Partial<Record<ShareField, string>> = {};
  const action = SHARE_ACTIONS.find((a) => a === input.action);
  const partners = sharePartners(ctx.office, ctx.companyOffices);
  if (!action) errors.action = ACTION_REQUIRED_TEXT;
  if (partners.length === 0) errors.partner = NO_PARTNER_TEXT;
  else if (!partners.some((o) => o.code === input.partner)) errors.partner = PARTNER_REQUIRED_TEXT;
  const names =
    action && !errors.partner ? shareCandidates(action, ctx.office.code, input.partner, ctx.terminals).map((t) => t.name) : [];
  const terminals = names.filter((n) => input.terminals.includes(n));
  if (action && !errors.partner && terminals.length === 0) errors.terminals = NO_TERMINAL_TEXT(action);
  if (Object.keys(errors).length || !action) return failed(errors);
  return { ok: true, value: { action, partner: input.partner, terminals } };
}

const ASK = '内容を確認頂き修正入力をお願いします。';

/** What the center knows of the partner's applications: its 共用 applications still alive (filed, not 取下げ / 無効). */
export interface PartnerFiling {
  receiptNo: string;
  change: ShareChange;
}

/** The partner filed the same change, naming this office. */
export function matches(mine: ShareChange, officeCode: string, theirs: ShareChange): boolean {
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
  return theirs.action === mine.action && theirs.partner === officeCode && same(theirs.terminals, mine.terminals);
}

/** The center's checks on the day of the review, each failure one paragraph of a 確認依頼. */
export function shareProblems(
  change: ShareChange,
  input: { office: Office; companyOffices: readonly Office[]; terminals: readonly Terminal[]; partnerFilings: readonly PartnerFiling[] },
): string[] {
  const problems: string[] = [];
  const code = input.office.code;
  const partner = input.companyOffices.find((o) => o.code === change.partner && o.code !== code);
  if (!partner || partner.companyAbbr !== input.office.companyAbbr) {
    problems.push(`共用先の事業所「${change.partner}」は貴社(企業略称「${input.office.companyAbbr}」)の事業所ではありません。${ASK}`);
    return problems;
  }
  if (partner.terminatedOn) return [`共用先の事業所「${partner.code} ${partner.officeName}」は契約が解除されています。${ASK}`];
  for (const name of change.terminals) {
    const t = input.terminals.find((x) => x.name === name && !x.endDate && (x.officeCode === code || x.officeCode === partner.code));
    if (!t) problems.push(`論理端末「${name}」は貴事業所及び共用先の事業所のご契約にありません。${ASK}`);
    else if (change.action === '追加' && sharedBetween(t, code, partner.code))
      problems.push(`論理端末「${name}」は既に共用先の事業所と共用しています。${ASK}`);
    else if (change.action === '解除' && !sharedBetween(t, code, partner.code))
      problems.push(`論理端末「${name}」は共用先の事業所と共用していません。${ASK}`);
  }
  if (!input.partnerFilings.some((f) => matches(change, code, f.change)))
    problems.push(
      `共用先の事業所「${partner.code} ${partner.officeName}」から、同じ内容の共用(${change.action})の申込がありません。共用の${change.action}には、共用するすべての事業所からの申込が必要です。共用先の事業所で、共用先に貴事業所「${code}」を指定して申込を行った上で、修正入力をお願いします。`,
    );
  return problems;
}

/**
 * 共用 among the その他の契約変更 (others.ts): its effect. Its checks read the other
 * office's applications, so the kind runs them (kinds/contract-change/other.ts).
 */
export const SHARE_RULES: OtherChangeRules = {
  effect: (payload, rows) => (payload.share ? { terminals: shareEffect(payload.share, rows.office.code, rows.companyTerminals ?? rows.terminals) } : {}),
};

/**
 * On the 利用開始日: each named terminal shared (追加) or no longer shared (解除) between
 * the two offices. The same for both applications: the second finds it done.
 */
export function shareEffect(change: ShareChange, officeCode: string, terminals: readonly Terminal[]): Terminal[] {
  const edits: Terminal[] = [];
  for (const name of change.terminals) {
    const t = terminals.find((x) => x.name === name && !x.endDate && (x.officeCode === officeCode || x.officeCode === change.partner));
    if (!t) continue;
    const other = t.officeCode === officeCode ? change.partner : officeCode;
    const now = sharedWith(t);
    const next = change.action === '追加' ? [...new Set([...now, other])] : now.filter((o) => o !== other);
    if (next.length === now.length && next.every((o) => now.includes(o))) continue;
    const { sharedWith: _, ...rest } = t;
    edits.push(next.length ? { ...rest, sharedWith: next } : rest);
  }
  return edits;
}
