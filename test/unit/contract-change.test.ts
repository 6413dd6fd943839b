// 契約内容の変更 (seeds 001, 002): the rules of 変更内容入力 and 利用者コード / 論理端末 入力,
// and the kind as the center runs it — checks, what it issues, and its effect on
// the 利用開始日 — with the real kind and the demo office.
import { beforeEach, describe, expect, it } from 'vitest';
import { setClockTo } from '../../src/center/clock';
import { runDue } from '../../src/center/review';
import { submitApplication } from '../../src/center/submit';
import type { Application } from '../../src/domain/application';
import { checkAddition, type CodeChange } from '../../src/domain/contract-change/codes';
import { checkCodeDetail, permissionsOf } from '../../src/domain/contract-change/detail';
import { checkItemsStep, NOTHING_TICKED_TEXT, R1_TEXT, R3_TEXT } from '../../src/domain/contract-change/items';
import type { ContractChangePayload } from '../../src/domain/contract-change/payload';
import { checkPlan, planStartMonth } from '../../src/domain/contract-change/plan';
import { changeSummary } from '../../src/domain/contract-change/summary';
import { checkTerminalInput, emptyCounts, NO_TERMINAL_CHANGE_TEXT } from '../../src/domain/contract-change/terminals';
import { jstMs } from '../../src/domain/time';
import { getApplication } from '../../src/store/applications';
import { db } from '../../src/store/db';
import { demoTerminals, demoUserCodes, demoUserIds } from '../../src/store/demo/data';
import { resetDatabase, seedDemo } from '../support/db';
import { TEST_CONTACT } from '../support/test-kinds';

const NONE = { items: [] as string[], otherChoice: 'なし', otherKind: '', startDate: '20261210' };
const TODAY = '2026-11-20';

describe('変更内容入力', () => {
  it('needs an item or an その他の契約変更, never both (R1), and a 利用開始希望日', () => {
    const nothing = checkItemsStep(NONE, { hasNetNaccs: true }, TODAY);
    expect(nothing.ok ? '' : nothing.errors.items).toBe(NOTHING_TICKED_TEXT);
    const both = checkItemsStep({ ...NONE, items: ['userCode'], otherChoice: 'あり', otherKind: 'share' }, { hasNetNaccs: true }, TODAY);
    expect(both.ok ? '' : both.errors.items).toBe(R1_TEXT);
    // every その他の契約変更 can be chosen, the last built one too
    expect(checkItemsStep({ ...NONE, otherChoice: 'あり', otherKind: 'jointUseNewOffice' }, { hasNetNaccs: true }, TODAY)).toEqual({
      ok: true,
      value: { items: [], other: 'jointUseNewOffice', startDate: '2026-12-10' },
    });
    const noKind = checkItemsStep({ ...NONE, otherChoice: 'あり' }, { hasNetNaccs: true }, TODAY);
    expect(noKind.ok ? '' : noKind.errors.otherKind).toBe('「その他の契約変更」の内容を選択してください。');
    const noDate = checkItemsStep({ ...NONE, items: ['userCode'], startDate: '' }, { hasNetNaccs: true }, TODAY);
    expect(noDate.ok ? '' : noDate.errors.startDate).toContain('利用開始希望日を入力してください');
    expect(checkItemsStep({ ...NONE, items: ['idNo', 'userCode'] }, { hasNetNaccs: true }, TODAY)).toEqual({
      ok: true,
      value: { items: ['userCode', 'idNo'], startDate: '2026-12-10' },
    });
    expect(R1_TEXT).toContain('同時に行うことはできません');
  });

  it('R3: the office\'s first netNACCS also ticks 識別番号 and 料金プラン', () => {
    const alone = checkItemsStep({ ...NONE, items: ['netTerminal'] }, { hasNetNaccs: false }, TODAY);
    expect(alone.ok ? '' : alone.errors.items).toBe(R3_TEXT);
    expect(checkItemsStep({ ...NONE, items: ['netTerminal', 'idNo', 'plan'] }, { hasNetNaccs: false }, TODAY).ok).toBe(true);
    expect(checkItemsStep({ ...NONE, items: ['netTerminal'] }, { hasNetNaccs: true }, TODAY).ok).toBe(true);
  });

  it('takes every item of 契約変更に関する項目, the 一般NACCS ones included', () => {
    const r = checkItemsStep({ ...NONE, items: ['line', 'generalTerminal', 'mailbox'] }, { hasNetNaccs: true }, TODAY);
    expect(r.ok && r.value.items).toEqual(['line', 'generalTerminal', 'mailbox']);
  });
});

