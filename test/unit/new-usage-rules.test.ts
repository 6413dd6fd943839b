import { describe, expect, it } from 'vitest';
import { newUsageProblems } from '../../src/domain/new-usage/checks';
import { newUsageEffect } from '../../src/domain/new-usage/effect';
import { BILL_ADDRESS, BULK, DEBIT, F, SKIP_TEXT, USE_GENERAL, USE_NET } from '../../src/domain/new-usage/fields';
import { issueForNewUsage, nextOfficeCode, nextUserCode } from '../../src/domain/new-usage/issue';
import { newUsagePayloadSchema, payloadOf } from '../../src/domain/new-usage/payload';
import {
  abbrFormat,
  abbrUniqueness,
  checkBillingTab,
  checkContactTab,
  checkLinesTab,
  checkOfficeTab,
  checkUserRow,
  checkUsersTab,
  MESSAGES,
  oneOfCodes,
  oneOfficeProblem,
  userCodeFormat,
  type NewUsageContext,
  type NewUsageInput,
  type UserRow,
} from '../../src/domain/new-usage/rules';
import * as v from 'valibot';
import { needsCyberportUtbNote } from '../../src/domain/new-usage/texts';
import { NEW_USAGE_RAW, userRow } from '../support/new-usage';

const CTX: NewUsageContext = {
  today: '2026-11-20',
  companies: [{ abbr: 'NAC', name: 'ナックス商事株式会社' }],
  userCodes: [
    { code: '1ANAC', officeCodes: ['NAC001', 'NAC002'] },
    { code: '1BNAC', officeCodes: ['NAC001'] },
    { code: '2BCTO', officeCodes: ['CTO001'] },
  ],
};

const input = (raw: Record<string, string>, users: UserRow[] = [], pending: UserRow[] = []): NewUsageInput => ({ raw, users, pending });
const row = userRow;

describe('企業略称', () => {
  it('is three upper-case letters', () => {
    expect(abbrFormat('NAC')).toBeUndefined();
    expect(abbrFormat('')).toBe('企業略称を入力してください。(半角英大文字3桁 例)NAC)');
    expect(abbrFormat('nac')).toBe('企業略称は半角英大文字3桁(例)NAC)で入力してください。');
    expect(abbrFormat('NA1')).toBeDefined();
    expect(abbrFormat('ＮＡＣ')).toBeDefined();
  });

  it('is unique against existing companies, except for a new office of the same company', () => {
    expect(abbrUniqueness('XYZ', '新港運株式会社', CTX.companies)).toBeUndefined();
    expect(abbrUniqueness('NAC', 'ナックス商事株式会社', CTX.companies)).toBeUndefined();
    expect(abbrUniqueness('NAC', '別会社株式会社', CTX.companies)).toContain('企業略称「NAC」は既に他の企業が使用しています。');
  });
});

describe('one office per application', () => {
  it('refuses shared codes of different offices with the seed 003 sentence', () => {
    expect(oneOfficeProblem([row({ userCode: '1ANAC' })], CTX.userCodes)).toBeUndefined();
    expect(oneOfficeProblem([row({ userCode: '1BNAC' }), row({ userCode: '2BCTO' })], CTX.userCodes)).toBe(
      '複数の事業所の利用者コードを一度に申込をすることはできません。',
    );
    // new codes do not count: they will be the new office's
    expect(oneOfficeProblem([row({ userCode: '1BNAC' }), row({ mode: 'new', userCode: undefined })], CTX.userCodes)).toBeUndefined();
  });

  it('is checked when a row is set and on the 利用者 tab', () => {
    const raw = { [F.systems]: USE_GENERAL, [F.userMode]: 'share', [F.userCode]: '2BCTO', [F.industry]: '通関業', [F.method]: 'SMTP双方向', [F.idCount]: '1' };
    expect(checkUserRow(input(raw, [row({ userCode: '1BNAC' })]), CTX).errors[F.userCode]).toBe(MESSAGES.oneOffice);
    expect(checkUsersTab(input({ [F.systems]: USE_GENERAL }, [row({ userCode: '1BNAC' }), row({ userCode: '2BCTO', group: 2 })]), CTX)).toEqual({
      [F.users]: MESSAGES.oneOffice,
    });
  });
});

