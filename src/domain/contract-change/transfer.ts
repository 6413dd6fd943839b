// その他の契約変更 「事業所間の登録情報の移動(付替)」 (DOMAIN.md §3.2; the seeds show no
// screen: docs/contract-change.md): this office's 利用者ID and 論理端末 move to
// another office of the same company (same 企業略称). On the 利用開始日 they are
// the other office's: its contract lists them, this office's no longer does. A
// 利用者コード follows its IDs: the receiving office uses it from that day, and this
// office stops using it when none of its IDs stays under it (as R8).
import * as v from 'valibot';
import { TRANSFER_TITLE } from './item-titles';
export { TRANSFER_TITLE };
import type { Office, Terminal, UserCode, UserId } from '../contract';
import { failed, type Checked } from '../validation/schema';
import type { OtherChangeRules } from './others';

export interface TransferChange {
  /** 移動先の事業所コード */
  to: string;
  /** 利用者ID (利用者コード + 識別番号) moved */
  userIds: string[];
  /** 論理端末名 moved */
  terminals: string[];
}

export const transferChangeSchema = v.object({
  to: v.pipe(v.string(), v.regex(/^[0-9A-Z]{6}$/, '移動先の事業所コードは半角英数字6桁です。')),
  userIds: v.array(v.pipe(v.string(), v.regex(/^[0-9A-Z]{8}$/))),
  terminals: v.array(v.pipe(v.string(), v.maxLength(20))),
}) satisfies v.GenericSchema<unknown, TransferChange>;

export const TRANSFER_SECTION = '登録情報の移動(付替)に関する項目';
export const TRANSFER_TO_LABEL = '移動先の事業所';
export const TRANSFER_LEAD =
  '移動する利用者IDまたは論理端末を選択し、移動先の事業所を選択してください。利用開始日から、選択した利用者ID・論理端末は移動先の事業所の契約となります。';
export const NO_OTHER_OFFICE_TEXT =
  '同じ企業略称の他の事業所がないため、付替の申込はできません。他の企業への移動は「地位の承継」でお申込みください。';

export const TO_REQUIRED_TEXT = `${TRANSFER_TO_LABEL}を選択してください。`;
export const NOTHING_MOVED_TEXT = '移動する利用者IDまたは論理端末を1つ以上選択してください。';

export type TransferField = 'to' | 'moved';

/** What the office can move: its IDs and terminals in use today. */
export interface TransferContext {
  office: Office;
  /** the company's offices (this one included) */
  companyOffices: readonly Office[];
  userIds: readonly UserId[];
  terminals: readonly Terminal[];
}

/** The offices the application may move to: the company's others whose contract has not ended (解約). */
export function transferTargets(office: Office, companyOffices: readonly Office[]): Office[] {
  return companyOffices.filter((o) => o.code !== office.code && o.companyAbbr === office.companyAbbr && !o.terminatedOn);
}

export const movableIds = (officeCode: string, ids: readonly UserId[]) => ids.filter((i) => i.officeCode === officeCode && !i.endDate);
export const movableTerminals = (officeCode: string, terminals: readonly Terminal[]) =>
  terminals.filter((t) => t.officeCode === officeCode && !t.endDate);

/** 「次へ進む」 of 付替 入力: an office of the company to move to, and something to move. */
export function checkTransfer(
  input: { to: string; userIds: readonly string[]; terminals: readonly string[] },
  ctx: TransferContext,
): Checked<TransferChange, TransferField> {
  const targets = transferTargets(ctx.office, ctx.companyOffices);
  const ids = movableIds(ctx.office.code, ctx.userIds).map((i) => i.id);
  const names = movableTerminals(ctx.office.code, ctx.terminals).map((t) => t.name);
  const userIds = ids.filter((id) => input.userIds.includes(id));
  const terminals = names.filter((n) => input.terminals.includes(n));
  const errors: Partial<Record<TransferField, string>> = {};
  if (targets.length === 0) errors.to = NO_OTHER_OFFICE_TEXT;
  else if (!targets.some((o) => o.code === input.to)) errors.to = TO_REQUIRED_TEXT;
  if (userIds.length + terminals.length === 0) errors.moved = NOTHING_MOVED_TEXT;
  if (Object.keys(errors).length) return failed(errors);
  return { ok: true, value: { to: input.to, userIds, terminals } };
}

