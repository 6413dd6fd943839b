// Small application kinds for the center's tests (the real kinds come from
// their own flows). Their effects are deliberately not idempotent, so that a
// second application shows in the data.
import * as v from 'valibot';
import { registerKind } from '../../src/center/kinds';
import type { Contact } from '../../src/domain/contact';
import { SYSTEM_SETTING_TEXTS } from '../../src/domain/system-setting/texts';
import { confirmRequestNoticeText, reviewEndedNoticeText } from '../../src/domain/texts/notices';
import { db } from '../../src/store/db';

export const settingSchema = v.object({
  userCodes: v.pipe(v.array(v.string()), v.minLength(1, '設定対象の利用者コードを選択してください。')),
  company: v.pipe(v.string(), v.nonEmpty('企業名(英)を入力してください。')),
});
export type SettingPayload = v.InferOutput<typeof settingSchema>;

/** A check in the seeds' voice: company 'WRONG' is refused. */
export const WRONG_COMPANY_TEXT = '入力された企業名(英)の体系が違います。企業名を確認頂き修正入力をお願いします。';

export function registerTestKinds(): void {
  registerKind<SettingPayload>({
    kind: 'system-setting',
    letter: 'C',
    noticeCategory: 'システム設定',
    dateLabel: 'NACCS登録日',
    texts: { ...SYSTEM_SETTING_TEXTS },
    payloadSchema: settingSchema,
    wizardPath: '/system-setting',
    checks: (p) => (p.company === 'WRONG' ? [WRONG_COMPANY_TEXT] : []),
    settingUserCodes: (p) => p.userCodes,
    async applyEffect(p) {
      for (const code of p.userCodes) {
        const uc = await db.userCodes.get(code);
        if (!uc) continue;
        await db.userCodes.put({
          ...uc,
          english: { ...uc.english, company: p.company },
          industries: [...uc.industries, '適用'],
        });
      }
    },
  });
  registerKind<{ newCode: string }>({
    kind: 'contract-change',
    letter: 'A',
    noticeCategory: '利用申込',
    dateLabel: '利用開始日',
    texts: {
      name: '利用申込',
      reviewEndedNotice: reviewEndedNoticeText('利用申込'),
      confirmRequestNotice: confirmRequestNoticeText('利用申込内容'),
      historyItem: '変更申込',
    },
    payloadSchema: v.object({ newCode: v.string() }),
    wizardPath: '/contract-change',
    checks: () => [],
    requiresSystemSetting: (p) => [p.newCode],
    async applyEffect(p, ctx) {
      await db.userCodes.put({
        id: p.newCode,
        code: p.newCode,
        officeCodes: [ctx.application.officeCode],
        systemKind: '海上',
        industries: [],
        english: { company: '', office: '', address: '', manager: '' },
        statsPaid: false,
        statsFree: false,
        bondedRetention: false,
        startDate: ctx.date,
        updatedAt: 0,
        rev: 1,
      });
    },
  });
}

export const TEST_CONTACT: Contact = {
  lastName: '通関',
  firstName: '太郎',
  lastNameKana: 'ツウカン',
  firstNameKana: 'タロウ',
  department: '第一営業部営業第三課',
  title: '課長',
  phone: '0301234567',
  fax: '0398765432',
  email: 'taro.tsukan@nacks-shoji.example',
};
