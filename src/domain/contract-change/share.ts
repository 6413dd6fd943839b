// その他の契約変更 「共用(追加・解除)」 (FAQ: 機器共用(追加・解除)) and 「共同利用(追加・解除)」
// (DOMAIN.md §3.2; the seeds show no screen: docs/contract-change.md). Two offices use
// one piece of equipment — in this simulator a netNACCS/webNACCS/ebMS 論理端末 — or
// stop doing so: 共用 between offices of the same company (same 企業略称), 共同利用
// between offices of different companies. Sharing a 利用者コード is done in 利用者コード
// 入力 (seed 001's 「他事業所の利用者コードを共用する」), so it is neither choice. Both
// offices file the same application, each naming the other; the center asks the
// first one to wait (確認依頼) while the other office has not filed. On the 利用開始日
// both contracts show the terminal (the owner's 論理端末 with 他事業所と共用, the
// partner's with the owner's 事業所コード).
import * as v from 'valibot';
import { JOINT_USE_TITLE, SHARE_TITLE } from './item-titles';
export { JOINT_USE_TITLE, SHARE_TITLE };
export { sharedWith } from '../terminal-sharing';
import type { Office, Terminal } from '../contract';
import { sharedOnlyWith, sharedWith } from '../terminal-sharing';
import { failed, type Checked } from '../validation/schema';
import type { OtherChangeRules } from './others';

/** The two choices that share a terminal: 共用 (same company) and 共同利用 (another company). */
export type ShareKind = 'share' | 'jointUse';

/** Each choice's words: the screens and the center's messages are the same with 共用 or 共同利用. */
export const SHARE_TEXTS = {
  share: {
    word: '共用',
    title: SHARE_TITLE,
    lead: '同じ企業の他の事業所と論理端末を共用する場合、または共用を解除する場合に入力してください。共用の追加・解除には、共用するすべての事業所からの申込が必要です。共用先の事業所でも、同じ内容(共用先に貴事業所を指定)で申込を行ってください。',
    noPartner: '同じ企業略称の他の事業所がないため、共用の申込はできません。',
  },
  jointUse: {
    word: '共同利用',
    title: JOINT_USE_TITLE,
    lead: '他の企業の事業所と論理端末を共同利用する場合、または共同利用を解除する場合に入力してください。共同利用の追加・解除には、共同利用するすべての事業所からの申込が必要です。共同利用先の事業所でも、同じ内容(共同利用先に貴事業所を指定)で申込を行ってください。同じ企業の事業所とは「共用」でお申込みください。',
    noPartner: '共同利用できる他の企業の事業所がありません。',
  },
} as const;

const W = (kind: ShareKind) => SHARE_TEXTS[kind].word;
export const sectionOf = (kind: ShareKind) => `${W(kind)}に関する項目`;
export const actionLabelOf = (kind: ShareKind) => `${W(kind)}の区分`;
export const partnerLabelOf = (kind: ShareKind) => `${W(kind)}先の事業所`;

export type ShareAction = '追加' | '解除';
export const SHARE_ACTIONS: readonly ShareAction[] = ['追加', '解除'];

export interface ShareChange {
  action: ShareAction;
  /** 共用先 / 共同利用先の事業所コード: the other office */
  partner: string;
  /** 論理端末名: of this office or of the partner */
  terminals: string[];
}

export const shareChangeSchema = v.object({
  action: v.picklist(SHARE_ACTIONS),
  partner: v.pipe(v.string(), v.regex(/^[0-9A-Z]{6}$/, '事業所コードは半角英数字6桁です。')),
  terminals: v.pipe(v.array(v.pipe(v.string(), v.maxLength(20))), v.minLength(1)),
}) satisfies v.GenericSchema<unknown, ShareChange>;

export const actionRequiredText = (kind: ShareKind) => `${actionLabelOf(kind)}(追加・解除)を選択してください。`;
export const partnerRequiredText = (kind: ShareKind) => `${partnerLabelOf(kind)}を選択してください。`;
export const noTerminalText = (kind: ShareKind, action: ShareAction) =>
  action === '追加' ? `${W(kind)}する論理端末を1つ以上選択してください。` : `${W(kind)}を解除する論理端末を1つ以上選択してください。`;


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

/** Whether an office may be the partner: 共用 the company's others, 共同利用 another company's; its contract not ended (解約). */
export const isPartner = (kind: ShareKind, office: Office, o: Office) =>
  o.code !== office.code && (kind === 'share') === (o.companyAbbr === office.companyAbbr) && !o.terminatedOn;

/** The offices the office may choose: 共用 among `offices` of the company, 共同利用 among those of other companies. */
export const sharePartners = (kind: ShareKind, office: Office, offices: readonly Office[]) => offices.filter((o) => isPartner(kind, office, o));

