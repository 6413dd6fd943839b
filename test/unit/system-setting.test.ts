import * as v from 'valibot';
import { beforeEach, describe, expect, it } from 'vitest';
import { setClockTo } from '../../src/center/clock';
import { systemSettingKind } from '../../src/kinds/system-setting/kind';
import { runDue } from '../../src/center/review';
import { submitApplication } from '../../src/center/submit';
import { demoUserCodes } from '../../src/store/demo/data';
import { isNewUserCode, systemSettingProblems } from '../../src/domain/system-setting/checks';
import { industriesFor } from '../../src/domain/system-setting/industries';
import { systemSettingPayloadSchema, type CodeSetting, type SystemSettingPayload } from '../../src/domain/system-setting/payload';
import { checkSchedule, shortestRegistrationDate } from '../../src/domain/system-setting/schedule';
import { jstMs } from '../../src/domain/time';
import { industryTabs, methodsText } from '../../src/domain/system-setting/items';
import { companyNameProblems, targetCodes, withCompanyName } from '../../src/domain/system-setting/targets';
import { methodName } from '../../src/domain/contract';
import { demoUserIds } from '../../src/store/demo/data';
import { getApplication } from '../../src/store/applications';
import { getUserCode } from '../../src/store/contracts';
import { db } from '../../src/store/db';
import { resetDatabase, seedDemo } from '../support/db';
import { TEST_CONTACT } from '../support/test-kinds';

const CONTACT = { ...TEST_CONTACT, fax: '', email: 'tarou.tsukan@nacks-shoji.example' };

const setting = (extra: Partial<CodeSetting> = {}): CodeSetting => ({
  userCode: '1CNAC',
  systemKind: '海上',
  newCode: true,
  english: { company: 'NACCS TRADE COMPANY 2', office: 'TOKYO OFFICE 3', manager: 'T.TSUKAN', address: 'TOKYO TO MINATO KU' },
  industries: ['通関業'],
  importerCode: '',
  settings: { 'customs-customs': '東京税関' },
  ...extra,
});

const payload = (codes: CodeSetting[] = [setting()]): SystemSettingPayload => ({ codes, timing: { kind: 'shortest' } });

describe('the システム設定申込 payload', () => {
  it('accepts several codes with a shortest or a specified date', () => {
    expect(v.safeParse(systemSettingPayloadSchema, payload([setting(), setting({ userCode: '1ANAC', newCode: false })])).success).toBe(true);
    const specified = { ...payload(), timing: { kind: 'specified', date: '2026-12-01' } };
    expect(v.safeParse(systemSettingPayloadSchema, specified).success).toBe(true);
    // the wizard only writes real dates; a stored or imported payload is held to the same
    expect(v.safeParse(systemSettingPayloadSchema, { ...payload(), timing: { kind: 'specified', date: '2026-11-31' } }).success).toBe(false);
  });
  it('refuses no codes, a code twice, lower-case English, a 業種 not in the list', () => {
    const msgs = (p: unknown) => {
      const r = v.safeParse(systemSettingPayloadSchema, p);
      return r.success ? [] : r.issues.map((i) => i.message);
    };
    expect(msgs(payload([]))).toEqual(['設定を行う利用者コードを1つ以上選択してください。']);
    expect(msgs(payload([setting(), setting()]))).toEqual(['同じ利用者コードが複数設定されています。']);
    expect(msgs(payload([setting({ english: { ...setting().english, company: 'Naccs' } })]))[0]).toContain('半角英大文字');
    expect(msgs(payload([setting({ industries: ['通関'] })]))[0]).toBe('業種が一覧にありません。');
    // a code whose 業種 are not recorded yet (a new code) still files
    expect(msgs(payload([setting({ industries: [] })]))).toEqual([]);
  });
});

