// The blocks of 変更申込確認 (and the filed application's view and 申込書) for 共用,
// 共同利用, 付替 and 地位の承継: 契約情報 (the contract today, where known) beside 申込情報 (what
// the choice does), as the item blocks show them (sections.ts; listed in others.ts).
import type { Office, Terminal, UserId } from '../../domain/contract';
import { partnerLabelOf, SHARE_TEXTS, type ShareChange, type ShareKind } from '../../domain/contract-change/share';
import { JOINT_NEW_RECEIPT_LABEL, type JointNewChange } from '../../domain/contract-change/joint-new';
import { successionRows, type SuccessionChange } from '../../domain/contract-change/succession';
import { codesLeft, officeLabel, TRANSFER_TO_LABEL, type TransferChange } from '../../domain/contract-change/transfer';
import type { ConfirmSection, SectionContent, SectionTable } from '../../domain/sections';
import type { ChangeContent } from './sections';
import { fieldId, JOINT_NEW_IDS, shareIdsOf, TRANSFER_IDS, type ContractChangeState, type StepId } from './state';
import { sharedWithCell, TERMINAL_COLUMNS, terminalCells } from './terminal-row';

interface Known {
  office?: Office;
  userIds?: readonly UserId[];
  terminals?: readonly Terminal[];
  companyOffices?: readonly Office[];
  officeCode: string;
}

const pair = (before: SectionTable | undefined, after: SectionTable): SectionContent =>
  before ? { type: 'beforeAfter', before, after } : { type: 'table', ...after };

function shareSection(kind: ShareKind, change: ShareChange, k: Known): ConfirmSection<StepId> {
  const w = SHARE_TEXTS[kind].word;
  const offices = k.companyOffices ?? [];
  const named = (k.terminals ?? []).filter((t) => change.terminals.includes(t.name) && !t.endDate);
  const before: SectionTable | undefined = k.terminals && {
    columns: ['事業所', ...TERMINAL_COLUMNS, '他事業所と共用'],
    rows: named.map((t) => [officeLabel(t.officeCode, offices), ...terminalCells(t), sharedWithCell(t)]),
    empty: `貴事業所の論理端末はありません(${w}先の事業所の論理端末です)。`,
  };
  const after: SectionTable = {
    columns: ['申込内容', partnerLabelOf(kind), '論理端末名'],
    rows: change.terminals.map((name) => [`${w}${change.action}`, officeLabel(change.partner, offices), name]),
  };
  const note: SectionContent = {
    type: 'rows',
    rows: [{ label: `${w}先の事業所の申込`, value: `${w}先の事業所「${officeLabel(change.partner, offices)}」からも、${w}先に貴事業所を指定した同じ内容の申込が必要です。` }],
  };
  return { id: kind, title: `${w}情報`, backTo: kind, content: [pair(before, after), note] };
}

function jointNewSection(change: JointNewChange, k: Known): ConfirmSection<StepId> {
  const named = (k.terminals ?? []).filter((t) => change.terminals.includes(t.name) && !t.endDate && t.officeCode === k.officeCode);
  const before: SectionTable | undefined = k.terminals && {
    columns: [...TERMINAL_COLUMNS, '他事業所と共用'],
    rows: named.map((t) => [...terminalCells(t), sharedWithCell(t)]),
  };
  const after: SectionTable = {
    columns: ['申込内容', JOINT_NEW_RECEIPT_LABEL, '論理端末名'],
    rows: change.terminals.map((name) => [`共同利用${change.action}`, change.receiptNo, name]),
  };
  const note: SectionContent = {
    type: 'rows',
    rows: [
      {
        label: '新規事業所の申込',
        value: `申込受付番号「${change.receiptNo}」の新規申込で、「機器共用・共同利用、回線付替を別途申込、または自社システムを利用します。」を選択し、その審査が終了している必要があります。新規事業所は、その利用開始日から論理端末を共同利用します。`,
      },
    ],
  };
  return { id: 'jointUseNewOffice', title: '共同利用(新規事業所)情報', backTo: 'jointUseNewOffice', content: [pair(before, after), note] };
}

