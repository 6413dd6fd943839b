// The demo back office: ナックス商事株式会社 with its 東京事業所 (NAC001) and a
// bonded-warehouse office (NAC002) that shares 利用者コード 1BNAC. Every name,
// address, phone number and mail address here is fictional.
import type { Bill, Line, Mailbox, Office, PasswordHash, Terminal, UserCode, UserId } from '../../domain/contract';
import type { Notice } from '../../domain/notice';
import { billFixedNotice, billId, computeBill, fixedOn } from '../../domain/billing/bill';
import { addMonths, monthOf } from '../../domain/billing/months';
import { addDays, isoDateOf, jstMs, type IsoDate } from '../../domain/time';
import { DEMO_OFFICE_CODE, DEMO_SECOND_OFFICE_CODE, DEMO_USER_ID_PASSWORD } from './credentials';
import { certificateFields, lastAnniversary } from '../../domain/cert-reissue/certificate';

const meta = { updatedAt: 0, rev: 1 };

const ENGLISH_TOKYO = {
  company: 'NACCS TRADE COMPANY',
  office: 'TOKYO OFFICE',
  address: 'TOKYO TO MINATO KU KOUNAN 10-100-1 NACCS BLD. 20F',
  manager: 'J.YAMADA',
};

export function demoOffices(password: PasswordHash, secondPassword: PasswordHash): Office[] {
  const common = {
    ...meta,
    companyAbbr: 'NAC',
    companyName: 'ナックス商事株式会社',
    companyNameKana: 'ナックスショウジカブシキガイシャ',
    customs: '東京税関',
    contractor: { name: '港南 一郎', title: '代表取締役' },
    headOffice: { postalCode: '1080075', address: '東京都港区港南十丁目100番1号 NACCSビル20階', phone: '0300001000' },
    startDate: '2015-04-01',
    // both offices' bills go to the company's accounting department
    billing: {
      postalCode: '1080075',
      address: '東京都港区港南十丁目100番1号 NACCSビル20階 経理部',
      contactName: '経理 花子',
      contactPhone: '0300001300',
      paymentMethod: '口座振替' as const,
    },
  };
  return [
    {
      ...common,
      id: DEMO_OFFICE_CODE,
      code: DEMO_OFFICE_CODE,
      officeName: '東京事業所',
      officeNameKana: 'トウキョウジギョウショ',
      postalCode: '1080075',
      address: '東京都港区港南十丁目100番1号 NACCSビル20階',
      phone: '0300001234',
      systemKind: '海上',
      billingCode: '1234567',
      feePlan: { netNACCS: 'A', general: 'B' },
      // 東京事業所 pays by 銀行振込 (a change to 口座振替 has something to show); the
      // bonded warehouse has just moved to 口座振替 (its 口座振替申込専用紙 notice below)
      billing: { ...common.billing, paymentMethod: '銀行振込' },
      admin: {
        name: '山田 次郎',
        nameKana: 'ヤマダ ジロウ',
        department: '情報システム部',
        email: 'kanri@nacks-shoji.example',
        phone: '0300001111',
        emergencyFax: '0300001112',
      },
      password,
    },
    {
      ...common,
      id: DEMO_SECOND_OFFICE_CODE,
      code: DEMO_SECOND_OFFICE_CODE,
      officeName: '東京保税倉庫',
      officeNameKana: 'トウキョウホゼイソウコ',
      postalCode: '1350064',
      address: '東京都江東区青海九丁目9番9号',
      phone: '0300002234',
      systemKind: '共用',
      billingCode: '1234568',
      feePlan: { netNACCS: null, general: 'B' },
      admin: {
        name: '保税 三郎',
        nameKana: 'ホゼイ サブロウ',
        department: '倉庫管理課',
        email: 'hozei-kanri@nacks-shoji.example',
        phone: '0300002111',
        emergencyFax: '0300002112',
      },
      password: secondPassword,
    },
  ];
}