const ASK = '内容を確認頂き修正入力をお願いします。';

/** The center's checks on the day of the review: each failure one paragraph of a 確認依頼. */
export function transferProblems(
  change: TransferChange,
  input: { office: Office; companyOffices: readonly Office[]; userIds: readonly UserId[]; terminals: readonly Terminal[] },
): string[] {
  const problems: string[] = [];
  const to = input.companyOffices.find((o) => o.code === change.to);
  if (!to || to.companyAbbr !== input.office.companyAbbr)
    problems.push(`移動先の事業所「${change.to}」は貴社(企業略称「${input.office.companyAbbr}」)の事業所ではありません。${ASK}`);
  else if (to.code === input.office.code) problems.push(`移動先に貴事業所が指定されています。${ASK}`);
  else if (to.terminatedOn) problems.push(`移動先の事業所「${to.code} ${to.officeName}」は契約が解除されています。${ASK}`);
  const ids = new Set(movableIds(input.office.code, input.userIds).map((i) => i.id));
  for (const id of change.userIds) if (!ids.has(id)) problems.push(`利用者ID「${id}」は貴事業所のご契約にありません。${ASK}`);
  const names = new Set(movableTerminals(input.office.code, input.terminals).map((t) => t.name));
  for (const name of change.terminals) if (!names.has(name)) problems.push(`論理端末「${name}」は貴事業所のご契約にありません。${ASK}`);
  if (change.userIds.length + change.terminals.length === 0) problems.push(`移動する利用者ID・論理端末がありません。${ASK}`);
  return problems;
}

/**
 * The rows the move writes on the 利用開始日: each ID and terminal with its new office
 * (its row, 利用開始日 and codes unchanged), and each code of a moved ID used by the
 * receiving office and, once none of this office's IDs stays under it, no longer by this one.
 */
export function transferEffect(
  change: TransferChange,
  rows: { officeCode: string; userCodes: readonly UserCode[]; userIds: readonly UserId[]; terminals: readonly Terminal[] },
): { userCodes: UserCode[]; userIds: UserId[]; terminals: Terminal[] } {
  const from = rows.officeCode;
  const moved = movableIds(from, rows.userIds).filter((i) => change.userIds.includes(i.id));
  const userIds = moved.map((i) => ({ ...i, officeCode: change.to }));
  const terminals = movableTerminals(from, rows.terminals)
    .filter((t) => change.terminals.includes(t.name))
    .map((t) => ({ ...t, officeCode: change.to }));
  const userCodes: UserCode[] = [];
  for (const code of new Set(moved.map((i) => i.userCode))) {
    const current = rows.userCodes.find((c) => c.code === code);
    if (!current) continue;
    const stays = movableIds(from, rows.userIds).some((i) => i.userCode === code && !change.userIds.includes(i.id));
    const officeCodes = [...new Set([...current.officeCodes.filter((o) => stays || o !== from), change.to])];
    userCodes.push({ ...current, officeCodes });
  }
  return { userCodes, userIds, terminals };
}

/** 付替 among the その他の契約変更 (others.ts): its effect; the kind checks it with the company's offices (kinds/contract-change/other.ts). */
export const TRANSFER_RULES: OtherChangeRules = {
  effect: (payload, rows) =>
    payload.transfer
      ? transferEffect(payload.transfer, { officeCode: rows.office.code, userCodes: rows.userCodes, userIds: rows.userIds, terminals: rows.terminals })
      : {},
};

/** The 利用者コード this office stops using with the move (the confirmation says so). */
export function codesLeft(change: TransferChange, officeCode: string, ids: readonly UserId[]): string[] {
  const mine = movableIds(officeCode, ids);
  const codes = new Set(mine.filter((i) => change.userIds.includes(i.id)).map((i) => i.userCode));
  return [...codes].filter((code) => !mine.some((i) => i.userCode === code && !change.userIds.includes(i.id)));
}

/** How the confirmation and the detail name an office: 「NAC002 東京保税倉庫」. */
export function officeLabel(code: string, offices: readonly Office[]): string {
  const o = offices.find((x) => x.code === code);
  return o ? `${o.code} ${o.officeName}` : code;
}

