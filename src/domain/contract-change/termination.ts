// 契約解除、事業所廃止 (解約申込; DOMAIN.md §3.3): a 変更申込 whose その他の契約変更 is
// 契約解除、事業所廃止. The seeds show no screen after the choice (docs/contract-change.md,
// 「契約解除、事業所廃止」): its wish is the 契約満了希望日, it gives a 解約理由, and from the
// 契約満了日 the office's contract has ended: its 利用者コード (a shared one loses this
// office only), 利用者ID, terminals, lines and mailboxes end the day before, and a login
// with its 事業所コード is refused.
import * as v from 'valibot';
import type { Application } from '../application';
import type { Office } from '../contract';
import type { ContractEdits, ContractRows } from './effect';
import { addDays, type IsoDate } from '../time';
import { firstError, freeText, maxChars } from '../validation/rules';
import { failed, type Checked } from '../validation/schema';
import type { OtherChangeRules } from './others';
import { sharedWith, withoutSharing } from '../terminal-sharing';

export const TERMINATION_REASONS = ['事業所の廃止', '他事業所への統合', 'NACCSの利用終了', 'その他'] as const;
export type TerminationReason = (typeof TERMINATION_REASONS)[number];

export const REASON_LABEL = '解約理由';
export const REASON_DETAIL_LABEL = '解約理由の詳細';
export const REASON_DETAIL_MAX = 60;
export const END_DATE_WISH_LABEL = '契約満了希望日';

/** What the 解約 files besides the choice (payload.termination). */
export const terminationSchema = v.object({
  reason: v.picklist(TERMINATION_REASONS, '解約理由を選択してください。'),
  detail: v.pipe(v.string(), v.maxLength(REASON_DETAIL_MAX * 2)),
});
export type TerminationPart = v.InferOutput<typeof terminationSchema>;

export const CONFIRM_TEXT =
  '契約満了日をもって、この事業所の利用者コード・利用者ID・論理端末・回線・メールボックスはすべて利用できなくなり、この事業所コードではNSSにログインできなくなることを確認しました。';

export interface TerminationInput {
  reason: string;
  detail: string;
  /** the trainee ticked CONFIRM_TEXT */
  confirmed: boolean;
}
export type TerminationField = 'reason' | 'detail' | 'confirmed';

/** 「次へ進む」 of 契約解除 入力. */
export function checkTermination(input: TerminationInput): Checked<TerminationPart, TerminationField> {
  const reason = (TERMINATION_REASONS as readonly string[]).includes(input.reason) ? (input.reason as TerminationReason) : undefined;
  const detail = input.detail.trim();
  const errors = {
    reason: reason ? undefined : '解約理由を選択してください。',
    detail:
      reason === 'その他' && detail === ''
        ? '解約理由で「その他」を選択した場合は、解約理由の詳細を入力してください。'
        : firstError(detail, [freeText(REASON_DETAIL_LABEL, false), maxChars(REASON_DETAIL_LABEL, REASON_DETAIL_MAX)]),
    confirmed: input.confirmed ? undefined : '契約解除の内容を確認し、確認欄にチェックを入れてください。',
  };
  if (!reason || errors.detail || errors.confirmed) return failed(errors);
  return { ok: true, value: { reason, detail } };
}

/** The office's contract as the 解約 sees it (the codes it uses, its own rows). */
export type TerminationContract = Omit<ContractRows, 'companyOffices'>;

const live = <T extends { endDate?: IsoDate }>(rows: readonly T[]) => rows.filter((r) => !r.endDate);

/**
 * What ends: codes only this office uses end; a shared code only loses this office, and
 * so does another office's 論理端末 it shares (共用 / 共同利用: `partnerTerminals` holds
 * those that name it).
 */
export function terminationTargets(contract: TerminationContract) {
  const code = contract.office.code;
  const codes = live(contract.userCodes).filter((c) => c.officeCodes.includes(code));
  return {
    endingCodes: codes.filter((c) => c.officeCodes.every((o) => o === code)),
    leavingCodes: codes.filter((c) => c.officeCodes.some((o) => o !== code)),
    userIds: live(contract.userIds).filter((i) => i.officeCode === code),
    terminals: live(contract.terminals).filter((t) => t.officeCode === code),
    leavingTerminals: live(contract.partnerTerminals ?? []).filter((t) => t.officeCode !== code && sharedWith(t).includes(code)),
    lines: live(contract.lines ?? []).filter((l) => l.officeCode === code),
    mailboxes: live(contract.mailboxes ?? []).filter((m) => m.officeCode === code),
  };
}

export type TerminationEdits = Required<Omit<ContractEdits, 'offices'>>;

/** On the 契約満了日: every row of the office ends the day before; the office is terminated from that day. */
export function terminationEffect(contract: TerminationContract, date: IsoDate): TerminationEdits {
  const lastDay = addDays(date, -1);
  const code = contract.office.code;
  const t = terminationTargets(contract);
  const end = <T extends { endDate?: IsoDate }>(row: T): T => ({ ...row, endDate: lastDay });
  return {
    office: { ...contract.office, terminatedOn: date },
    userCodes: [...t.endingCodes.map(end), ...t.leavingCodes.map((c) => ({ ...c, officeCodes: c.officeCodes.filter((o) => o !== code) }))],
    userIds: t.userIds.map(end),
    terminals: [...t.terminals.map(end), ...t.leavingTerminals.map((x) => withoutSharing(x, code))],
    lines: t.lines.map(end),
    mailboxes: t.mailboxes.map(end),
  };
}

const ASK = '内容を確認頂き修正入力をお願いします。';

/** The center's checks: the office is still under contract and has no other application under review. */
export function terminationProblems(office: Office | undefined, openApplications: readonly Application[]): string[] {
  const problems: string[] = [];
  if (office?.terminatedOn) problems.push(`事業所「${office.code}」のご契約は既に解除されています。${ASK}`);
  for (const a of openApplications)
    problems.push(
      `申込受付番号「${a.receiptNo}」の申込が審査中または利用開始前です。契約解除を申し込む場合は、その申込の利用開始を待つか、取り下げてから再度お申込みください。`,
    );
  return problems;
}

/** Its entry of others.ts's table. */
export const TERMINATION_RULES: OtherChangeRules = {
  dateLabel: '契約満了日',
  listLabel: '解約申込',
  checks: (_payload, input) => terminationProblems(input.office, input.openApplications),
  effect: (_payload, contract, date) => terminationEffect(contract, date),
  documents: ['termination-notice', 'change-form'],
};

export { contractEnded } from '../contract-end';