describe('rule R12 and the automatic checks', () => {
  const codes = demoUserCodes();
  it('a code without English names in the contract is new', () => {
    expect(codes.filter(isNewUserCode).map((c) => c.code)).toEqual(['1CNAC']);
  });
  it('passes a complete application', () => {
    expect(systemSettingProblems(payload(), codes)).toEqual([]);
  });
  it('asks a new code for the required items of 名称 and 業種 (R12)', () => {
    const p = payload([setting({ english: { company: '', office: '', manager: '', address: '' } })]);
    expect(systemSettingProblems(p, codes)).toEqual([
      '1CNACは新規利用者コードです。新規利用者コード追加時は「名称」タブと「業種」タブの必須項目が入力されていないとエラーとなります。「名称」タブと「業種」タブの入力をお願いします。',
    ]);
    // 名称 filled, but the 通関・自社通関 sub-tab's 主管税関 missing
    expect(systemSettingProblems(payload([setting({ settings: {} })]), codes)[0]).toContain('1CNACは新規利用者コードです。');
  });
  it('asks for half-width upper-case English', () => {
    const p = payload([setting({ english: { ...setting().english, office: 'Tokyo' } })]);
    expect(systemSettingProblems(p, codes)).toEqual([
      '1CNACで入力された営業所名(英)に使用できない文字が含まれています。半角英大文字で修正入力をお願いします。',
    ]);
  });
  it('says the 輸出入者コード(JASTPRO) has the wrong structure, in the seed voice', () => {
    expect(systemSettingProblems(payload([setting({ importerCode: '123456789012' })]), codes)).toEqual([
      '1CNACで入力された輸出入者コード(JASTPRO)の体系が違います。コードを確認頂き修正入力をお願いします。',
    ]);
    expect(systemSettingProblems(payload([setting({ importerCode: '1234567890123' })]), codes)).toEqual([]);
  });
  it('refuses a code of another office', () => {
    expect(systemSettingProblems(payload([setting({ userCode: '9ZZZZ' })]), codes)[0]).toContain('9ZZZZは申込を行った事業所の利用者コードではありません。');
  });
  it('offers sea-only 業種 to 海上 codes only', () => {
    expect(industriesFor('海上')).toContain('海貨業');
    expect(industriesFor('海上')).not.toContain('航空会社');
    expect(industriesFor('航空')).not.toContain('海貨業');
    expect(industriesFor('共用')).toContain('航空会社');
  });
});

describe('NACCS登録希望日', () => {
  it('最短 is 4 business days after the application day (the seed: 4/2(火) → 4/8(月))', () => {
    expect(shortestRegistrationDate('2019-04-02')).toBe('2019-04-08');
    expect(shortestRegistrationDate('2026-11-20')).toBe('2026-11-27'); // 11/23 勤労感謝の日
    expect(shortestRegistrationDate('2026-12-24')).toBe('2027-01-05'); // 12/29–1/3 closed
  });
  it('a specified date must be a business day not earlier than the shortest', () => {
    const at = '2026-11-20';
    expect(checkSchedule({ timing: 'specified', desiredDate: '20261126', note: '' }, at)).toEqual({
      ok: false,
      errors: { desiredDate: 'NACCS登録希望日は最短の登録日(2026/11/27(金))以降の日付を入力してください。' },
    });
    expect(checkSchedule({ timing: 'specified', desiredDate: '20261201', note: '' }, at)).toEqual({
      ok: true,
      value: { timing: { kind: 'specified', date: '2026-12-01' }, note: '' },
    });
    expect(checkSchedule({ timing: '', desiredDate: '', note: '通'.repeat(241) }, at)).toEqual({
      ok: false,
      errors: { timing: 'NACCS反映タイミングを選択してください。', note: '備考は240文字以内で入力してください。(現在241文字)' },
    });
  });
  it('the kind confirms 最短 from the (latest) submission day, or the date asked for', () => {
    expect(systemSettingKind.earliestDate!(payload(), '2026-11-20', 4)).toBe('2026-11-27');
    const specified: SystemSettingPayload = { ...payload(), timing: { kind: 'specified', date: '2026-12-04' } };
    expect(systemSettingKind.earliestDate!(specified, '2026-11-20', 4)).toBe('2026-12-04');
  });
});

