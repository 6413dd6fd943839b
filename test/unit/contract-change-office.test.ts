// 契約内容の変更, the office, 管理統計資料 and 請求先 items (issue 10): their field rules,
// R4 across the demo company's two offices, the 保存サービス dependency, the
// 口座振替 notice, and each item's effect on the 利用開始日 (exactly once), with the
// real kind in the center and the demo data.
import { beforeEach, describe, expect, it } from 'vitest';
import { setClockTo } from '../../src/center/clock';
import { runDue } from '../../src/center/review';
import { submitApplication } from '../../src/center/submit';
import type { Application } from '../../src/domain/application';
import { checkPayment, DEBIT_FORM_NOTICE_TEXT, debitFormNotice } from '../../src/domain/contract-change/billing';
import { checkFields } from '../../src/domain/contract-change/fields';
import { ADMIN_ITEM, COMPANY_ITEM, HEAD_OFFICE_ITEM, officeEffect, officesReached, officesText } from '../../src/domain/contract-change/office';
import { availableOptions, checkOptions, optionFieldName } from '../../src/domain/contract-change/options';
import type { ContractChangePayload } from '../../src/domain/contract-change/payload';
import { contractChangePayloadSchema } from '../../src/domain/contract-change/payload';
import { changeSummary } from '../../src/domain/contract-change/summary';
import { jstMs } from '../../src/domain/time';
import { getApplication } from '../../src/store/applications';
import { db } from '../../src/store/db';
import { demoOffices, demoUserCodes } from '../../src/store/demo/data';
import * as v from 'valibot';
import { resetDatabase, seedDemo } from '../support/db';
import { TEST_CONTACT } from '../support/test-kinds';

const hash = { algorithm: 'PBKDF2-SHA256' as const, iterations: 1, salt: '', hash: '' };
const [tokyo, warehouse] = demoOffices(hash, hash);

describe('field rules of the office and 請求先 items', () => {
  const company = COMPANY_ITEM.current(tokyo);

  it('checks only what changes: the registered 所在地 with half-width letters passes as it is', () => {
    const r = checkFields(COMPANY_ITEM, { ...company, companyName: 'ナックス商事ホールディングス株式会社' }, company);
    expect(r).toEqual({ ok: true, value: { ...company, companyName: 'ナックス商事ホールディングス株式会社' } });
  });

  it('refuses a screen that changes nothing, at its first field', () => {
    const r = checkFields(COMPANY_ITEM, company, company);
    expect(r.ok ? '' : r.errors.companyName).toBe('企業・事業所情報の変更内容がありません。変更する項目を入力してください。');
  });

  it('全角, 全角カナ, 郵便番号 7 digits, phone numbers without hyphens, lengths and required fields, each naming its field', () => {
    const r = checkFields(
      COMPANY_ITEM,
      { ...company, companyName: 'NACCS商事', companyNameKana: 'なっくす', officeName: '', postalCode: '108-0075', phone: '03-0000-1234', address: '東'.repeat(61) },
      company,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.companyName).toBe('企業名は全角で入力してください。半角の文字「N」「A」「C」が含まれています。');
    expect(r.errors.companyNameKana).toBe('企業名(フリガナ)は全角カナで入力してください。ひらがな「な」「っ」「く」が含まれています。');
    expect(r.errors.officeName).toBe('事業所名を入力してください。');
    expect(r.errors.postalCode).toBe('郵便番号は「-」(ハイフン)を入力せずに、半角数字7桁で入力してください。');
    expect(r.errors.phone).toBe('電話番号は「-」(ハイフン)を入力せずに、数字のみ入力してください。');
    expect(r.errors.address).toBe('所在地は60文字以内で入力してください。(現在61文字)');
    const short = checkFields(HEAD_OFFICE_ITEM, { ...HEAD_OFFICE_ITEM.current(tokyo), postalCode: '108007' }, HEAD_OFFICE_ITEM.current(tokyo));
    expect(short.ok ? '' : short.errors.postalCode).toBe('本社 郵便番号は半角数字7桁で入力してください。');
  });

  it('the 管理責任者 item includes the E-mailアドレス, checked as one', () => {
    const admin = ADMIN_ITEM.current(tokyo);
    const r = checkFields(ADMIN_ITEM, { ...admin, email: 'kanri＠example' }, admin);
    expect(r.ok ? '' : r.errors.email).toContain('E-mailアドレスは半角英数字で入力してください。');
  });

  it('支払の方法 must be chosen and differ from the contract', () => {
    expect(checkPayment('', '銀行振込')).toEqual({ ok: false, errors: { payment: '支払の方法を選択してください。' } });
    expect(checkPayment('銀行振込', '銀行振込').ok).toBe(false);
    expect(checkPayment('口座振替', '銀行振込')).toEqual({ ok: true, value: '口座振替' });
  });
});

