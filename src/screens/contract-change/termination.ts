// 契約解除、事業所廃止: its fields, its block of 変更申込確認 and of the filed application
// (解約理由), what ends on the 契約満了日 (契約解除の対象) where the contract is known, and
// its fields as a 修正 restores them.
import type { ConfirmSection, SectionTable } from '../../domain/sections';
import { REASON_DETAIL_LABEL, REASON_LABEL, terminationTargets, type TerminationContract, type TerminationPart } from '../../domain/contract-change/termination';
import type { ContractChangeState, StepId } from './state';

export const TERMINATION_IDS = { reason: 'termination-reason', detail: 'termination-detail', confirmed: 'termination-confirmed' } as const;

const ENDS = '廃止';

/** Everything of the office that ends on the 契約満了日; a shared code only stops being this office's. */
export function terminationTargetTable(contract: TerminationContract): SectionTable {
  const t = terminationTargets(contract);
  const code = contract.office.code;
  return {
    columns: ['種別', '対象', '契約満了日以降'],
    rows: [
      ...t.endingCodes.map((c) => ['利用者コード', c.code, ENDS]),
      ...t.leavingCodes.map((c) => [
        '利用者コード',
        `${c.code}(他事業所と共用)`,
        `この事業所の利用のみ終了(${c.officeCodes.filter((o) => o !== code).join('、')}で引き続き利用)`,
      ]),
      ...t.userIds.map((i) => ['利用者ID', `${i.id}(${i.method} ${i.industries.join(' ')})`, ENDS]),
      ...t.terminals.map((x) => ['論理端末', `${x.name}(${x.systemKind} ${x.equipment})`, ENDS]),
      ...t.lines.map((l) => ['回線', `${l.kind} ${l.bandwidth}`, ENDS]),
      ...t.mailboxes.map((m) => ['メールボックス', m.name, ENDS]),
    ],
    empty: '利用中の利用者コード・利用者ID・論理端末・回線はありません。',
  };
}

export function terminationSections(part: TerminationPart | undefined, contract: TerminationContract | undefined): ConfirmSection<StepId>[] {
  if (!part) return [];
  const rows = [
    { label: REASON_LABEL, value: part.reason },
    { label: REASON_DETAIL_LABEL, value: part.detail },
  ];
  return [
    {
      id: 'termination',
      title: '契約解除情報',
      backTo: 'termination',
      content: [
        { type: 'rows', rows },
        ...(contract ? [{ type: 'table' as const, ...terminationTargetTable(contract) }] : []),
      ],
    },
  ];
}

/** A 修正: the fields as filed (the confirmation was ticked to file it). */
export function restoreTermination(part: TerminationPart, state: ContractChangeState): void {
  state.raw[TERMINATION_IDS.reason] = part.reason;
  state.raw[TERMINATION_IDS.detail] = part.detail;
  state.raw[TERMINATION_IDS.confirmed] = '1';
}