describe('the center reviews it and applies it on the NACCS登録日', () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedDemo();
    await setClockTo('2026-11-20', 13, 15);
  });

  it('files as …C, ends the review and changes the English names and 業種 on the NACCS登録日', async () => {
    const p = payload([setting(), setting({ userCode: '1ANAC', systemKind: '海上', newCode: false, industries: ['通関業', '通関士'], english: { company: 'NACCS TRADE COMPANY 2', office: 'TOKYO OFFICE', manager: 'J.YAMADA', address: 'TOKYO' } })]);
    const { applicationId, receiptNo } = await submitApplication({ kind: 'system-setting', officeCode: 'NAC001', contact: CONTACT, payload: p });
    expect(receiptNo).toMatch(/^26\d{5}C$/);
    await runDue(jstMs('2026-11-24', 12));
    const reviewed = (await getApplication(applicationId))!;
    expect(reviewed.status).toBe('審査終了');
    expect(reviewed.confirmedDate).toBe('2026-11-27');
    expect((await getUserCode('1CNAC'))!.english.company).toBe('');
    await runDue(jstMs('2026-11-27', 9));
    const c = (await getUserCode('1CNAC'))!;
    expect(c.english).toEqual(setting().english);
    expect(c.industries).toEqual(['通関業']);
    expect((await getUserCode('1ANAC'))!.english.company).toBe('NACCS TRADE COMPANY 2');
  });

  it('a wrong 輸出入者コード gets a 確認依頼 in the seed voice', async () => {
    const { applicationId } = await submitApplication({
      kind: 'system-setting',
      officeCode: 'NAC001',
      contact: CONTACT,
      payload: payload([setting({ importerCode: '12345' })]),
    });
    await runDue(jstMs('2026-11-24', 12));
    const app = (await getApplication(applicationId))!;
    expect(app.status).toBe('確認依頼');
    expect(app.history.at(-1)!.notice).toContain(
      '1CNACで入力された輸出入者コード(JASTPRO)の体系が違います。コードを確認頂き修正入力をお願いします。',
    );
    expect(await db.userCodes.get('1CNAC')).toMatchObject({ english: { company: '' } });
  });
});

describe('本申込で修正対象となる利用者コード (seed 000 ⑧)', () => {
  const codes = demoUserCodes();
  const ANAC = setting({
    userCode: '1ANAC',
    newCode: false,
    industries: ['通関業', '通関士'],
    english: { company: 'NACCS TRADE COMPANY 2', office: 'TOKYO OFFICE', manager: 'YAMADA TARO', address: 'TOKYO TO MINATO KU' },
  });

  it('a new 企業名 reaches every code of the company; the other names only the codes set', () => {
    expect(targetCodes([ANAC], codes)).toEqual([
      { userCode: '1ANAC', english: ANAC.english, set: true },
      {
        userCode: '1BNAC',
        english: { company: 'NACCS TRADE COMPANY 2', office: 'TOKYO BONDED WAREHOUSE', manager: 'S.HOZEI', address: 'TOKYO TO MINATO KU KOUNAN 10-100-1 NACCS BLD. 20F' },
        set: false,
      },
      // like the seed's 1C1AC and 1D1AC: nothing registered, so only the 企業名
      { userCode: '1CNAC', english: { company: 'NACCS TRADE COMPANY 2', office: '', manager: '', address: '' }, set: false },
    ]);
  });

  it('without a new 企業名 only the codes set are listed, and codes of other companies never', () => {
    const sameName = { ...ANAC, english: { ...ANAC.english, company: 'NACCS TRADE COMPANY' } };
    expect(targetCodes([sameName], codes).map((t) => t.userCode)).toEqual(['1ANAC']);
    const other = { ...codes[1], id: '1BXYZ', code: '1BXYZ', english: { ...codes[1].english, company: 'XYZ' } };
    expect(targetCodes([ANAC], [...codes, other]).map((t) => t.userCode)).toEqual(['1ANAC', '1BNAC', '1CNAC']);
  });

  it('one company, one 企業名: setting a code gives the codes of its company set before the same 企業名', () => {
    const c = setting({ english: { ...setting().english, company: 'NACCS TRADE COMPANY 3' } });
    expect(withCompanyName([ANAC], c).map((x) => x.english.company)).toEqual(['NACCS TRADE COMPANY 3']);
    expect(companyNameProblems([ANAC, c])).toEqual([
      '企業略称NACの利用者コードに異なる企業名(英)が入力されています。企業名(英)は企業で1つです。同じ企業名で修正入力をお願いします。',
    ]);
  });
});

