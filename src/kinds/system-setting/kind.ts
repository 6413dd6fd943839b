// システム設定申込 (seed 000, DOMAIN.md §3.4): everything the app knows about the kind.
import type { KindDefinition } from '../../center/kind-definition';
import { systemSettingProblems } from '../../domain/system-setting/checks';
import { systemSettingPayloadSchema, type SystemSettingPayload } from '../../domain/system-setting/payload';
import { shortestRegistrationDate } from '../../domain/system-setting/schedule';
import { SYSTEM_SETTING_TEXTS } from '../../domain/system-setting/texts';
import { registerUserCodeSetting } from '../../store/contracts';

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
  checks: (payload, ctx) => systemSettingProblems(payload, [...ctx.userCodes, ...ctx.upcomingUserCodes]),
  settingUserCodes: (payload) => payload.codes.map((c) => c.userCode),
  settingFor: (payload, userCode) => payload.codes.find((c) => c.userCode === userCode),
  async applyEffect(payload) {
    for (const code of payload.codes) await registerUserCodeSetting(code.userCode, code.english, code.industries);
  },
};