describe('R4: 企業情報 reaches every office of the same 企業略称', () => {
  const offices = [tokyo, warehouse];
  const renamed = { ...COMPANY_ITEM.current(tokyo), companyName: 'ナックス物流株式会社' };

  it('a new 企業名 reaches NAC001 and NAC002, and the confirmation names them', () => {
    const reached = officesReached({ company: renamed }, tokyo, offices);
    expect(officesText(reached)).toBe('NAC001 東京事業所、NAC002 東京保税倉庫');
    const { office, others } = officeEffect({ company: renamed }, tokyo, offices);
    expect(office.companyName).toBe('ナックス物流株式会社');
    expect(others.map((o) => [o.code, o.companyName, o.officeName])).toEqual([['NAC002', 'ナックス物流株式会社', '東京保税倉庫']]);
  });

  it('a new 事業所名 or 所在地 stays with the filing office', () => {
    const moved = { ...COMPANY_ITEM.current(tokyo), officeName: '品川事業所', address: '東京都品川区品川一丁目１番１号' };
    expect(officesReached({ company: moved }, tokyo, offices)).toEqual([]);
    const { office, others } = officeEffect({ company: moved }, tokyo, offices);
    expect([office.officeName, office.address]).toEqual(['品川事業所', '東京都品川区品川一丁目１番１号']);
    expect(others).toEqual([]);
  });

  it('a new 本社 reaches every office; 契約者 and 管理責任者 do not', () => {
    const head = { postalCode: '1050001', address: '東京都港区虎ノ門一丁目１番１号', phone: '0300009999' };
    const { others } = officeEffect({ headOffice: head }, tokyo, offices);
    expect(others.map((o) => o.headOffice)).toEqual([head]);
    const admin = { ...ADMIN_ITEM.current(tokyo), email: 'new-kanri@nacks-shoji.example' };
    expect(officeEffect({ admin, contractor: { name: '港南 二郎', title: '代表取締役社長' } }, tokyo, offices).others).toEqual([]);
  });
});

describe('管理統計資料 and 保税管理資料保存サービス', () => {
  const [a, b] = demoUserCodes();
  const row = (code: typeof a, industries: string[], values: Record<'statsPaid' | 'statsFree' | 'bondedRetention', string>) => ({ code, industries, values });

  it('保存サービス 要 needs 有料分 要', () => {
    const r = checkOptions([row(b, ['保税蔵置場'], { statsPaid: '否', statsFree: '否', bondedRetention: '要' })], { stats: true, retention: true });
    expect(r.ok ? '' : r.errors[optionFieldName('1BNAC', 'bondedRetention')]).toBe(
      '利用者コード「1BNAC」：保税管理資料保存サービスを「要」とする場合は、管理統計資料(有料分)も「要」としてください。',
    );
    // with only 管理統計資料 ticked, turning 有料分 off under a 保存サービス is refused at 有料分
    const paidOff = checkOptions([row(b, ['保税蔵置場'], { statsPaid: '否', statsFree: '否', bondedRetention: '要' })], { stats: true, retention: false });
    expect(paidOff.ok ? '' : paidOff.errors[optionFieldName('1BNAC', 'statsPaid')]).toContain('管理統計資料(有料分)も「要」');
  });

  it('保存サービス needs an eligible 業種 (DOMAIN.md §7.2), and the table decides 有料分 / 無料分', () => {
    const r = checkOptions([row(a, ['通関業', '通関士'], { statsPaid: '要', statsFree: '要', bondedRetention: '要' })], { stats: false, retention: true });
    expect(r.ok ? '' : r.errors[optionFieldName('1ANAC', 'bondedRetention')]).toBe(
      '利用者コード「1ANAC」の業種では、保税管理資料保存サービスは利用できません。「否」を選択してください。',
    );
    expect(availableOptions(['保税蔵置場'])).toEqual({ statsPaid: true, statsFree: false, bondedRetention: true });
    expect(availableOptions(['バンプール'])).toEqual({ statsPaid: false, statsFree: false, bondedRetention: false });
    const free = checkOptions([row(b, ['保税蔵置場'], { statsPaid: '要', statsFree: '要', bondedRetention: '要' })], { stats: true, retention: false });
    expect(free.ok ? '' : free.errors[optionFieldName('1BNAC', 'statsFree')]).toContain('管理統計資料(無料分)は利用できません');
  });

  it('gives the codes that change, or asks for a change', () => {
    const same = checkOptions([row(a, ['通関業'], { statsPaid: '要', statsFree: '要', bondedRetention: '否' })], { stats: true, retention: false });
    expect(same.ok).toBe(false);
    const off = checkOptions([row(a, ['通関業'], { statsPaid: '否', statsFree: '要', bondedRetention: '否' })], { stats: true, retention: false });
    expect(off).toEqual({ ok: true, value: [{ userCode: '1ANAC', statsPaid: false, statsFree: true, bondedRetention: false }] });
  });
});

