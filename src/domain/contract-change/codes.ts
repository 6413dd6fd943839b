// 利用者コード 入力 (seed 001 ⑥⑦, DOMAIN.md §3.2 example A): what a change application
// does to the office's 利用者コード and their 識別番号 — add a code, share another
// office's code, or change one (システム区分, 管理統計資料, 業種 of an ID, IDs added
// or abolished). Rules R8 (abolishing every ID abolishes the code), R9 (a shared
// code needs every sharing office to file), R10 (several codes in one application).
import type { Method, SystemKind, UserCode, UserId } from '../contract';
import { isIndustry } from '../system-setting/industries';
import { firstError, halfWidthDigits, required } from '../validation/rules';
import { failed, type Checked } from '../validation/schema';

/** IDs to add under a code: how many, with which 処理方式 and 業種. */
export interface IdAddition {
  method: Method;
  industries: string[];
  count: number;
}

/** A new 業種 for an existing 識別番号 (利用業種の変更). */
export interface IdIndustryChange {
  idNo: string;
  industries: string[];
}

/** What the application does to one 利用者コード (one row group of 申込情報). */
export interface CodeChange {
  userCode: string;
  /** 追加: a new code of this office; 共用: another office's code this office will use too; 変更: a code of the contract */
  action: '追加' | '共用' | '変更';
  systemKind: SystemKind;
  statsPaid: boolean;
  statsFree: boolean;
  bondedRetention: boolean;
  additions: IdAddition[];
  industryChanges: IdIndustryChange[];
  /** 識別番号 abolished (識別番号の廃止) */
  abolished: string[];
  /** R8: every 識別番号 the office holds under the code is abolished, so the code goes too (as the screen said) */
  endsCode: boolean;
}

export const MAX_IDS_PER_ADDITION = 99;

/** 処理方式 a 識別番号 may be added with, as the screens name them (SMTP双方向 gives Y-識別番号). */
export const ADDABLE_METHODS: readonly Method[] = ['インタ', 'net', 'SMTP双方向'];

/** How NSS writes a 処理方式 (one place for every screen: domain/contract.ts). */
export { METHOD_NAMES } from '../contract';

/**
 * A new 利用者コード: 5 half-width upper-case characters, 営業所コード (2) + 企業略称 (3)
 * (DOMAIN.md §2), the 企業略称 being the office's own, and not in use anywhere.
 */
export function newUserCodeProblem(code: string, companyAbbr: string, taken: (code: string) => boolean): string | undefined {
  if (code === '') return '利用者コードを入力してください。';
  if (!/^[0-9A-Z]{5}$/.test(code)) return '利用者コードは半角英大文字・数字5桁で入力してください。(例)1DNAC';
  if (!code.endsWith(companyAbbr))
    return `利用者コードは営業所コード(2桁)と企業略称(3桁)です。下3桁は企業略称「${companyAbbr}」を入力してください。`;
  if (taken(code)) return `利用者コード「${code}」は既に使用されています。別の営業所コードを指定してください。`;
  return undefined;
}

/**
 * 他事業所の利用者コードを共用する: the code exists, belongs to another office of the
 * same company (企業略称), and is not this office's already.
 */
export function shareProblem(code: string, officeCode: string, companyAbbr: string, found: UserCode | undefined): string | undefined {
  if (code === '') return '共用する利用者コードを入力してください。';
  if (!/^[0-9A-Z]{5}$/.test(code)) return '利用者コードは半角英大文字・数字5桁で入力してください。';
  if (!found || found.endDate) return `利用者コード「${code}」は登録されていません。`;
  if (found.officeCodes.includes(officeCode)) return `利用者コード「${code}」はこの事業所で既に利用しています。「変更」ボタンから変更してください。`;
  if (!code.endsWith(companyAbbr)) return `利用者コード「${code}」は他の企業の利用者コードのため、共用の申込はできません。`;
  return undefined;
}

export type AdditionField = 'method' | 'industries' | 'count';

/** 識別番号の追加: 処理方式, 業種 (one or more) and how many (1–99). */
export function checkAddition(input: { method: string; industries: readonly string[]; count: string }): Checked<IdAddition, AdditionField> {
  const countError = firstError(input.count, [required('識別番号数'), halfWidthDigits('識別番号数')]);
  const count = Number(input.count);
  const errors = {
    method: (ADDABLE_METHODS as readonly string[]).includes(input.method) ? undefined : '処理方式を選択してください。',
    industries:
      input.industries.length === 0
        ? '業種を1つ以上選択してください。'
        : input.industries.every(isIndustry)
          ? undefined
          : '業種を一覧から選択してください。',
    count:
      countError ??
      (count < 1 || count > MAX_IDS_PER_ADDITION ? `識別番号数は1から${MAX_IDS_PER_ADDITION}までの数を入力してください。` : undefined),
  };
  if (errors.method || errors.industries || errors.count) return failed(errors);
  return { ok: true, value: { method: input.method as Method, industries: [...input.industries], count } };
}

