// 本申込で修正対象となる利用者コード (seed 000 ⑧): the codes whose names this
// application changes in NACCS. 企業名(英) is the company's: a new 企業名 reaches every
// 利用者コード of the company (the seed lists 1C1AC and 1D1AC, which were not set,
// with the new 企業名); the other English names change only on the codes that were set. Pure.
import type { EnglishNames, UserCode } from '../contract';
import type { CodeSetting } from './payload';

export interface TargetCode {
  userCode: string;
  /** the names the code will have in NACCS */
  english: EnglishNames;
  /** set in this application (all its names and settings); otherwise only its 企業名 changes */
  set: boolean;
}

/** 利用者コード = 営業所コード (2) + 企業略称 (3) (DOMAIN.md §2): the company is the last three. */
export const companyAbbrOf = (userCode: string): string => userCode.slice(2);

/** The company's 企業名(英) in NACCS today: the first registered one among its codes in use. */
export function currentCompanyName(abbr: string, companyCodes: readonly UserCode[]): string {
  return (
    [...companyCodes]
      .filter((c) => !c.endDate && companyAbbrOf(c.code) === abbr && c.english.company.trim() !== '')
      .sort((a, b) => a.code.localeCompare(b.code))[0]?.english.company ?? ''
  );
}

/**
 * The codes this application changes, by code: every code set (with the names set),
 * and, where a set code gives its company a new 企業名, every other code of the
 * company in use whose 企業名 differs (its other names as they are).
 */
export function targetCodes(codes: readonly CodeSetting[], companyCodes: readonly UserCode[]): TargetCode[] {
  const targets = new Map<string, TargetCode>();
  for (const c of codes) targets.set(c.userCode, { userCode: c.userCode, english: { ...c.english }, set: true });
  for (const c of codes) {
    const abbr = companyAbbrOf(c.userCode);
    const company = c.english.company;
    if (company.trim() === '' || company === currentCompanyName(abbr, companyCodes)) continue;
    for (const other of companyCodes) {
      if (targets.has(other.code) || other.endDate || companyAbbrOf(other.code) !== abbr) continue;
      if (other.english.company === company) continue;
      targets.set(other.code, { userCode: other.code, english: { ...other.english, company }, set: false });
    }
  }
  return [...targets.values()].sort((a, b) => a.userCode.localeCompare(b.userCode));
}

/**
 * 「この内容で設定する」 with a 企業名: the other codes of the same company set in this
 * application take it too (one company, one 企業名(英)).
 */
export function withCompanyName(codes: readonly CodeSetting[], setting: CodeSetting): CodeSetting[] {
  const abbr = companyAbbrOf(setting.userCode);
  return codes.map((c) =>
    c.userCode !== setting.userCode && companyAbbrOf(c.userCode) === abbr && c.english.company !== setting.english.company
      ? { ...c, english: { ...c.english, company: setting.english.company } }
      : c,
  );
}

/** The 確認依頼 paragraph when codes of one company were set with different 企業名. */
export function companyNameProblems(codes: readonly CodeSetting[]): string[] {
  const byCompany = new Map<string, Set<string>>();
  for (const c of codes) {
    const abbr = companyAbbrOf(c.userCode);
    byCompany.set(abbr, (byCompany.get(abbr) ?? new Set()).add(c.english.company));
  }
  return [...byCompany.entries()]
    .filter(([, names]) => names.size > 1)
    .map(
      ([abbr]) =>
        `企業略称${abbr}の利用者コードに異なる企業名(英)が入力されています。企業名(英)は企業で1つです。同じ企業名で修正入力をお願いします。`,
    );
}