export function demoUserCodes(): UserCode[] {
  return [
    {
      ...meta,
      id: '1ANAC',
      code: '1ANAC',
      officeCodes: [DEMO_OFFICE_CODE],
      systemKind: '海上',
      industries: ['通関業', '通関士'],
      english: ENGLISH_TOKYO,
      statsPaid: true,
      statsFree: true,
      bondedRetention: false,
      startDate: '2015-04-01',
    },
    {
      ...meta,
      id: '1BNAC',
      code: '1BNAC',
      officeCodes: [DEMO_OFFICE_CODE, DEMO_SECOND_OFFICE_CODE],
      systemKind: '共用',
      industries: ['保税蔵置場'],
      english: { ...ENGLISH_TOKYO, office: 'TOKYO BONDED WAREHOUSE', manager: 'S.HOZEI' },
      statsPaid: true,
      statsFree: false,
      bondedRetention: true,
      startDate: '2016-10-01',
    },
    {
      // A code added by a recent change application whose names and 業種 are not
      // registered in NACCS yet: its システム設定申込 must fill them (rule R12).
      ...meta,
      id: '1CNAC',
      code: '1CNAC',
      officeCodes: [DEMO_OFFICE_CODE],
      systemKind: '海上',
      industries: [],
      english: { company: '', office: '', address: '', manager: '' },
      statsPaid: false,
      statsFree: false,
      bondedRetention: false,
      startDate: '2026-10-01',
    },
  ];
}

export function demoUserIds(): UserId[] {
  const id = (
    userCode: string,
    idNo: string,
    officeCode: string,
    industries: string[],
    method: UserId['method'],
    startDate: IsoDate,
    extra: Partial<UserId> = {},
  ): UserId => ({
    ...meta,
    id: `${userCode}${idNo}`,
    userCode,
    idNo,
    officeCode,
    industries,
    method,
    broker: false,
    password: DEMO_USER_ID_PASSWORD,
    startDate,
    ...extra,
  });
  return [
    id('1ANAC', 'A01', DEMO_OFFICE_CODE, ['通関業'], 'インタ', '2015-04-01'),
    id('1ANAC', 'A0A', DEMO_OFFICE_CODE, ['通関業'], 'net', '2018-07-02'),
    id('1ANAC', 'A02', DEMO_OFFICE_CODE, ['通関業', '通関士'], 'インタ', '2019-04-08', {
      broker: true,
      brokerCardNo: '29-10',
    }),
    // SMTP双方向 (Y-識別番号, DOMAIN.md §2), so a trainee can add a 通関士ID for it too (seed 004 「※すべての処理方式」)
    id('1ANAC', 'Y01', DEMO_OFFICE_CODE, ['通関業'], 'SMTP双方向', '2021-04-01'),
    id('1BNAC', 'B01', DEMO_OFFICE_CODE, ['保税蔵置場'], 'インタ', '2016-10-01'),
    id('1BNAC', 'B02', DEMO_SECOND_OFFICE_CODE, ['保税蔵置場'], 'インタ', '2016-10-01'),
    id('1CNAC', 'C01', DEMO_OFFICE_CODE, ['通関業'], 'インタ', '2026-10-01'),
  ];
}

/**
 * The demo's netNACCS terminal. Given today, its デジタル証明書 has been renewed every
 * year on the anniversary of its 利用開始日, so it is valid and not yet renewable
 * (docs/cert-reissue.md).
 */
