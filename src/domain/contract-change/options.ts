// 管理統計資料(有料分・無料分) and 保税管理資料保存サービス(要・不要) per 利用者コード
// (DOMAIN.md §7.2). Each 業種 offers some of them (the availability table); a code
// with several 業種 gets the union. 保存サービス 要 needs 有料分 要 and one of CY,
// 保税蔵置場, 航空会社, 機用品業. A code's settings are the code's: a code shared with
// another office changes for that office too.
import type { UserCode, UserId } from '../contract';
import { failed, type Checked } from '../validation/schema';
import { RETENTION_INDUSTRIES, retentionProblem } from './codes';

export interface OptionChange {
  userCode: string;
  statsPaid: boolean;
  statsFree: boolean;
  bondedRetention: boolean;
}

export type OptionFlag = 'statsPaid' | 'statsFree' | 'bondedRetention';
export const OPTION_LABELS: Record<OptionFlag, string> = {
  statsPaid: '管理統計資料(有料分)',
  statsFree: '管理統計資料(無料分)',
  bondedRetention: '保税管理資料保存サービス',
};

/** 業種 without 管理統計資料(有料分) (DOMAIN.md §7.2: 機長代行, 輸出入者(外為法関連業務利用), バンプール, 損害保険会社). */
const NO_PAID: readonly string[] = ['機長代行', '輸出入者(外為法関連業務利用)', 'バンプール', '損害保険会社'];
/** 業種 with 管理統計資料(無料分) (通関士 is a 通関業's). */
const FREE: readonly string[] = ['船会社', '船舶代理店', '通関業', '通関士', '自社通関', '輸出入者'];

/** What a code's 業種 offer; a code whose 業種 are not registered yet is offered everything. */
export function availableOptions(industries: readonly string[]): Record<OptionFlag, boolean> {
  if (industries.length === 0) return { statsPaid: true, statsFree: true, bondedRetention: true };
  return {
    statsPaid: industries.some((i) => !NO_PAID.includes(i)),
    statsFree: industries.some((i) => FREE.includes(i)),
    bondedRetention: industries.some((i) => RETENTION_INDUSTRIES.includes(i)),
  };
}

/** The 業種 of a code as the office uses it: the code's and its IDs'. */
export function industriesOf(code: UserCode, ids: readonly UserId[]): string[] {
  return [...new Set([...code.industries, ...ids.filter((i) => i.userCode === code.code && !i.endDate).flatMap((i) => i.industries)])];
}

export interface OptionRowInput {
  code: UserCode;
  industries: readonly string[];
  /** '要' | '否' per flag, as chosen (the contract's where untouched) */
  values: Record<OptionFlag, string>;
}

/** Which flags the screen lets change: 管理統計資料 with 'stats', 保存サービス with 'retention'. */
export interface OptionScope {
  stats: boolean;
  retention: boolean;
}

export const optionFieldName = (code: string, flag: OptionFlag) => `${code}.${flag}`;

export const NO_OPTION_CHANGE_TEXT = '変更内容がありません。変更する利用者コードの「要」「否」を選択してください。';

const notOffered = (code: string, flag: OptionFlag) => `利用者コード「${code}」の業種では、${OPTION_LABELS[flag]}は利用できません。「否」を選択してください。`;

/**
 * 「次へ進む」 of 管理統計資料 入力: the codes whose settings change, each allowed by its
 * 業種, 保存サービス 要 with 有料分 要 (R of §7.2), and at least one change.
 */
export function checkOptions(rows: readonly OptionRowInput[], scope: OptionScope): Checked<OptionChange[], string> {
  const errors: Record<string, string> = {};
  const changes: OptionChange[] = [];
  for (const { code, industries, values } of rows) {
    const next: OptionChange = {
      userCode: code.code,
      statsPaid: scope.stats ? values.statsPaid === '要' : code.statsPaid,
      statsFree: scope.stats ? values.statsFree === '要' : code.statsFree,
      bondedRetention: scope.retention ? values.bondedRetention === '要' : code.bondedRetention,
    };
    const offered = availableOptions(industries);
    const flags: OptionFlag[] = ['statsPaid', 'statsFree', 'bondedRetention'];
    for (const flag of flags) {
      // a setting the contract already has is not refused again
      if (next[flag] && !code[flag] && !offered[flag]) errors[optionFieldName(code.code, flag)] ??= notOffered(code.code, flag);
    }
    if (next.bondedRetention && !next.statsPaid) {
      const problem = retentionProblem(next, industries)!;
      errors[optionFieldName(code.code, scope.retention ? 'bondedRetention' : 'statsPaid')] ??= `利用者コード「${code.code}」：${problem}`;
    }
    if (next.statsPaid !== code.statsPaid || next.statsFree !== code.statsFree || next.bondedRetention !== code.bondedRetention) changes.push(next);
  }
  if (Object.keys(errors).length) return failed(errors);
  if (changes.length === 0 && rows.length) return failed({ [optionFieldName(rows[0].code.code, scope.stats ? 'statsPaid' : 'bondedRetention')]: NO_OPTION_CHANGE_TEXT });
  return { ok: true, value: changes };
}

/** The center's check of a filed change against the contract of the 審査 day. */
export function optionProblems(changes: readonly OptionChange[], codes: readonly UserCode[], ids: readonly UserId[], officeCode: string): string[] {
  const problems: string[] = [];
  for (const change of changes) {
    const code = codes.find((c) => c.code === change.userCode && !c.endDate && c.officeCodes.includes(officeCode));
    if (!code) {
      problems.push(`利用者コード「${change.userCode}」は貴事業所のご契約にありません。内容を確認頂き修正入力をお願いします。`);
      continue;
    }
    const problem = retentionProblem(change, industriesOf(code, ids));
    if (problem) problems.push(`利用者コード「${change.userCode}」：${problem}`);
  }
  return problems;
}

/** On the 利用開始日: the codes with their new settings. */
export function optionsEffect(changes: readonly OptionChange[], codes: readonly UserCode[]): UserCode[] {
  return changes.flatMap((change) => {
    const code = codes.find((c) => c.code === change.userCode);
    return code ? [{ ...code, statsPaid: change.statsPaid, statsFree: change.statsFree, bondedRetention: change.bondedRetention }] : [];
  });
}
