// The 利用者コード a システム設定申込 may set: the office's codes in use, and the codes its
// open 変更申込 add (「新規利用者コード」 until they join the contract on the 利用開始日);
// what one code's tabs are shown against; and the company's codes for
// 本申込で修正対象となる利用者コード.
import type { UserCode, UserId } from '../../domain/contract';
import { INDUSTRIES } from '../../domain/system-setting/industries';
import type { CodeContext } from '../../domain/system-setting/items';
import { companyAbbrOf } from '../../domain/system-setting/targets';
import { upcomingUserCodes } from '../../kinds/upcoming-codes';
import { listOfficeApplications } from '../../store/applications';
import { listCompanyUserCodes, listUserCodes, listUserIdsOfCode } from '../../store/contracts';

export async function listSettableCodes(officeCode: string): Promise<UserCode[]> {
  const inUse = (await listUserCodes(officeCode)).filter((c) => !c.endDate);
  const upcoming = upcomingUserCodes(await listOfficeApplications(officeCode), inUse.map((c) => c.code));
  return [...inUse, ...upcoming];
}

/** The code's 業種: as the contract records them, else as its 利用者ID carry them (a new code). */
export function codeIndustries(code: UserCode, ids: readonly UserId[]): string[] {
  if (code.industries.length > 0) return [...code.industries];
  const held = new Set(ids.filter((i) => !i.endDate).flatMap((i) => i.industries));
  return INDUSTRIES.filter((i) => held.has(i));
}

/** What システム設定情報入力 shows and checks one code against. */
export async function loadCodeContext(officeCode: string, code: string): Promise<CodeContext | null> {
  const userCode = (await listSettableCodes(officeCode)).find((c) => c.code === code);
  if (!userCode) return null;
  const ids = (await listUserIdsOfCode(code)).filter((i) => !i.endDate);
  return { code: userCode, industries: codeIndustries(userCode, ids), userIds: ids.filter((i) => i.officeCode === officeCode) };
}

/** Every code in use of the companies of these codes, whichever office uses it. */
export async function listCompanyCodesOf(codes: readonly string[]): Promise<UserCode[]> {
  const abbrs = [...new Set(codes.map(companyAbbrOf))];
  return (await Promise.all(abbrs.map((abbr) => listCompanyUserCodes(abbr)))).flat().filter((c) => !c.endDate);
}