describe('code formats', () => {
  it('利用者コード: five upper-case letters and digits that exist', () => {
    expect(userCodeFormat('1ANAC')).toBeUndefined();
    expect(userCodeFormat('1anac')).toContain('小文字');
    expect(userCodeFormat('1ANA')).toBe('利用者コードは半角英数字5桁で入力してください。');
    const raw = { [F.systems]: USE_GENERAL, [F.userMode]: 'share', [F.userCode]: '9ZZZZ', [F.industry]: '通関業', [F.method]: 'SMTP双方向', [F.idCount]: '1' };
    expect(checkUserRow(input(raw), CTX).errors[F.userCode]).toBe('利用者コード「9ZZZZ」は登録されていません。共用する利用者コードを確認してください。');
  });

  it('登録請求先コード (7 digits) or 事業所コード (6): exactly one of the two', () => {
    expect(oneOfCodes('一括請求先', '', '').billing).toBe('一括請求先の登録請求先コードまたは事業所コードのどちらか一方を入力してください。');
    expect(oneOfCodes('一括請求先', '1234567', 'NAC001').billing).toBe('一括請求先の登録請求先コードと事業所コードは、どちらか一方のみ入力してください。');
    expect(oneOfCodes('一括請求先', '123456', '')).toEqual({ billing: '一括請求先の登録請求先コードは半角数字7桁で入力してください。', office: undefined });
    expect(oneOfCodes('一括請求先', '', 'NAC01')).toMatchObject({ office: expect.stringContaining('事業所コード') });
    expect(oneOfCodes('一括請求先', '1234567', '')).toEqual({ billing: undefined, office: undefined });
    expect(oneOfCodes('一括請求先', '', 'NAC001')).toEqual({ billing: undefined, office: undefined });
  });

  it('郵便番号: seven digits without a hyphen', () => {
    const base = { [F.companyName]: 'ナックス商事株式会社', [F.companyAbbr]: 'NAC' };
    expect(checkOfficeTab(input({ ...base, [F.postalCode]: '105-0023' }), CTX)[F.postalCode]).toBe('郵便番号は「-」(ハイフン)を入力せずに、数字のみ入力してください。');
    expect(checkOfficeTab(input({ ...base, [F.postalCode]: '105002' }), CTX)[F.postalCode]).toBe('郵便番号は半角数字7桁で入力してください。');
    expect(checkOfficeTab(input({ ...base, [F.postalCode]: '1050023' }), CTX)[F.postalCode]).toBeUndefined();
  });

  it('issues 事業所コード and 利用者コード as the next free ones of the company', () => {
    expect(nextOfficeCode('NAC', new Set(['NAC001', 'NAC002']))).toBe('NAC003');
    expect(nextOfficeCode('XYZ', new Set())).toBe('XYZ001');
    expect(nextUserCode('NAC', new Set(['1ANAC', '1BNAC']))).toBe('1CNAC');
  });
});

