// 変更内容入力 (seeds 001, 002; DOMAIN.md §3.2): the boxes of 「契約変更に関する項目」
// in their eight groups, the choices of 「その他の契約変更」, and the rules that
// bind them: R1 (not both), R2 (a relocation changes the line too), R3 (the first
// netNACCS of an office also ticks 識別番号 and 料金プラン).
import type { IsoDate } from '../time';
import { checkStartDate, START_DATE_LABEL } from '../validation/start-date';
import { desiredDateLabel } from '../texts/kinds';
import { OTHER_CHANGE_RULES } from './others';
import { failed, type Checked } from '../validation/schema';

export const CHANGE_ITEMS = [
  { id: 'company', group: 'office', label: '企業名、事業所名、所在地等' },
  { id: 'contractor', group: 'office', label: '契約者名、契約者の役職' },
  { id: 'headOffice', group: 'office', label: '本社情報(所在地、電話番号等)' },
  { id: 'admin', group: 'office', label: 'システム管理責任者の情報(電話番号、緊急連絡用FAX番号)' },
  { id: 'industry', group: 'codes', label: '利用業種(追加・変更・削除)' },
  { id: 'userCode', group: 'codes', label: '利用者コード(追加・変更・削除)' },
  { id: 'idNo', group: 'codes', label: '識別番号(追加・削除)' },
  { id: 'netTerminal', group: 'net', label: 'netNACCS端末の登録情報(追加・変更・削除)' },
  { id: 'line', group: 'general', label: '一般NACCS回線の登録情報(追加・変更・廃止)' },
  { id: 'generalTerminal', group: 'general', label: '一般NACCS端末の登録情報(追加・変更・削除)' },
  { id: 'mailbox', group: 'general', label: '一般NACCSのメールボックス数(追加・廃止)' },
  { id: 'plan', group: 'plan', label: '料金プラン(AプランまたはBプランの選択)' },
  { id: 'stats', group: 'stats', label: '管理統計資料(有料分・無料分)' },
  { id: 'retention', group: 'retention', label: '保税管理資料保存サービス(要・不要)' },
  { id: 'billingAddress', group: 'billing', label: '請求書送付先' },
  { id: 'billingContact', group: 'billing', label: '請求先担当者' },
  { id: 'payment', group: 'billing', label: '支払の方法(口座振替・銀行振込)' },
] as const;

export type ChangeItemId = (typeof CHANGE_ITEMS)[number]['id'];
export type ChangeGroupId = (typeof CHANGE_ITEMS)[number]['group'];

/** The row labels of 「契約変更に関する項目」, in order (S2). */
export const CHANGE_GROUPS: readonly { id: ChangeGroupId; label: string }[] = [
  { id: 'office', label: '本社・事業所の変更' },
  { id: 'codes', label: '利用業種・利用者コード等の変更' },
  { id: 'net', label: '端末の変更 (netNACCS)' },
  { id: 'general', label: '回線・端末等の変更 (一般NACCS)' },
  { id: 'plan', label: '料金プランの変更' },
  { id: 'stats', label: '管理統計資料の変更' },
  { id: 'retention', label: '保税管理資料保存サービスの変更' },
  { id: 'billing', label: '請求先の変更' },
];

export const OTHER_CHANGES = [
  { id: 'share', label: '共用(追加・解除)' },
  { id: 'jointUse', label: '共同利用(追加・解除)' },
  { id: 'jointUseNewOffice', label: '共同利用(新規事業所)' },
  { id: 'transfer', label: '事業所間の登録情報の移動(付替)' },
  { id: 'succession', label: '地位の承継' },
  { id: 'termination', label: '契約解除、事業所廃止' },
] as const;

export type OtherChangeId = (typeof OTHER_CHANGES)[number]['id'];

export function itemLabel(id: ChangeItemId): string {
  return CHANGE_ITEMS.find((i) => i.id === id)!.label;
}

export function otherLabel(id: OtherChangeId): string {
  return OTHER_CHANGES.find((o) => o.id === id)!.label;
}

export function isChangeItem(value: string): value is ChangeItemId {
  return CHANGE_ITEMS.some((i) => i.id === value);
}

export function isOtherChange(value: string): value is OtherChangeId {
  return OTHER_CHANGES.some((o) => o.id === value);
}