describe('利用者コード 入力 (詳細)', () => {
  const codes = Object.fromEntries(demoUserCodes().map((c) => [c.code, c]));
  const heldA = demoUserIds().filter((i) => i.userCode === '1ANAC' && i.officeCode === 'NAC001');
  const input = { userCode: '1ANAC', systemKind: '海上' as const, statsPaid: true, statsFree: true, bondedRetention: false, abolished: [], industryChanges: {}, additions: [] };
  const ctx = { officeCode: 'NAC001', companyAbbr: 'NAC', current: codes['1ANAC'], officeIds: heldA, codeTaken: (c: string) => c in codes, setCodes: [] };
  const all = permissionsOf('change', ['userCode', 'idNo', 'industry']);

  it('abolishing one 識別番号 (seed 001: 1ANACA0A) keeps the code', () => {
    const r = checkCodeDetail('change', { ...input, abolished: ['A0A'] }, ctx, all);
    expect(r.ok && r.value).toMatchObject({ action: '変更', abolished: ['A0A'], endsCode: false });
  });

  it('R8: abolishing every 識別番号 abolishes the code', () => {
    const r = checkCodeDetail('change', { ...input, abolished: heldA.map((i) => i.idNo) }, ctx, all);
    expect(r.ok && r.value.endsCode).toBe(true);
  });

  it('refuses a 詳細 that changes nothing, and a 保存サービス without 有料分', () => {
    const nothing = checkCodeDetail('change', input, ctx, all);
    expect(nothing.ok ? '' : nothing.errors.ids).toContain('変更する内容を入力してください');
    const retention = checkCodeDetail('change', { ...input, statsPaid: false, bondedRetention: true }, ctx, all);
    expect(retention.ok ? '' : retention.errors.bondedRetention).toBe(
      '保税管理資料保存サービスを「要」とする場合は、管理統計資料(有料分)も「要」としてください。',
    );
  });

  it('a new code: 営業所コード + the company\'s 企業略称, free, with at least one ID to add', () => {
    const newCtx = { ...ctx, current: undefined, officeIds: [] };
    const add = { method: 'インタ' as const, industries: ['通関業'], count: 1 };
    expect(checkCodeDetail('new', { ...input, userCode: '1DNAC', additions: [add] }, newCtx, permissionsOf('new', [])).ok).toBe(true);
    const wrong = checkCodeDetail('new', { ...input, userCode: '1DXYZ', additions: [add] }, newCtx, permissionsOf('new', []));
    expect(wrong.ok ? '' : wrong.errors.userCode).toContain('企業略称「NAC」');
    const taken = checkCodeDetail('new', { ...input, userCode: '1BNAC', additions: [add] }, newCtx, permissionsOf('new', []));
    expect(taken.ok ? '' : taken.errors.userCode).toBe('利用者コード「1BNAC」は既に使用されています。別の営業所コードを指定してください。');
    const empty = checkCodeDetail('new', { ...input, userCode: '1DNAC' }, newCtx, permissionsOf('new', []));
    expect(empty.ok ? '' : empty.errors.additions).toContain('識別番号の追加に関する項目を入力');
  });

  it('an ID to add needs a 処理方式 (SMTP双方向 too), 業種 and 1–99', () => {
    expect(checkAddition({ method: 'SMTP双方向', industries: ['通関業'], count: '2' })).toEqual({
      ok: true,
      value: { method: 'SMTP双方向', industries: ['通関業'], count: 2 },
    });
    const bad = checkAddition({ method: '', industries: [], count: '100' });
    expect(bad.ok ? {} : bad.errors).toEqual({
      method: '処理方式を選択してください。',
      industries: '業種を1つ以上選択してください。',
      count: '識別番号数は1から99までの数を入力してください。',
    });
  });
});