function transferSection(change: TransferChange, k: Known): ConfirmSection<StepId> {
  const offices = k.companyOffices ?? [];
  const to = officeLabel(change.to, offices);
  const ids = (k.userIds ?? []).filter((i) => change.userIds.includes(i.id));
  const terminals = (k.terminals ?? []).filter((t) => change.terminals.includes(t.name));
  const content: SectionContent[] = [
    { type: 'rows', rows: [{ label: TRANSFER_TO_LABEL, value: to }] },
  ];
  if (change.userIds.length)
    content.push(
      pair(
        k.userIds && { columns: ['業種', '処理方式', '利用者コード', '識別番号'], rows: ids.map((i) => [i.industries.join(' '), i.method, i.userCode, i.idNo]) },
        { columns: ['申込内容', '利用者コード', '識別番号', TRANSFER_TO_LABEL], rows: change.userIds.map((id) => ['付替', id.slice(0, 5), id.slice(5), to]) },
      ),
    );
  if (change.terminals.length)
    content.push(
      pair(
        k.terminals && { columns: TERMINAL_COLUMNS, rows: terminals.map(terminalCells) },
        { columns: ['申込内容', '論理端末名', TRANSFER_TO_LABEL], rows: change.terminals.map((name) => ['付替', name, to]) },
      ),
    );
  const left = k.userIds ? codesLeft(change, k.officeCode, k.userIds) : [];
  if (left.length)
    content.push({
      type: 'rows',
      rows: [{ label: '利用者コード', value: `${left.join('、')}(貴事業所の識別番号がすべて移動するため、利用開始日から貴事業所では利用しません。)` }],
    });
  return { id: 'transfer', title: '登録情報の移動(付替)情報', backTo: 'transfer', content };
}

function successionSection(change: SuccessionChange, k: Known): ConfirmSection<StepId> {
  const rows = successionRows(change, k.office);
  const before: SectionTable | undefined = k.office && { columns: ['項目', '内容'], rows: rows.map((r) => [r.label, r.before]) };
  const after: SectionTable = {
    columns: ['申込内容', '項目', '内容'],
    rows: rows.filter((r) => !k.office || r.after !== r.before).map((r) => ['承継', r.label, r.after]),
  };
  return { id: 'succession', title: '地位の承継情報', backTo: 'succession', content: [pair(before, after)] };
}

/** What the blocks know of the office: its contract where given (変更申込確認), else its code alone. */
export function known(c: ChangeContent): Known {
  return {
    office: c.contract?.office,
    userIds: c.contract?.userIds,
    terminals: c.contract?.terminals,
    companyOffices: c.companyOffices,
    officeCode: c.officeCode,
  };
}

export const shareSections = (kind: ShareKind, change: ShareChange | undefined, k: Known) => (change ? [shareSection(kind, change, k)] : []);
export const jointNewSections = (change: JointNewChange | undefined, k: Known) => (change ? [jointNewSection(change, k)] : []);
export const transferSections = (change: TransferChange | undefined, k: Known) => (change ? [transferSection(change, k)] : []);
export const successionSections = (change: SuccessionChange | undefined, k: Known) => (change ? [successionSection(change, k)] : []);

// ---------------------------------------------------------------------------
// A 修正: each screen's fields from what was filed (`state.others` holds the part already).

export const restoreShare = (kind: ShareKind) => (change: ShareChange, state: ContractChangeState) => {
  const ids = shareIdsOf(kind);
  Object.assign(state.raw, { [ids.action]: change.action, [ids.partner]: change.partner, [ids.terminals]: change.terminals.join('\n') });
};

export function restoreJointNew(change: JointNewChange, state: ContractChangeState) {
  Object.assign(state.raw, {
    [JOINT_NEW_IDS.action]: change.action,
    [JOINT_NEW_IDS.receiptNo]: change.receiptNo,
    [JOINT_NEW_IDS.terminals]: change.terminals.join('\n'),
  });
}

export function restoreTransfer(change: TransferChange, state: ContractChangeState) {
  Object.assign(state.raw, {
    [TRANSFER_IDS.to]: change.to,
    [TRANSFER_IDS.userIds]: change.userIds.join('\n'),
    [TRANSFER_IDS.terminals]: change.terminals.join('\n'),
  });
}

export function restoreSuccession(change: SuccessionChange, state: ContractChangeState) {
  for (const [field, value] of Object.entries(change)) state.raw[fieldId('succession', field)] = value;
}