export { CODE_ITEMS } from './code-items';

// ---------------------------------------------------------------------------
// Rules of 変更内容入力 (seed texts).

/** R1: 「上記の変更と下記の「その他の契約変更」とを、同時に行うことはできません。…」 */
export const R1_TEXT =
  '上記の変更と下記の「その他の契約変更」とを、同時に行うことはできません。両方の変更を行いたい場合は、再度変更申込を行っていただきます。';
/** R2 as the screen says it. */
export const R2_TEXT = '回線を利用している事業所が移転する場合は、「一般NACCS回線の登録情報」も選択し、回線設置場所も変更してください。';
/** R3 as the screen says it (S2). */
export const R3_TEXT = '当該事業所で初めてnetNACCSをお申込み頂く際には、「識別番号」と「料金プラン」も同時にチェックして下さい。';
export const MULTI_SELECT_TEXT = '枠内の申込については、複数選択が可能です';

export interface ItemSelection {
  items: readonly ChangeItemId[];
  /** 「その他の契約変更」: undefined for なし */
  other?: OtherChangeId;
}

export interface OfficeFacts {
  /** the office has a netNACCS 利用者ID or terminal today */
  hasNetNaccs: boolean;
}

export const NOTHING_TICKED_TEXT = '変更申込を行う項目を選択するか、「その他の契約変更」の内容を選択してください。';

/**
 * The problems of a selection, each a message in the seeds' voice (empty: it may
 * go on). R2 needs the new address, so it is checked where the address is entered.
 */
export function selectionProblems(selection: ItemSelection, office: OfficeFacts): string[] {
  const problems: string[] = [];
  const ticked = (id: ChangeItemId) => selection.items.includes(id);
  if (selection.items.length === 0 && !selection.other) problems.push(NOTHING_TICKED_TEXT);
  if (selection.items.length > 0 && selection.other) problems.push(R1_TEXT);
  if (ticked('netTerminal') && !office.hasNetNaccs && !(ticked('idNo') && ticked('plan'))) problems.push(R3_TEXT);
  return problems;
}

export interface ItemsInput {
  /** the boxes ticked */
  items: readonly string[];
  /** その他の契約変更: 'あり' | 'なし' | '' */
  otherChoice: string;
  /** its 内容 */
  otherKind: string;
  startDate: string;
}

export type ItemsField = 'items' | 'otherChoice' | 'otherKind' | 'startDate';

export interface Selected {
  items: ChangeItemId[];
  other?: OtherChangeId;
  startDate: IsoDate;
}

/** What the wish is called: 利用開始希望日, or the choice's (a 解約: 契約満了希望日, DOMAIN.md §3.3). */
export function wishLabelOf(other: OtherChangeId | undefined): string {
  const dateLabel = other ? OTHER_CHANGE_RULES[other]?.dateLabel : undefined;
  return dateLabel ? desiredDateLabel(dateLabel) : START_DATE_LABEL;
}

/**
 * 「申込担当者の入力へ進む」 of 変更内容入力: items or one その他の契約変更 (not both, R1),
 * R3, and a 利用開始希望日.
 */
export function checkItemsStep(input: ItemsInput, office: OfficeFacts, today: IsoDate): Checked<Selected, ItemsField> {
  const items = CHANGE_ITEMS.map((i) => i.id).filter((id) => input.items.includes(id));
  const other = input.otherChoice === 'あり' && isOtherChange(input.otherKind) ? input.otherKind : undefined;
  const errors: Partial<Record<ItemsField, string>> = {};
  if (input.otherChoice !== 'あり' && input.otherChoice !== 'なし') errors.otherChoice = '「その他の契約変更」の「あり」または「なし」を選択してください。';
  else if (input.otherChoice === 'あり' && !other) errors.otherKind = '「その他の契約変更」の内容を選択してください。';
  if (!errors.items && !errors.otherKind && !errors.otherChoice) {
    const problems = selectionProblems({ items, other }, office);
    if (problems.length) errors.items = problems[0];
  }
  const date = checkStartDate(input.startDate, today, wishLabelOf(other));
  if (date.error !== undefined) errors.startDate = date.error;
  if (Object.keys(errors).length || date.error !== undefined) return failed(errors);
  return { ok: true, value: { items, ...(other ? { other } : {}), startDate: date.date } };
}