describe('tab dependencies', () => {
  it('a new 利用者コード needs the 企業略称 of 事業所・企業 first', () => {
    const raw = { [F.systems]: USE_NET, [F.userMode]: 'new', [F.industry]: '通関業', [F.method]: 'net', [F.idCount]: '1' };
    expect(checkUserRow(input(raw), CTX).errors[F.userMode]).toBe(MESSAGES.abbrFirst);
    expect(checkUserRow(input({ ...raw, [F.companyAbbr]: 'XYZ' }), CTX).row).toMatchObject({ mode: 'new', method: 'net' });
  });

  it('a 処理方式 needs its system chosen on 申込担当', () => {
    const raw = { [F.systems]: USE_NET, [F.userMode]: 'share', [F.userCode]: '1ANAC', [F.industry]: '通関業', [F.method]: 'SMTP双方向', [F.idCount]: '1' };
    expect(checkUserRow(input(raw), CTX).errors[F.method]).toBe('処理方式「SMTP双方向」は、一般NACCSを利用する場合に選択できます。');
  });

  it('the 機器共用… checkbox makes the rest of 回線・論理端末 unnecessary', () => {
    expect(Object.keys(checkLinesTab(input({})))).toEqual([F.lineKind, F.lineTerminals]);
    expect(checkLinesTab(input({ [F.lineSkip]: '1' }))).toEqual({});
    expect(SKIP_TEXT).toBe('機器共用・共同利用、回線付替を別途申込、または自社システムを利用します。');
  });

  it('申込担当 asks for a system and a 利用開始希望日 after today', () => {
    const errors = checkContactTab(input({ [F.startDate]: '20261120' }), CTX);
    expect(errors[F.systems]).toBe(MESSAGES.systems);
    expect(errors[F.startDate]).toContain('利用開始希望日は翌日');
    expect(errors['contact-lastName']).toBeDefined();
  });

  it('請求先 asks for the codes only when 一括請求 / 同一口座振替 is wished, the address only for その他', () => {
    expect(checkBillingTab(input({ [F.bulk]: BULK.no, [F.billAddress]: BILL_ADDRESS.same, [F.debit]: DEBIT.new }))).toEqual({});
    const errors = checkBillingTab(input({ [F.bulk]: BULK.yes, [F.billAddress]: BILL_ADDRESS.other, [F.debit]: DEBIT.same }));
    expect(Object.keys(errors)).toEqual([
      F.bulkBillingCode,
      F.bulkCompany,
      F.bulkOffice,
      F.billPostalCode,
      F.billPrefecture,
      F.billStreet,
      F.debitBillingCode,
      F.debitCompany,
      F.debitOffice,
    ]);
  });
});

