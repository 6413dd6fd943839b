// The NACCS Center's checks of a 変更申込, each failure one paragraph of a 確認依頼's
// 通知内容 in the reviewer's voice (seed 000's 「…内容を確認頂き修正入力をお願いします。」).
import type { Application } from '../application';
import { isGeneralTerminal, type Line, type Mailbox, type Office, type UserCode, type UserId, type Terminal } from '../contract';
import { BILLING_ADDRESS_ITEM, BILLING_CONTACT_ITEM } from './billing';
import { changedFields, type FieldItem } from './fields';
import { OFFICE_ITEM_IDS, OFFICE_ITEMS } from './office';
import { optionProblems } from './options';
import { abolishesCode, changesSomething, newUserCodeProblem, officeIdsOf, retentionProblem, type CodeChange } from './codes';
import { R3_TEXT } from './items';
import type { ContractChangePayload } from './payload';
import { changesTerminals } from './terminals';
import { otherRules } from './others';
import { changesGeneralTerminals } from './general-terminals';
import { lineProblems, linesLeftBehind, R2_TEXT } from './lines';
import { mailboxProblems } from './mailboxes';

export interface ChangeCheckInput {
  officeCode: string;
  companyAbbr: string;
  /** the office's codes and IDs (ended ones included) */
  userCodes: readonly UserCode[];
  userIds: readonly UserId[];
  terminals: readonly Terminal[];
  /** every 利用者コード of the company (all offices): a new code must be free, a shared one must exist */
  companyUserCodes: readonly UserCode[];
  /** the office's other open applications */
  openApplications: readonly Application[];
  /** the office as the contract holds it today (the office and 請求先 items compare with it) */
  office?: Office;
  /** the office's 一般NACCS回線 and メールボックス (ended ones included) */
  lines?: readonly Line[];
  mailboxes?: readonly Mailbox[];
}

/** The office and 請求先 items: each must still change something on the day of the review. */
function blockProblems(payload: ContractChangePayload, office: Office): string[] {
  const problems: string[] = [];
  const blocks: [FieldItem, Record<string, string> | undefined][] = [
    ...OFFICE_ITEM_IDS.map((id): [FieldItem, Record<string, string> | undefined] => [OFFICE_ITEMS[id] as FieldItem, payload[id]]),
    [BILLING_ADDRESS_ITEM as FieldItem, payload.billingAddress],
    [BILLING_CONTACT_ITEM as FieldItem, payload.billingContact],
  ];
  for (const [item, after] of blocks) {
    if (after && changedFields(item, after, item.current(office)).length === 0)
      problems.push(`「${item.section}」の申込内容が現在のご契約と同じです。${ASK}`);
  }
  if (payload.payment && payload.payment === office.billing.paymentMethod)
    problems.push(`支払の方法は既に「${payload.payment}」です。${ASK}`);
  return problems;
}

const ASK = '内容を確認頂き修正入力をお願いします。';

function codeProblems(change: CodeChange, input: ChangeCheckInput): string[] {
  const problems: string[] = [];
  const code = change.userCode;
  const current = input.userCodes.find((c) => c.code === code && !c.endDate);
  const company = input.companyUserCodes.find((c) => c.code === code);
  if (change.action === '追加') {
    const problem = newUserCodeProblem(code, input.companyAbbr, (c) => input.companyUserCodes.some((u) => u.code === c));
    if (problem) problems.push(`新規利用者コード「${code}」：${problem}`);
  } else if (change.action === '共用') {
    if (!company || company.endDate) problems.push(`共用する利用者コード「${code}」は登録されていません。${ASK}`);
    else if (company.officeCodes.includes(input.officeCode)) problems.push(`利用者コード「${code}」は貴事業所で既に利用しています。${ASK}`);
  } else if (!current) {
    problems.push(`利用者コード「${code}」は貴事業所のご契約にありません。契約内容をご確認の上、修正入力をお願いします。`);
    return problems;
  }
  const held = officeIdsOf(code, input.officeCode, input.userIds);
  for (const idNo of [...change.abolished, ...change.industryChanges.map((c) => c.idNo)]) {
    if (!held.some((i) => i.idNo === idNo)) problems.push(`利用者ID「${code}${idNo}」は貴事業所のご契約にありません。${ASK}`);
  }
  if (change.action === '変更' && !changesSomething(change, current))
    problems.push(`利用者コード「${code}」の変更内容がありません。${ASK}`);
  if ((change.action === '追加' || change.action === '共用') && change.additions.length === 0)
    problems.push(`利用者コード「${code}」に追加する識別番号がありません。識別番号の追加に関する項目を入力してください。`);
  const industries = [...(current?.industries ?? []), ...change.additions.flatMap((a) => a.industries)];
  const retention = retentionProblem(change, industries);
  if (retention) problems.push(`利用者コード「${code}」：${retention}`);
  if (change.endsCode !== abolishesCode(change, held))
    problems.push(
      change.endsCode
        ? `利用者コード「${code}」の廃止には、利用者コードに紐づく全ての識別番号の廃止が必要です。${ASK}`
        : `利用者コード「${code}」のすべての識別番号を廃止する場合は、利用者コードも廃止となります。${ASK}`,
    );
  if (change.endsCode) problems.push(...pendingIdsOf(code, input));
  return problems;
}

