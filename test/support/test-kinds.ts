// Two minimal application kinds for the center's own tests, each under its own id
// (never a real kind's): the real kinds are tested through their flows. Their
// effects are deliberately not idempotent, so that a second application shows in the data.
import * as v from 'valibot';
import type { KindDefinition } from '../../src/center/kind-definition';
import type { ApplicationKind } from '../../src/domain/application';
import type { Contact } from '../../src/domain/contact';
import { SYSTEM_SETTING_TEXTS } from '../../src/domain/system-setting/texts';
import { confirmRequestNoticeText, reviewEndedNoticeText } from '../../src/domain/texts/notices';
import { registerKind } from '../../src/kinds/registry';
import { db } from '../../src/store/db';

/** A minimal system-setting-like kind (letter C, dated by NACCS登録日). */
export const TEST_SETTING = 'test-setting' as ApplicationKind;
/** A minimal contract kind (letter A) whose new code needs a システム設定申込 (the 無効 rule). */
export const TEST_CONTRACT = 'test-contract' as ApplicationKind;

export const settingSchema = v.object({
  userCodes: v.pipe(v.array(v.string()), v.minLength(1, '設定対象の利用者コードを選択してください。')),
  company: v.pipe(v.string(), v.nonEmpty('企業名(英)を入力してください。')),
});
export type SettingPayload = v.InferOutput<typeof settingSchema>;

/** A check in the seeds' voice: company 'WRONG' is refused. */
export const WRONG_COMPANY_TEXT = '入力された企業名(英)の体系が違います。企業名を確認頂き修正入力をお願いします。';

const noView = () => Promise.resolve({ default: () => null });

const testSettingKind: KindDefinition<SettingPayload> = {
  kind: TEST_SETTING,
  letter: 'C',
  noticeCategory: 'システム設定',
  dateLabel: 'NACCS登録日',
  texts: { ...SYSTEM_SETTING_TEXTS, listLabel: '試験用システム設定' },
  standardDays: 4,
  payloadSchema: settingSchema,
  wizardPath: '/test-setting',
  view: noView,
  checks: (p) => (p.company === 'WRONG' ? [WRONG_COMPANY_TEXT] : []),
  settingUserCodes: (p) => p.userCodes,
  async applyEffect(p) {
    for (const code of p.userCodes) {
      const uc = await db.userCodes.get(code);
      if (!uc) continue;
      await db.userCodes.put({ ...uc, english: { ...uc.english, company: p.company }, industries: [...uc.industries, '適用'] });
    }
  },
};

const testContractKind: KindDefinition<{ newCode: string }> = {
  kind: TEST_CONTRACT,
  letter: 'A',
  noticeCategory: '利用申込',
  dateLabel: '利用開始日',
  texts: {
    listLabel: '試験用変更申込',
    name: '利用申込',
    reviewEndedNotice: reviewEndedNoticeText('利用申込'),
    confirmRequestNotice: confirmRequestNoticeText('利用申込内容'),
    historyItem: '変更申込',
  },
  standardDays: 5,
  payloadSchema: v.object({ newCode: v.string() }),
  wizardPath: '/test-contract',
  view: noView,
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
};

let registered = false;

/** Registers the two test kinds beside the real ones (once per test file). */
export function registerTestKinds(): void {
  if (registered) return;
  registered = true;
  registerKind(testSettingKind);
  registerKind(testContractKind);
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