describe('論理端末 入力 and 料金プラン', () => {
  it('R11: numbers to add per kind and システム区分, and something to do', () => {
    const r = checkTerminalInput({ 'term-add-netNACCS-sea': '2' }, [], [], demoTerminals());
    expect(r.ok && r.value.additions.netNACCS).toEqual({ 海上: 2, 航空: 0, 共用: 0 });
    const nothing = checkTerminalInput({}, [], [], demoTerminals());
    expect(nothing.ok ? '' : nothing.errors.terminals).toBe(NO_TERMINAL_CHANGE_TEXT);
    const wide = checkTerminalInput({ 'term-add-netNACCS-sea': '２' }, [], [], demoTerminals());
    expect(wide.ok ? '' : wide.errors['term-add-netNACCS-sea']).toContain('全角の数字');
  });

  it('a plan change differs from the contract, and applies from a month', () => {
    const current = { netNACCS: 'A' as const, general: 'B' as const };
    expect(checkPlan({ netNACCS: 'A', general: 'B' }, current, false).ok).toBe(false);
    expect(checkPlan({ netNACCS: 'B', general: 'B' }, current, false)).toEqual({ ok: true, value: { netNACCS: 'B', general: 'B' } });
    const first = checkPlan({ netNACCS: '', general: 'A' }, { netNACCS: null, general: 'B' }, true);
    expect(first.ok ? '' : first.errors.netNACCS).toContain('初めてnetNACCSを利用する場合');
    expect(planStartMonth('2026-12-01')).toBe('2026-12');
    expect(planStartMonth('2026-12-10')).toBe('2027-01');
    expect(planStartMonth('2027-01-04')).toBe('2027-01'); // the first business day of January
  });
});

// ---------------------------------------------------------------------------
// The kind in the center.

const code = (c: Partial<CodeChange> & Pick<CodeChange, 'userCode'>): CodeChange => ({
  action: '変更',
  systemKind: '海上',
  statsPaid: true,
  statsFree: true,
  bondedRetention: false,
  additions: [],
  industryChanges: [],
  abolished: [],
  endsCode: false,
  ...c,
});

async function fileChange(payload: ContractChangePayload, desiredDate = '2026-12-07') {
  const { applicationId } = await submitApplication({ kind: 'contract-change', officeCode: 'NAC001', contact: TEST_CONTACT, payload, desiredDate });
  return applicationId;
}
const load = async (id: string) => (await getApplication(id)) as Application;
const subjectsTo = async (to: string) => (await db.mails.where('to').equals(to).sortBy('at')).map((m) => m.subject);