/** The 識別番号 of the code this office holds (the ones it may change or abolish). */
export function officeIdsOf(code: string, officeCode: string, ids: readonly UserId[]): UserId[] {
  return ids.filter((i) => i.userCode === code && i.officeCode === officeCode && !i.endDate);
}

/** R8: every 識別番号 the office holds under the code is abolished and none is added: the code goes (for this office). */
export function abolishesCode(change: Pick<CodeChange, 'action' | 'additions' | 'abolished'>, officeIds: readonly UserId[]): boolean {
  return (
    change.action === '変更' &&
    change.additions.length === 0 &&
    officeIds.length > 0 &&
    officeIds.every((i) => change.abolished.includes(i.idNo))
  );
}

export const R8_TEXT = '「利用者コード」を廃止する場合は、利用者コードに紐づく全ての識別番号の廃止申込が必要となります。';
export function r8Notice(code: string): string {
  return `利用者コード「${code}」のすべての識別番号を廃止するため、利用者コード「${code}」も廃止となります。`;
}
export const R9_TEXT =
  '他事業所と共用が「あり」の場合、当該利用者コード(=5ケタ)を他の事業所において使用しているため、対象のすべての事業所から廃止申込が必要です。※自社システム接続をされており、自社システム用識別をお持ちのお客様も対象です。';

/** Whether the change does anything at all compared with the code as the contract holds it. */
export function changesSomething(change: CodeChange, current: UserCode | undefined): boolean {
  if (change.action !== '変更' || !current) return true;
  return (
    change.additions.length > 0 ||
    change.industryChanges.length > 0 ||
    change.abolished.length > 0 ||
    change.systemKind !== current.systemKind ||
    change.statsPaid !== current.statsPaid ||
    change.statsFree !== current.statsFree ||
    change.bondedRetention !== current.bondedRetention
  );
}

/** 保税管理資料保存サービス 要 needs 管理統計資料(有料分) 要 and an eligible 業種 (DOMAIN.md §7.2). */
export const RETENTION_INDUSTRIES: readonly string[] = ['CY', '保税蔵置場', '航空会社', '機用品業'];
export function retentionProblem(change: Pick<CodeChange, 'statsPaid' | 'bondedRetention'>, industries: readonly string[]): string | undefined {
  if (!change.bondedRetention) return undefined;
  if (!change.statsPaid) return '保税管理資料保存サービスを「要」とする場合は、管理統計資料(有料分)も「要」としてください。';
  if (!industries.some((i) => RETENTION_INDUSTRIES.includes(i)))
    return '保税管理資料保存サービスは、業種がCY、保税蔵置場、航空会社、機用品業の利用者コードのみ利用できます。';
  return undefined;
}

/** One row of the 申込情報 table (seed 001 ⑥): what happens to an ID or a group of new IDs. */
export interface ApplicationRow {
  action: '追加' | '変更' | '廃止';
  systemKind: SystemKind;
  industries: string;
  method: string;
  userCode: string;
  idNo: string;
  /** 追加(数) */
  count: string;
  statsPaid: boolean;
  statsFree: boolean;
  bondedRetention: boolean;
  shared: boolean;
}

/** The 申込情報 rows of one code's change, against the IDs the office holds. */
export function applicationRows(change: CodeChange, officeIds: readonly UserId[], sharedWithOthers: boolean): ApplicationRow[] {
  const base = {
    systemKind: change.systemKind,
    userCode: change.userCode,
    statsPaid: change.statsPaid,
    statsFree: change.statsFree,
    bondedRetention: change.bondedRetention,
    shared: sharedWithOthers || change.action === '共用',
  };
  const byIdNo = new Map(officeIds.map((i) => [i.idNo, i]));
  const rows: ApplicationRow[] = [];
  for (const idNo of change.abolished) {
    const id = byIdNo.get(idNo);
    rows.push({ ...base, action: '廃止', industries: id?.industries.join(' ') ?? '', method: id?.method ?? '', idNo, count: '' });
  }
  for (const c of change.industryChanges) {
    const id = byIdNo.get(c.idNo);
    rows.push({ ...base, action: '変更', industries: c.industries.join(' '), method: id?.method ?? '', idNo: c.idNo, count: '' });
  }
  for (const a of change.additions) {
    rows.push({ ...base, action: '追加', industries: a.industries.join(' '), method: a.method, idNo: '', count: String(a.count) });
  }
  if (rows.length === 0) rows.push({ ...base, action: '変更', industries: '', method: '', idNo: '', count: '' });
  return rows;
}

/** How many 識別番号 the change adds. */
export function addedIdCount(change: Pick<CodeChange, 'additions'>): number {
  return change.additions.reduce((n, a) => n + a.count, 0);
}

export const NO_CODE_CHANGE_TEXT =
  '契約情報の利用者コードの「変更」ボタン、または「新規に利用者コードを追加する」「他事業所の利用者コードを共用する」ボタンから変更内容を設定してください。';

/** 利用者コード 入力's 「次へ進む」: at least one code set (R10: as many as needed). */
export function checkCodesStep(codes: readonly CodeChange[]): Checked<true, 'codes'> {
  return codes.length > 0 ? { ok: true, value: true } : failed({ codes: NO_CODE_CHANGE_TEXT });
}