describe('review, issue and effect', () => {
  const raw = {
    ...NEW_USAGE_RAW,
    [F.systems]: `${USE_NET}|${USE_GENERAL}`,
    [F.netTerminals]: '2',
    [F.planNet]: 'A',
    [F.planGeneral]: 'B',
  };
  const users = [
    row({ userCode: '1ANAC', method: 'SMTP双方向', count: 2 }),
    row({ mode: 'new', userCode: undefined, group: 2, method: 'net', industry: '通関業', count: 1 }),
    row({ mode: 'new', userCode: undefined, group: 2, method: 'SMTP双方向', industry: '通関業', count: 1 }),
  ];
  const payload = payloadOf(input(raw, users), 'KR123456');

  it('files a payload its schema accepts', () => {
    expect(v.safeParse(newUsagePayloadSchema, payload).success).toBe(true);
    expect(payload.line).toBeNull();
    expect(payload.netTerminals).toBe(2);
  });

  it("the center's checks speak in the seeds' voice", () => {
    expect(newUsageProblems(payload, { companies: CTX.companies, userCodes: [] })).toEqual([
      '利用者：共用する利用者コード「1ANAC」は登録されていません。利用者コードを確認のうえ、申込内容を修正してください。',
    ]);
    expect(newUsageProblems({ ...payload, company: { ...payload.company, name: '別会社株式会社' } }, { companies: CTX.companies, userCodes: [] })[0]).toContain(
      '事業所・企業：企業略称「NAC」は既に他の企業が使用しています。',
    );
  });

  it('issues the 事業所コード, a new code per group, Y-識別番号 for SMTP双方向, terminals with keys', () => {
    let n = 0;
    const random = () => ((n = (n * 9301 + 49297) % 233280) / 233280);
    const notice = issueForNewUsage(payload, {
      takenOfficeCodes: new Set(['NAC001', 'NAC002']),
      takenUserCodes: new Set(['1ANAC', '1BNAC']),
      takenIdNos: (c) => (c === '1ANAC' ? ['A01', 'A0A', 'Y27'] : []),
      takenTerminalNames: new Set(),
      random,
      date: '2026-12-08',
      now: 0,
    });
    expect(notice.office).toMatchObject({ code: 'NAC003', companyAbbr: 'NAC', newUserCodes: ['1CNAC'] });
    expect(notice.office!.billingCode).toMatch(/^\d{7}$/);
    const shared = notice.userIds.filter((u) => u.userCode === '1ANAC');
    expect(shared).toHaveLength(2);
    expect(shared.every((u) => u.idNo.startsWith('Y'))).toBe(true);
    expect(notice.userIds.filter((u) => u.userCode === '1CNAC').map((u) => u.method)).toEqual(['net', 'SMTP双方向']);
    expect(notice.terminals).toHaveLength(2);
    expect(notice.terminals[0].accessKey).toMatch(/^\d{13}$/);

    const edits = newUsageEffect(payload, { ...notice, office: notice.office! }, {
      date: '2026-12-08',
      password: { algorithm: 'PBKDF2-SHA256', iterations: 1, salt: '', hash: '' },
      existingUserCodes: [
        { id: '1ANAC', code: '1ANAC', officeCodes: ['NAC001', 'NAC002'], systemKind: '海上', industries: [], english: { company: '', office: '', address: '', manager: '' }, statsPaid: false, statsFree: false, bondedRetention: false, startDate: '2020-01-01', updatedAt: 0, rev: 1 },
      ],
    });
    expect(edits.office).toMatchObject({ code: 'NAC003', companyAbbr: 'NAC', companyName: 'ナックス商事株式会社', officeName: 'ＣＰ利用者', startDate: '2026-12-08' });
    expect(edits.userCodes.find((c) => c.code === '1ANAC')!.officeCodes).toEqual(['NAC001', 'NAC002', 'NAC003']);
    expect(edits.userCodes.find((c) => c.code === '1CNAC')!.officeCodes).toEqual(['NAC003']);
    expect(edits.userIds.every((u) => u.officeCode === 'NAC003')).toBe(true);
    expect(edits.terminals).toHaveLength(2);
    // seed 003: the Cyberport application's SMTP双方向 IDs are サイバーポート用の利用者ID (UTB refuses them)
    expect(edits.userIds.filter((u) => u.cyberport).map((u) => u.method)).toEqual(['SMTP双方向', 'SMTP双方向', 'SMTP双方向']);
    expect(edits.userIds.find((u) => u.method === 'net')!.cyberport).toBeUndefined();
    const other = newUsageEffect({ ...payload, reason: '通関業務開始のため' }, { ...notice, office: notice.office! }, {
      date: '2026-12-08',
      password: { algorithm: 'PBKDF2-SHA256', iterations: 1, salt: '', hash: '' },
      existingUserCodes: [],
    });
    expect(other.userIds.some((u) => u.cyberport)).toBe(false);
    // a netNACCS terminal's デジタル証明書: one year from the 利用開始日, as for 契約内容の変更
    for (const t of edits.terminals) expect(t).toMatchObject({ officeCode: 'NAC003', startDate: '2026-12-08', certIssuedOn: '2026-12-08', certExpiresOn: '2027-12-07' });
  });
});

describe('the Cyberport UTB note', () => {
  it('applies to a Cyberport application whose IDs are for 通関 (通関業 or 通関士)', () => {
    const reason = 'サイバーポート利用のための申込';
    expect(needsCyberportUtbNote({ reason, users: [row({ industry: '通関業' })] })).toBe(true);
    expect(needsCyberportUtbNote({ reason, users: [row({ industry: '通関士' })] })).toBe(true);
    expect(needsCyberportUtbNote({ reason, users: [row({ industry: '海貨業' })] })).toBe(false);
    expect(needsCyberportUtbNote({ reason: '通関業務開始のため', users: [row({ industry: '通関士' })] })).toBe(false);
  });
});