describe('a 変更申込 in the center', () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedDemo();
    await setClockTo('2026-11-20', 13, 15);
  });

  it('seed 001: abolishes 1ANACA0A on the 利用開始日 — it keeps its row with a 利用終了日', async () => {
    const id = await fileChange({ items: ['userCode'], codes: [code({ userCode: '1ANAC', abolished: ['A0A'] })] });
    await runDue(jstMs('2026-11-24', 9));
    const approved = await load(id);
    expect(approved.status).toBe('審査終了');
    expect(approved.idNotice).toMatchObject({ userIds: [], terminals: [] });
    expect(await subjectsTo('kanri@nacks-shoji.example')).toContain('【NSS】利用申込確認完了のお知らせ');
    expect((await db.userIds.get('1ANACA0A'))!.endDate).toBeUndefined();
    await runDue(jstMs('2026-12-07', 0, 1));
    expect((await load(id)).status).toBe('利用開始');
    expect((await db.userIds.get('1ANACA0A'))!.endDate).toBe('2026-12-06');
    expect((await db.userIds.get('1ANACA01'))!.endDate).toBeUndefined();
    expect((await db.userCodes.get('1ANAC'))!.endDate).toBeUndefined();
  });

  it('seed 002: two netNACCS terminals are issued with access keys and certificates, and join the contract on the 利用開始日', async () => {
    const additions = emptyCounts();
    additions.netNACCS.海上 = 2;
    const id = await fileChange({ items: ['netTerminal'], terminals: { additions, reclassed: [], abolished: [] } });
    await runDue(jstMs('2026-11-24', 9));
    const notice = (await load(id)).idNotice!;
    expect(notice.terminals).toHaveLength(2);
    for (const t of notice.terminals) {
      expect(t).toMatchObject({ systemKind: '海上', equipment: 'net', packageKind: 'net' });
      expect(t.name).toMatch(/^\d{6}W$/);
      expect(t.accessKey).toMatch(/^\d{13}$/);
      expect(t.authCodes[0]).toBe(`NAC${t.name.slice(-4)}`);
    }
    expect(new Set(notice.terminals.map((t) => t.name)).size).toBe(2);
    // the certificates: S2's mail to the 管理責任者 alone, and a 新着情報 証明書発行
    expect(await subjectsTo('kanri@nacks-shoji.example')).toContain('【NSS】デジタル証明書発行完了のお知らせ');
    expect(await subjectsTo(TEST_CONTACT.email)).not.toContain('【NSS】デジタル証明書発行完了のお知らせ');
    expect((await db.notices.filter((n) => n.applicationId === id).toArray()).map((n) => n.category)).toContain('証明書発行');
    // before the 利用開始日 the office has the demo's one netNACCS terminal (and its 一般NACCS ones)
    expect((await db.terminals.where('officeCode').equals('NAC001').toArray()).filter((t) => t.equipment === 'net')).toHaveLength(1);
    await runDue(jstMs('2026-12-07', 0, 1));
    const inContract = await db.terminals.where('officeCode').equals('NAC001').toArray();
    expect(inContract.map((t) => t.name)).toEqual(expect.arrayContaining(['99999W', ...notice.terminals.map((t) => t.name)]));
    // their certificates are valid one year from the 利用開始日
    for (const t of inContract.filter((x) => notice.terminals.some((n) => n.name === x.name)))
      expect(t).toMatchObject({ certIssuedOn: '2026-12-07', certExpiresOn: '2027-12-06' });
  });

  it('asks for a correction when a code to change is not the office\'s, in the reviewer\'s voice', async () => {
    const id = await fileChange({ items: ['userCode'], codes: [code({ userCode: '9ZNAC', abolished: ['A01'] })] });
    await runDue(jstMs('2026-11-24', 9));
    const app = await load(id);
    expect(app.status).toBe('確認依頼');
    expect(app.history.at(-1)!.notice).toBe('利用者コード「9ZNAC」は貴事業所のご契約にありません。契約内容をご確認の上、修正入力をお願いします。');
  });

  it('a new 利用者コード without its システム設定申込 by the 締切日 makes the application 無効', async () => {
    const id = await fileChange({
      items: ['userCode'],
      codes: [code({ userCode: '1DNAC', action: '追加', additions: [{ method: 'インタ', industries: ['通関業'], count: 1 }] })],
    });
    await runDue(jstMs('2026-11-24', 9));
    expect((await load(id)).idNotice!.userIds.map((u) => u.userId)).toEqual(['1DNACA01']);
    await runDue(jstMs('2026-12-02', 10));
    expect((await load(id)).status).toBe('無効');
    await runDue(jstMs('2026-12-08', 10));
    expect(await db.userCodes.get('1DNAC')).toBeUndefined();
  });

  it('a new 利用者コード whose システム設定申込 came first gets its names and 業種 on the 利用開始日', async () => {
    const id = await fileChange({
      items: ['userCode'],
      codes: [code({ userCode: '1DNAC', action: '追加', additions: [{ method: 'インタ', industries: ['通関業'], count: 1 }] })],
    });
    await runDue(jstMs('2026-11-24', 9));
    await setClockTo('2026-11-24', 10);
    await submitApplication({
      kind: 'system-setting',
      officeCode: 'NAC001',
      contact: TEST_CONTACT,
      payload: {
        codes: [
          {
            userCode: '1DNAC',
            systemKind: '海上',
            newCode: true,
            english: { company: 'NACCS TRADE COMPANY', office: 'YOKOHAMA OFFICE', manager: '', address: '' },
            industries: ['通関業'],
            importerCode: '',
            settings: { 'customs-customs': '東京税関' },
          },
        ],
        timing: { kind: 'shortest' },
      },
    });
    await runDue(jstMs('2026-12-07', 0, 1));
    expect((await load(id)).status).toBe('利用開始');
    expect(await db.userCodes.get('1DNAC')).toMatchObject({
      officeCodes: ['NAC001'],
      english: { company: 'NACCS TRADE COMPANY', office: 'YOKOHAMA OFFICE' },
      industries: ['通関業'],
      startDate: '2026-12-07',
    });
    expect((await db.userIds.get('1DNACA01'))!.startDate).toBe('2026-12-07');
  });

  it('sums itself up for 利用申込詳細: 変更申込 with the 契約変更内容 of its items', () => {
    expect(changeSummary({ items: ['userCode', 'netTerminal', 'plan'] })).toEqual({
      applicationClass: '変更申込',
      changeFlags: ['料金プラン', '利用者コード', '端末(net)'],
    });
  });
});