/** R8: a code abolished while another open application of the office still adds IDs under it. */
function pendingIdsOf(code: string, input: ChangeCheckInput): string[] {
  const adding = input.openApplications.filter((a) => {
    const p = a.payload as { rows?: { userCode: string }[]; codes?: CodeChange[] } | undefined;
    return (
      (p?.rows ?? []).some((r) => r.userCode === code) ||
      (p?.codes ?? []).some((c) => c.userCode === code && c.additions.length > 0)
    );
  });
  return adding.map(
    (a) =>
      `利用者コード「${code}」を廃止する申込ですが、申込受付番号「${a.receiptNo}」で同じ利用者コードの識別番号を追加する申込が審査中です。利用者コードを廃止する場合は、その申込を取り下げてから再度お申込みください。`,
  );
}

/** 一般NACCS回線, 端末 and メールボックス: what they change must be the office's; R2 against the contract of the day. */
function generalProblems(payload: ContractChangePayload, input: ChangeCheckInput): string[] {
  const problems: string[] = [];
  const lines = input.lines ?? [];
  if (payload.lines) problems.push(...lineProblems(payload.lines, lines, ASK));
  if (payload.generalTerminals) {
    if (!changesGeneralTerminals(payload.generalTerminals))
      problems.push(`一般NACCSの論理端末の追加数がすべて0で、区分の変更・廃止もありません。${ASK}`);
    const names = new Set(input.terminals.filter((t) => !t.endDate && isGeneralTerminal(t)).map((t) => t.name));
    for (const name of [...payload.generalTerminals.abolished, ...payload.generalTerminals.reclassed.map((r) => r.name)])
      if (!names.has(name)) problems.push(`論理端末「${name}」は貴事業所のご契約にありません。${ASK}`);
  }
  if (payload.mailboxes) problems.push(...mailboxProblems(payload.mailboxes, input.mailboxes ?? [], ASK));
  if (input.office && linesLeftBehind(payload.company, input.office, lines, payload.lines).length > 0)
    problems.push(`事業所の所在地が変更されますが、回線設置場所が変更されていません。${R2_TEXT}`);
  return problems;
}

/** Every problem of the change; empty when the reviewer would approve it. */
export function contractChangeProblems(payload: ContractChangePayload, input: ChangeCheckInput): string[] {
  const problems: string[] = [];
  const ticked = (id: string) => payload.items.includes(id as never);
  for (const change of payload.codes ?? []) problems.push(...codeProblems(change, input));
  const hasNet = input.userIds.some((i) => i.method === 'net' && !i.endDate) || input.terminals.some((t) => !t.endDate && !isGeneralTerminal(t));
  if (ticked('netTerminal') && !hasNet && !(ticked('idNo') && ticked('plan')))
    problems.push(`当該事業所で初めてnetNACCSをお申込み頂くため、「識別番号」と「料金プラン」の申込も必要です。${R3_TEXT}`);
  if (payload.terminals) {
    if (!changesTerminals(payload.terminals))
      problems.push(`論理端末の追加数がすべて0で、区分の変更・廃止もありません。${ASK}`);
    const names = new Set(input.terminals.filter((t) => !t.endDate).map((t) => t.name));
    for (const name of [...payload.terminals.abolished, ...payload.terminals.reclassed.map((r) => r.name)])
      if (!names.has(name)) problems.push(`論理端末「${name}」は貴事業所のご契約にありません。${ASK}`);
  }
  problems.push(...generalProblems(payload, input));
  if (input.office) problems.push(...blockProblems(payload, input.office));
  if (payload.options) problems.push(...optionProblems(payload.options, input.userCodes, input.userIds, input.officeCode));
  problems.push(...(otherRules(payload)?.checks?.(payload, input) ?? []));
  return [...new Set(problems)];
}

/** The 利用者コード the change adds that need a システム設定申込 (名称 and 業種) before the 利用開始日. */
export function newCodesOf(payload: ContractChangePayload): string[] {
  return (payload.codes ?? []).filter((c) => c.action === '追加').map((c) => c.userCode);
}