// ---------------------------------------------------------------------------
// The kind in the center.

async function fileChange(payload: ContractChangePayload, officeCode = 'NAC001') {
  const { applicationId } = await submitApplication({ kind: 'contract-change', officeCode, contact: TEST_CONTACT, payload, desiredDate: '2026-12-07' });
  return applicationId;
}
const load = async (id: string) => (await getApplication(id)) as Application;

describe('the office, 管理統計資料 and 請求先 items in the center', () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedDemo();
    await setClockTo('2026-11-20', 13, 15);
  });

  it('R4: a new 企業名 filed by NAC001 changes NAC002 too, on the 利用開始日 and once', async () => {
    const company = { ...COMPANY_ITEM.current(tokyo), companyName: 'ナックス物流株式会社', companyNameKana: 'ナックスブツリュウカブシキガイシャ' };
    const id = await fileChange({ items: ['company'], company });
    await runDue(jstMs('2026-11-24', 9));
    expect((await load(id)).status).toBe('審査終了');
    expect((await db.offices.get('NAC002'))!.companyName).toBe('ナックス商事株式会社');
    await runDue(jstMs('2026-12-07', 0, 1));
    expect((await load(id)).status).toBe('利用開始');
    for (const code of ['NAC001', 'NAC002']) {
      const o = (await db.offices.get(code))!;
      expect([o.companyName, o.companyNameKana]).toEqual(['ナックス物流株式会社', 'ナックスブツリュウカブシキガイシャ']);
    }
    expect((await db.offices.get('NAC002'))!.officeName).toBe('東京保税倉庫');
    const rev = (await db.offices.get('NAC002'))!.rev;
    await runDue(jstMs('2026-12-08', 9));
    expect((await db.offices.get('NAC002'))!.rev).toBe(rev);
  });

  it('from the 利用開始日 the new 管理責任者 address is the one NSS mails', async () => {
    const admin = { ...ADMIN_ITEM.current(tokyo), name: '新田 四郎', nameKana: 'ニッタ シロウ', email: 'new-kanri@nacks-shoji.example' };
    const first = await fileChange({ items: ['admin'], admin });
    await runDue(jstMs('2026-11-24', 9));
    // until then the old one
    const mailsTo = async (to: string) => db.mails.where('to').equals(to).count();
    expect(await mailsTo('kanri@nacks-shoji.example')).toBeGreaterThan(0);
    expect(await mailsTo('new-kanri@nacks-shoji.example')).toBe(0);
    await runDue(jstMs('2026-12-07', 0, 1));
    expect((await load(first)).status).toBe('利用開始');
    expect((await db.offices.get('NAC001'))!.admin.email).toBe('new-kanri@nacks-shoji.example');
    // the next application's mails go to the new 管理責任者
    await fileChange({ items: ['contractor'], contractor: { name: '港南 二郎', title: '代表取締役社長' } });
    await runDue(jstMs('2026-12-09', 9));
    expect(await mailsTo('new-kanri@nacks-shoji.example')).toBeGreaterThan(0);
  });

  it('a change to 口座振替 sends S0\'s 新着情報 on the 利用開始日, and the 請求先 changes', async () => {
    const id = await fileChange({
      items: ['billingContact', 'payment'],
      billingContact: { contactName: '経理 太郎', contactPhone: '0300001301' },
      payment: '口座振替',
    });
    await runDue(jstMs('2026-11-24', 9));
    const debitNotices = () => db.notices.filter((n) => n.officeCode === 'NAC001' && n.text === DEBIT_FORM_NOTICE_TEXT).toArray();
    expect(await debitNotices()).toEqual([]);
    await runDue(jstMs('2026-12-07', 0, 1));
    expect((await load(id)).status).toBe('利用開始');
    const [notice, ...more] = await debitNotices();
    expect(more).toEqual([]);
    expect(notice).toMatchObject({ category: '利用料金', text: '口座振替申込専用紙を送付しました。受領しましたら、必要事項を記入しNACCSセンターに郵送してください。' });
    expect(notice.receiptNo).toBeUndefined();
    expect((await db.offices.get('NAC001'))!.billing).toMatchObject({ contactName: '経理 太郎', contactPhone: '0300001301', paymentMethod: '口座振替' });
    // the other office's 請求先 is its own
    expect((await db.offices.get('NAC002'))!.billing.contactName).toBe('経理 花子');
  });

  it('no notice for a change to 銀行振込, nor when the office already pays by 口座振替', () => {
    expect(debitFormNotice({ payment: '銀行振込' }, warehouse, 0, 'x')).toBeUndefined();
    expect(debitFormNotice({ payment: '口座振替' }, warehouse, 0, 'x')).toBeUndefined();
    expect(debitFormNotice({ payment: '口座振替' }, tokyo, 0, 'x')?.text).toBe(DEBIT_FORM_NOTICE_TEXT);
  });

  it('管理統計資料 of a code changes on the 利用開始日; a 保存サービス without 有料分 is sent back', async () => {
    const id = await fileChange({ items: ['stats'], options: [{ userCode: '1ANAC', statsPaid: false, statsFree: true, bondedRetention: false }] });
    const bad = await fileChange({ items: ['retention'], options: [{ userCode: '1ANAC', statsPaid: true, statsFree: true, bondedRetention: true }] });
    await runDue(jstMs('2026-11-24', 9));
    const refused = await load(bad);
    expect(refused.status).toBe('確認依頼');
    expect(refused.history.at(-1)!.notice).toBe('利用者コード「1ANAC」：保税管理資料保存サービスは、業種がCY、保税蔵置場、航空会社、機用品業の利用者コードのみ利用できます。');
    await runDue(jstMs('2026-12-07', 0, 1));
    expect((await load(id)).status).toBe('利用開始');
    expect((await db.userCodes.get('1ANAC'))!).toMatchObject({ statsPaid: false, statsFree: true, bondedRetention: false });
  });

  it('asks for a correction when an item no longer changes anything', async () => {
    const id = await fileChange({ items: ['contractor'], contractor: { name: '港南 一郎', title: '代表取締役' } });
    await runDue(jstMs('2026-11-24', 9));
    expect((await load(id)).history.at(-1)!.notice).toBe('「契約者情報」の申込内容が現在のご契約と同じです。内容を確認頂き修正入力をお願いします。');
  });

  it('each item files its block, and flags its 契約変更内容', () => {
    const bare = v.safeParse(contractChangePayloadSchema, { items: ['payment'] });
    expect(bare.success).toBe(false);
    expect(changeSummary({ items: ['company', 'admin', 'stats', 'retention', 'payment'] } as ContractChangePayload).changeFlags).toEqual([
      '企業',
      '事業所',
      '管理責任者',
      '緊急連絡用FAX番号',
      '請求先',
      '管理統計資料',
      '保存サービス',
    ]);
  });
});