export function demoTerminals(today?: IsoDate): Terminal[] {
  return [
    {
      ...meta,
      id: 'NAC001-99999W',
      officeCode: DEMO_OFFICE_CODE,
      systemKind: '海上',
      equipment: 'net',
      packageKind: 'net',
      name: '99999W',
      accessKey: '9999999999999',
      authCodes: ['NAC999W', 'K7Q2MX', 'R4T9Z'],
      startDate: '2018-07-02',
      ...(today ? certificateFields(lastAnniversary('2018-07-02', today)) : {}),
    },
    // 東京事業所's 一般NACCS terminals on its line (its インタ 利用者ID use them): a name and an
    // access key, no デジタル証明書 (docs/contract-change.md)
    ...(['海上', '航空'] as const).map((systemKind, i): Terminal => ({
      ...meta,
      id: `NAC001-${['482613G', '482614G'][i]}`,
      officeCode: DEMO_OFFICE_CODE,
      systemKind,
      equipment: 'インタ',
      packageKind: 'インタ',
      name: ['482613G', '482614G'][i],
      accessKey: ['4826130000001', '4826140000002'][i],
      authCodes: ['', '', ''],
      startDate: '2015-04-01',
    })),
  ];
}

/** 東京事業所's 一般NACCS回線, installed at the office (R2: it moves with the office). */
export function demoLines(): Line[] {
  return [
    {
      ...meta,
      id: `${DEMO_OFFICE_CODE}-line-1`,
      officeCode: DEMO_OFFICE_CODE,
      kind: 'ブロードバンド光回線',
      bandwidth: 'ベストエフォート',
      installAddress: '東京都港区港南十丁目100番1号 NACCSビル20階',
      startDate: '2015-04-01',
    },
  ];
}

/** 東京事業所's 一般NACCS mailbox, named as a new office's are (docs/new-usage.md). */
export function demoMailboxes(): Mailbox[] {
  return [{ ...meta, id: `${DEMO_OFFICE_CODE}-NAC001MB01`, officeCode: DEMO_OFFICE_CODE, systemKind: '海上', name: 'NAC001MB01', startDate: '2015-04-01' }];
}

/** Computing a bill reads no password: the demo's offices without theirs. */
const NO_PASSWORD: PasswordHash = { algorithm: 'PBKDF2-SHA256', iterations: 1, salt: '', hash: '' };

/** The months before `today`'s month, oldest first ('YYYY-MM'). */
function monthsBefore(today: IsoDate, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addMonths(monthOf(today), i - count));
}

/**
 * The bills of the last three months before `today`, of both offices, as the center
 * fixed them from the demo contract on the 1st of the next month (domain/billing).
 */
export function demoBills(today: IsoDate): Bill[] {
  const offices = demoOffices(NO_PASSWORD, NO_PASSWORD);
  const [userCodes, userIds, terminals] = [demoUserCodes(), demoUserIds(), demoTerminals()];
  return offices.flatMap((office) =>
    monthsBefore(today, 3).map((month) => ({
      ...computeBill(
        {
          office,
          userCodes: userCodes.filter((c) => c.officeCodes.includes(office.code)),
          userIds: userIds.filter((u) => u.officeCode === office.code),
          terminals: terminals.filter((t) => t.officeCode === office.code),
          mailboxes: demoMailboxes().filter((m) => m.officeCode === office.code),
        },
        month,
      ),
      ...meta,
    })),
  );
}

/** A few 新着情報 of the billing kind (they belong to no application). */
export function demoNotices(now: number): Notice[] {
  const today = isoDateOf(now);
  const [beforeLast, last] = monthsBefore(today, 2);
  const billNotice = (month: string) => ({ ...billFixedNotice({ id: billId(DEMO_OFFICE_CODE, month), officeCode: DEMO_OFFICE_CODE, month, fixedAt: fixedOn(month) }), ...meta });
  return [
    billNotice(last),
    billNotice(beforeLast),
    {
      ...meta,
      id: 'demo-notice-debit-form',
      officeCode: DEMO_SECOND_OFFICE_CODE,
      at: jstMs(addDays(fixedOn(beforeLast), -14), 9),
      category: '利用料金',
      text: '口座振替申込専用紙を送付しました。受領しましたら、必要事項を記入しNACCSセンターに郵送してください。',
    },
  ];
}
