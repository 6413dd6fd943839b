// その他の契約変更 「地位の承継」 (DOMAIN.md §3.2; the seeds show no screen:
// docs/contract-change.md): the office's contract passes to another company
// (a merger, a transfer of the business). The office keeps its 事業所コード, its
// 利用者コード, IDs and terminals; from the 利用開始日 it is the new company's:
// 企業名, 企業名(フリガナ), 企業略称, 契約者 and 本社 are the successor's. Only the filing
// office passes (each office of a company passes with its own application), so
// unlike R4 no other office changes.
import * as v from 'valibot';
import { SUCCESSION_TITLE } from './item-titles';
export { SUCCESSION_TITLE };
import type { Office } from '../contract';
import { checkFields, fieldOf, type FieldItem, type FieldValues } from './fields';
import { COMPANY_ITEM, CONTRACTOR_ITEM, HEAD_OFFICE_ITEM } from './office';
import { firstError, required, upperAlnum } from '../validation/rules';
import { failed, type Checked } from '../validation/schema';
import type { OtherChangeRules } from './others';

export type SuccessionField =
  | 'companyName'
  | 'companyNameKana'
  | 'contractorName'
  | 'contractorTitle'
  | 'postalCode'
  | 'address'
  | 'phone';

/** The successor's fields, pre-filled with the contract's (overwrite what changes). */
export const SUCCESSION_ITEM: FieldItem<SuccessionField> = {
  title: SUCCESSION_TITLE,
  block: '承継する企業に関する項目',
  section: '地位の承継',
  // the same fields as the office items' (企業情報, 契約者, 本社), for the successor
  fields: [
    fieldOf(COMPANY_ITEM, 'companyName', 'companyName', '港湾物流株式会社'),
    fieldOf(COMPANY_ITEM, 'companyNameKana', 'companyNameKana', 'コウワンブツリュウカブシキガイシャ'),
    fieldOf(CONTRACTOR_ITEM, 'name', 'contractorName'),
    fieldOf(CONTRACTOR_ITEM, 'title', 'contractorTitle'),
    fieldOf(HEAD_OFFICE_ITEM, 'postalCode', 'postalCode'),
    fieldOf(HEAD_OFFICE_ITEM, 'address', 'address'),
    fieldOf(HEAD_OFFICE_ITEM, 'phone', 'phone'),
  ],
  current: (o) => ({
    companyName: o.companyName,
    companyNameKana: o.companyNameKana,
    contractorName: o.contractor.name,
    contractorTitle: o.contractor.title,
    postalCode: o.headOffice.postalCode,
    address: o.headOffice.address,
    phone: o.headOffice.phone,
  }),
};

export const ABBR_LABEL = '企業略称';

export interface SuccessionChange extends FieldValues<SuccessionField> {
  companyAbbr: string;
}

const text = v.pipe(v.string(), v.maxLength(100));
export const successionChangeSchema = v.object({
  companyName: text,
  companyNameKana: text,
  companyAbbr: v.pipe(v.string(), v.regex(/^[0-9A-Z]{3}$/, '企業略称は半角英大文字・数字3桁です。')),
  contractorName: text,
  contractorTitle: text,
  postalCode: text,
  address: text,
  phone: text,
}) satisfies v.GenericSchema<unknown, SuccessionChange>;

export const SUCCESSION_LEAD =
  '承継する企業(承継後の契約者)の情報を入力してください。現在の契約内容が表示されていますので、変更する項目のみ上書き入力してください。事業所コード、利用者コード、利用者ID及び論理端末は、そのまま承継する企業に引き継がれます。';
export const SAME_COMPANY_TEXT =
  '企業名が現在の企業名と同じです。地位の承継では、承継する企業の企業名を入力してください。(企業名のみの変更は「企業名、事業所名、所在地等」の変更申込で行ってください。)';
export const SAME_ABBR_TEXT = '企業略称が現在の企業略称と同じです。承継する企業の企業略称を入力してください。';
export const ABBR_FORMAT_TEXT = '企業略称は半角英大文字・数字3桁で入力してください。(例)KWB';

export type SuccessionInputField = SuccessionField | 'companyAbbr';

/** 「次へ進む」 of 地位の承継 入力: a new 企業名 and 企業略称, and every changed field by its rule. */
export function checkSuccession(
  input: Readonly<Record<SuccessionInputField, string>>,
  office: Office,
): Checked<SuccessionChange, SuccessionInputField> {
  const current = SUCCESSION_ITEM.current(office);
  const errors: Partial<Record<SuccessionInputField, string>> = {};
  const fields = checkFields(SUCCESSION_ITEM, input, current);
  if (!fields.ok) Object.assign(errors, fields.errors);
  if (input.companyName === office.companyName) errors.companyName = SAME_COMPANY_TEXT;
  const abbr = input.companyAbbr ?? '';
  const abbrError =
    firstError(abbr, [required(ABBR_LABEL), upperAlnum(ABBR_LABEL)]) ?? (abbr.length !== 3 ? ABBR_FORMAT_TEXT : undefined);
  if (abbrError) errors.companyAbbr = abbrError;
  else if (abbr === office.companyAbbr) errors.companyAbbr = SAME_ABBR_TEXT;
  if (Object.keys(errors).length || !fields.ok) return failed(errors);
  return { ok: true, value: { ...fields.value, companyAbbr: abbr } };
}

const ASK = '内容を確認頂き修正入力をお願いします。';

/**
 * The center's checks: the office is not already the successor's, and a 企業略称 that
 * another company uses is that company's (the office joins it under its 企業名).
 */
export function successionProblems(change: SuccessionChange, office: Office, abbrOffices: readonly Office[]): string[] {
  const problems: string[] = [];
  if (change.companyAbbr === office.companyAbbr || change.companyName === office.companyName)
    problems.push(`承継する企業の企業名・企業略称が現在のご契約と同じです。${ASK}`);
  const holder = abbrOffices.find((o) => o.companyAbbr === change.companyAbbr && o.code !== office.code);
  if (holder && holder.companyName !== change.companyName)
    problems.push(`企業略称「${change.companyAbbr}」は「${holder.companyName}」の企業略称として登録されています。承継する企業の企業名と企業略称を確認頂き修正入力をお願いします。`);
  return problems;
}

/** On the 利用開始日 the office is the successor's. */
export function successionEffect(change: SuccessionChange, office: Office): Office {
  return {
    ...office,
    companyName: change.companyName,
    companyNameKana: change.companyNameKana,
    companyAbbr: change.companyAbbr,
    contractor: { name: change.contractorName, title: change.contractorTitle },
    headOffice: { postalCode: change.postalCode, address: change.address, phone: change.phone },
  };
}

/** 地位の承継 among the その他の契約変更 (others.ts): its effect; the kind checks the 企業略称 against the store (kinds/contract-change/other.ts). */
export const SUCCESSION_RULES: OtherChangeRules = {
  effect: (payload, rows) => (payload.succession ? { office: successionEffect(payload.succession, rows.office) } : {}),
};

/** The confirmation's and the detail's rows: 項目, 契約情報 (today) and 申込情報 (the successor). */
export function successionRows(change: SuccessionChange, office: Office | undefined): { label: string; before: string; after: string }[] {
  const current = office ? SUCCESSION_ITEM.current(office) : undefined;
  const rows = SUCCESSION_ITEM.fields.map((f) => ({ label: f.label, before: current?.[f.name] ?? '', after: change[f.name] }));
  rows.splice(2, 0, { label: ABBR_LABEL, before: office?.companyAbbr ?? '', after: change.companyAbbr });
  return rows;
}