export type ShareField = 'action' | 'partner' | 'terminals';

/** 「次へ進む」 of 共用 入力 / 共同利用 入力. `offices` are those it may choose from; `terminals` those of both offices at least. */
export function checkShare(
  kind: ShareKind,
  input: { action: string; partner: string; terminals: readonly string[] },
  ctx: { office: Office; offices: readonly Office[]; terminals: readonly Terminal[] },
): Checked<ShareChange, ShareField> {
  const errors: Partial<Record<ShareField, string>> = {};
  const action = SHARE_ACTIONS.find((a) => a === input.action);
  const partners = sharePartners(kind, ctx.office, ctx.offices);
  if (!action) errors.action = actionRequiredText(kind);
  if (partners.length === 0) errors.partner = SHARE_TEXTS[kind].noPartner;
  else if (!partners.some((o) => o.code === input.partner)) errors.partner = partnerRequiredText(kind);
  const names =
    action && !errors.partner ? shareCandidates(action, ctx.office.code, input.partner, ctx.terminals).map((t) => t.name) : [];
  const terminals = names.filter((n) => input.terminals.includes(n));
  if (action && !errors.partner && terminals.length === 0) errors.terminals = noTerminalText(kind, action);
  if (Object.keys(errors).length || !action) return failed(errors);
  return { ok: true, value: { action, partner: input.partner, terminals } };
}

const ASK = '内容を確認頂き修正入力をお願いします。';

/** What the center knows of the partner's applications: those of the same choice still alive (filed, not 取下げ / 無効). */
export interface PartnerFiling {
  receiptNo: string;
  change: ShareChange;
}

/** The partner filed the same change, naming this office. */
export function matches(mine: ShareChange, officeCode: string, theirs: ShareChange): boolean {
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
  return theirs.action === mine.action && theirs.partner === officeCode && same(theirs.terminals, mine.terminals);
}

/**
 * The center's checks on the day of the review, each failure one paragraph of a 確認依頼.
 * `partner` is the named office as the store holds it; `terminals` those of both offices.
 */
export function shareProblems(
  kind: ShareKind,
  change: ShareChange,
  input: { office: Office; partner: Office | undefined; terminals: readonly Terminal[]; partnerFilings: readonly PartnerFiling[] },
): string[] {
  const w = W(kind);
  const code = input.office.code;
  const partner = input.partner;
  if (!partner || partner.code === code || (kind === 'share') !== (partner.companyAbbr === input.office.companyAbbr))
    return [
      kind === 'share'
        ? `共用先の事業所「${change.partner}」は貴社(企業略称「${input.office.companyAbbr}」)の事業所ではありません。${ASK}`
        : `共同利用先の事業所「${change.partner}」は他の企業の事業所ではありません。同じ企業の事業所とは「共用」でお申込みください。${ASK}`,
    ];
  if (partner.terminatedOn) return [`${w}先の事業所「${partner.code} ${partner.officeName}」は契約が解除されています。${ASK}`];
  const problems: string[] = [];
  for (const name of change.terminals) {
    const t = input.terminals.find((x) => x.name === name && !x.endDate && (x.officeCode === code || x.officeCode === partner.code));
    if (!t) problems.push(`論理端末「${name}」は貴事業所及び${w}先の事業所のご契約にありません。${ASK}`);
    else if (change.action === '追加' && sharedBetween(t, code, partner.code))
      problems.push(`論理端末「${name}」は既に${w}先の事業所と${w}しています。${ASK}`);
    else if (change.action === '解除' && !sharedBetween(t, code, partner.code))
      problems.push(`論理端末「${name}」は${w}先の事業所と${w}していません。${ASK}`);
  }
  if (!input.partnerFilings.some((f) => matches(change, code, f.change)))
    problems.push(
      `${w}先の事業所「${partner.code} ${partner.officeName}」から、同じ内容の${w}(${change.action})の申込がありません。${w}の${change.action}には、${w}するすべての事業所からの申込が必要です。${w}先の事業所で、${w}先に貴事業所「${code}」を指定して申込を行った上で、修正入力をお願いします。`,
    );
  return problems;
}

/**
 * 共用 and 共同利用 among the その他の契約変更 (others.ts): their effect. Their checks read
 * the other office's applications, so the kind runs them (kinds/contract-change/other.ts).
 */
const shareRules = (kind: ShareKind): OtherChangeRules => ({
  effect: (payload, rows) => {
    const change = payload[kind];
    return change ? { terminals: shareEffect(change, rows.office.code, rows.partnerTerminals ?? rows.terminals) } : {};
  },
});
export const SHARE_RULES = shareRules('share');
export const JOINT_USE_RULES = shareRules('jointUse');

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
    edits.push(sharedOnlyWith(t, next));
  }
  return edits;
}