describe('the tabs of システム設定情報入力 (seed 000 ⑤)', () => {
  it('業種 has one sub-tab per 業種 of the code, 通関業 and 通関士 sharing the seed\'s 「通関・自社通関」', () => {
    expect(industryTabs(['通関業', '通関士']).map((t) => t.label)).toEqual(['通関・自社通関']);
    expect(industryTabs(['保税蔵置場']).map((t) => t.label)).toEqual(['保税蔵置場・CY']);
    expect(industryTabs(['通関業', '海貨業']).map((t) => t.label)).toEqual(['通関・自社通関', '海貨業']);
    expect(industryTabs([])).toEqual([]);
  });
  it('処理方式 reads as NSS writes it (「netNACCS インタラクティブ・メール併用」)', () => {
    expect(methodName('net')).toBe('netNACCS インタラクティブ・メール併用');
    expect(methodName('インタ')).toBe('インタラクティブ');
    expect(methodName('SMTP双方向')).toBe('SMTP双方向');
    expect(methodsText(demoUserIds().filter((i) => i.userCode === '1ANAC'))).toBe('インタラクティブ netNACCS インタラクティブ・メール併用 SMTP双方向');
  });
  it('a 管理資料一元化 to a code outside the company gets a 確認依頼', () => {
    const p = payload([setting({ userCode: '1ANAC', newCode: false, settings: { 'stats-use': '一元化する', 'stats-target': '1AXYZ' } })]);
    expect(systemSettingProblems(p, demoUserCodes())).toEqual([
      '1ANACで入力された一元化先利用者コード(1AXYZ)は同じ企業の他の利用者コードではありません。コードを確認頂き修正入力をお願いします。',
    ]);
    const ok = payload([setting({ userCode: '1ANAC', newCode: false, settings: { 'stats-use': '一元化する', 'stats-target': '1BNAC' } })]);
    expect(systemSettingProblems(ok, demoUserCodes())).toEqual([]);
  });
});

describe('on the NACCS登録日 exactly the listed codes change', () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedDemo();
    await setClockTo('2026-11-20', 13, 15);
  });

  it('a new 企業名 of 1ANAC reaches 1BNAC (of two offices) and 1CNAC; their other names and every 業種 stay', async () => {
    const set = setting({
      userCode: '1ANAC',
      newCode: false,
      industries: ['通関業', '通関士'],
      english: { company: 'NACCS TRADE COMPANY 2', office: 'TOKYO OFFICE 2', manager: 'J.YAMADA', address: 'TOKYO' },
    });
    const targets = targetCodes([set], demoUserCodes());
    await submitApplication({ kind: 'system-setting', officeCode: 'NAC001', contact: CONTACT, payload: { codes: [set], timing: { kind: 'shortest' }, targets } });
    await runDue(jstMs('2026-11-24', 12));
    await runDue(jstMs('2026-11-27', 9));
    expect((await getUserCode('1ANAC'))!).toMatchObject({ english: set.english, industries: ['通関業', '通関士'] });
    expect((await getUserCode('1BNAC'))!).toMatchObject({
      english: { company: 'NACCS TRADE COMPANY 2', office: 'TOKYO BONDED WAREHOUSE', manager: 'S.HOZEI' },
      industries: ['保税蔵置場'],
    });
    expect((await getUserCode('1CNAC'))!.english).toEqual({ company: 'NACCS TRADE COMPANY 2', office: '', manager: '', address: '' });
  });

  it('an older filing without the list changes the codes set only', async () => {
    const set = setting({ userCode: '1ANAC', newCode: false, english: { ...setting().english, company: 'NACCS TRADE COMPANY 2' } });
    await submitApplication({ kind: 'system-setting', officeCode: 'NAC001', contact: CONTACT, payload: { codes: [set], timing: { kind: 'shortest' } } });
    await runDue(jstMs('2026-11-24', 12));
    await runDue(jstMs('2026-11-27', 9));
    expect((await getUserCode('1ANAC'))!.english.company).toBe('NACCS TRADE COMPANY 2');
    expect((await getUserCode('1BNAC'))!.english.company).toBe('NACCS TRADE COMPANY');
  });
});
