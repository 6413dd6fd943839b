// 利用者コード an office has applied for but that are not in its contract yet (a
// 変更申込 adding a code, before its 利用開始日). A システム設定申込 may name them —
// it must be filed by 4 business days before that day — and registers their
// names and 業種 once they join the contract.
import type { Application } from '../domain/application';
import type { UserCode } from '../domain/contract';
import { findKind } from './registry';

const OPEN: readonly Application['status'][] = ['受付', '内容確認中', '確認依頼', '審査終了'];

/** The codes the open applications add, as rows of the contract-to-be (names not registered yet; 業種 as applied for, where the kind says). */
export function upcomingUserCodes(applications: readonly Application[], contractCodes: readonly string[]): UserCode[] {
  const seen = new Set(contractCodes);
  const codes: UserCode[] = [];
  for (const app of applications) {
    if (!OPEN.includes(app.status)) continue;
    for (const c of findKind(app.kind)?.newUserCodes?.(app.payload, app) ?? []) {
      if (seen.has(c.code)) continue;
      seen.add(c.code);
      codes.push({
        id: c.code,
        code: c.code,
        officeCodes: [app.officeCode],
        systemKind: c.systemKind,
        industries: [...(c.industries ?? [])],
        english: { company: '', office: '', address: '', manager: '' },
        statsPaid: false,
        statsFree: false,
        bondedRetention: false,
        startDate: app.confirmedDate ?? app.desiredDate ?? '',
        updatedAt: 0,
        rev: 0,
      });
    }
  }
  return codes;
}

/**
 * What the office's system settings registered for a code, the newest first that
 * names it: for a code that joined the contract after its 反映日.
 */
export function registeredSettingFor(applications: readonly Application[], userCode: string) {
  const reflected = applications
    .filter((a) => a.status === '利用開始')
    .sort((a, b) => b.lastSubmittedAt - a.lastSubmittedAt);
  for (const app of reflected) {
    const setting = findKind(app.kind)?.settingFor?.(app.payload, userCode);
    if (setting) return setting;
  }
  return undefined;
}
