// A NACCS利用申込 as the tests file it (seed 003's Cyberport path unless told otherwise):
// the tabs' raw text, the 利用者 rows, and the filing by a fresh 仮ログインID.
import { submitApplication } from '../../src/center/submit';
import { BILL_ADDRESS, BULK, DEBIT, F, USE_GENERAL } from '../../src/domain/new-usage/fields';
import { payloadOf } from '../../src/domain/new-usage/payload';
import type { UserRow } from '../../src/domain/new-usage/rules';
import { jstMs } from '../../src/domain/time';
import { createProvisionalAccount } from '../../src/store/provisional';
import { TEST_CONTACT } from './test-kinds';

export const NU_ADMIN = 'cp.kanri@nacks-shoji.example';

/** Every tab filled: 一般NACCS only, 機器共用… ticked on 回線・論理端末 and メールボックス. */
export const NEW_USAGE_RAW: Record<string, string> = {
  [F.reason]: 'サイバーポート利用のための申込',
  [F.officeName]: 'ＣＰ利用者',
  [F.officeNameKana]: 'サイバーポートリヨウシャ',
  [F.systems]: USE_GENERAL,
  [F.companyName]: 'ナックス商事株式会社',
  [F.companyNameKana]: 'ナックスショウジ',
  [F.companyAbbr]: 'NAC',
  [F.postalCode]: '1050023',
  [F.prefecture]: '東京都',
  [F.address]: '港区芝浦一丁目１番１号',
  [F.phone]: '0301234567',
  [F.contractorName]: '納屋　一郎',
  [F.contractorTitle]: '代表取締役',
  [F.adminName]: '通関　次郎',
  [F.adminNameKana]: 'ツウカン　ジロウ',
  [F.adminDepartment]: '情報システム部',
  [F.adminPhone]: '0301234568',
  [F.adminFax]: '0398765433',
  [F.adminEmail]: NU_ADMIN,
  [F.systemKind]: '海上',
  [F.customs]: '東京税関',
  [F.lineSkip]: '1',
  [F.mailboxSkip]: '1',
  [F.planGeneral]: 'A',
  [F.bulk]: BULK.no,
  [F.billAddress]: BILL_ADDRESS.same,
  [F.debit]: DEBIT.new,
};

/** A 利用者 row: sharing 1ANAC, 通関業, one SMTP双方向 識別番号, unless told otherwise. */
export const userRow = (r: Partial<UserRow> = {}): UserRow => ({
  mode: 'share',
  group: 1,
  userCode: '1ANAC',
  sso: false,
  industry: '通関業',
  method: 'SMTP双方向',
  count: 1,
  ...r,
});

/** Seed 003: the demo's 1ANAC shared, two SMTP双方向 識別番号 (one per broker). */
export const CYBERPORT_USERS: UserRow[] = [userRow({ count: 2 })];
/** A new 利用者コード of the new office's own, one インタ 識別番号. */
export const NEW_CODE_USERS: UserRow[] = [userRow({ mode: 'new', userCode: undefined, method: 'インタ' })];

/** A 仮ログインID made on 2026/11/20 10:00 files the application, 利用開始希望日 2026/12/08. */
export async function fileNewUsage(users: UserRow[] = CYBERPORT_USERS, extra: Record<string, string> = {}) {
  const { loginId, password } = await createProvisionalAccount(TEST_CONTACT, jstMs('2026-11-20', 10), { iterations: 1000 });
  const { applicationId, receiptNo } = await submitApplication({
    kind: 'new-usage',
    officeCode: loginId,
    contact: TEST_CONTACT,
    payload: payloadOf({ raw: { ...NEW_USAGE_RAW, ...extra }, users, pending: [] }, loginId),
    desiredDate: '2026-12-08',
    note: '',
  });
  return { loginId, password, id: applicationId, receiptNo };
}
