// システム設定申込 (seed 000, DOMAIN.md §3.4): everything the app knows about the kind.
import type { KindDefinition } from '../../center/kind-definition';
import { systemSettingProblems } from '../../domain/system-setting/checks';
import { systemSettingPayloadSchema, type SystemSettingPayload } from '../../domain/system-setting/payload';
import { shortestRegistrationDate } from '../../domain/system-setting/schedule';
import { SYSTEM_SETTING_TEXTS } from '../../domain/system-setting/texts';
import { registerCompanyName, registerUserCodeSetting } from '../../store/contracts';

export const systemSettingKind: KindDefinition<SystemSettingPayload> = {
  kind: 'system-setting',
  letter: 'C',
  noticeCategory: 'システム設定',
  dateLabel: 'NACCS登録日',
  texts: { ...SYSTEM_SETTING_TEXTS },
  standardDays: 4,
  payloadSchema: systemSettingPayloadSchema,
  wizardPath: '/system-setting',
  view: () => import('../../screens/system-setting/FiledView'),
  /** 最短 = 4 business days after the (latest) submission day, or the date the user asked for. */
  earliestDate(payload, submittedOn) {
    const shortest = shortestRegistrationDate(submittedOn);
    return payload.timing.kind === 'specified' && payload.timing.date > shortest ? payload.timing.date : shortest;
  },
  checks: (payload, ctx) =>
    systemSettingProblems(payload, [...ctx.userCodes, ...ctx.upcomingUserCodes], [...ctx.companyUserCodes, ...ctx.upcomingUserCodes]),
  settingUserCodes: (payload) => payload.codes.map((c) => c.userCode),
  settingFor: (payload, userCode) => payload.codes.find((c) => c.userCode === userCode),
  /** On the NACCS登録日: exactly the codes of 本申込で修正対象となる利用者コード (older filings: the codes set). */
  async applyEffect(payload) {
    for (const target of payload.targets ?? payload.codes.map((c) => ({ userCode: c.userCode, set: true, english: c.english }))) {
      const set = payload.codes.find((c) => c.userCode === target.userCode);
      if (target.set && set) await registerUserCodeSetting(set.userCode, set.english, set.industries);
      else await registerCompanyName(target.userCode, target.english.company);
    }
  },
};
