// The center's checks of a NACCS利用申込, in the seeds' voice: each failure is one
// paragraph of a 確認依頼. The form checked the same rules when it was filed; the
// world may have changed since (another company took the 企業略称, a shared code
// ended). Pure.
import type { UserCode } from '../contract';
import type { NewUsagePayload } from './payload';
import { abbrUniqueness, MESSAGES, oneOfficeProblem } from './rules';

export interface NewUsageCheckInput {
  companies: readonly { abbr: string; name: string }[];
  userCodes: readonly UserCode[];
}

export function newUsageProblems(payload: NewUsagePayload, input: NewUsageCheckInput): string[] {
  const problems: string[] = [];
  const abbr = abbrUniqueness(payload.company.abbr, payload.company.name, input.companies);
  if (abbr) problems.push(`事業所・企業：${abbr}`);
  for (const code of new Set(payload.users.filter((u) => u.mode === 'share').map((u) => u.userCode!))) {
    const found = input.userCodes.find((c) => c.code === code && !c.endDate);
    if (!found)
      problems.push(`利用者：共用する利用者コード「${code}」は登録されていません。利用者コードを確認のうえ、申込内容を修正してください。`);
  }
  if (oneOfficeProblem(payload.users, input.userCodes)) problems.push(`利用者：${MESSAGES.oneOffice}`);
  if (!payload.systems.general && payload.users.some((u) => u.method !== 'net'))
    problems.push('利用者：一般NACCSを利用しない申込に、一般NACCSの処理方式の利用者が含まれています。');
  return problems;
}
