// 契約内容の変更, その他の契約変更 (issue 10): each choice's input rules, the center's
// checks and its effect on the 利用開始日, over the demo company's two offices.
import * as v from 'valibot';
import { beforeEach, describe, expect, it } from 'vitest';
import { setClockTo } from '../../src/center/clock';
import { runDue } from '../../src/center/review';
import { submitApplication } from '../../src/center/submit';
import type { Application } from '../../src/domain/application';
import { contractChangePayloadSchema, type ContractChangePayload } from '../../src/domain/contract-change/payload';
import { changeSummary } from '../../src/domain/contract-change/summary';
import { jstMs } from '../../src/domain/time';
import { getApplication } from '../../src/store/applications';
import { listTerminals, listTerminalsSharedWith, listUserCodes } from '../../src/store/contracts';
import { db } from '../../src/store/db';
import { resetDatabase, seedDemo } from '../support/db';
import { TEST_CONTACT } from '../support/test-kinds';
import {
  checkTransfer,
  codesLeft,
  NO_OTHER_OFFICE_TEXT,
  NOTHING_MOVED_TEXT,
  TO_REQUIRED_TEXT,
  transferEffect,
  transferProblems,
} from '../../src/domain/contract-change/transfer';
import {
  checkSuccession,
  SUCCESSION_ITEM,
  successionEffect,
  successionProblems,
  successionRows,
} from '../../src/domain/contract-change/succession';
import { checkShare, shareCandidates, shareEffect, shareProblems, type ShareChange } from '../../src/domain/contract-change/share';
import {
  checkJointNew,
  JOINT_NEW_TEXTS,
  jointNewCandidates,
  jointNewProblems,
  newOfficeCodeOf,
  tickedSharing,
  type JointNewChange,
} from '../../src/domain/contract-change/joint-new';
import { changeEffect } from '../../src/domain/contract-change/effect';
import { F } from '../../src/domain/new-usage/fields';
import { CYBERPORT_USERS, fileNewUsage } from '../support/new-usage';
import { demoOffices, demoTerminals, demoUserCodes, demoUserIds } from '../../src/store/demo/data';

const hash = { algorithm: 'PBKDF2-SHA256' as const, iterations: 1, salt: '', hash: '' };
const [tokyo, warehouse] = demoOffices(hash, hash);
const offices = [tokyo, warehouse];
const userCodes = demoUserCodes();
const userIds = demoUserIds();
const terminals = demoTerminals();

describe('事業所間の登録情報の移動(付替)', () => {
  const ctx = { office: tokyo, companyOffices: offices, userIds, terminals };

  it('needs an office of the company to move to and something to move, each at its field', () => {
    const r = checkTransfer({ to: '', userIds: [], terminals: [] }, ctx);
    expect(r).toEqual({ ok: false, errors: { to: TO_REQUIRED_TEXT, moved: NOTHING_MOVED_TEXT } });
    expect(TO_REQUIRED_TEXT).toBe('移動先の事業所を選択してください。');
    expect(NOTHING_MOVED_TEXT).toBe('移動する利用者IDまたは論理端末を1つ以上選択してください。');
    const self = checkTransfer({ to: 'NAC001', userIds: ['1CNACC01'], terminals: [] }, ctx);
    expect(self.ok ? '' : self.errors.to).toBe(TO_REQUIRED_TEXT);
  });

  it('an office alone in its company cannot move anything (地位の承継 is for another company)', () => {
    const r = checkTransfer({ to: 'NAC002', userIds: ['1CNACC01'], terminals: [] }, { ...ctx, companyOffices: [tokyo] });
    expect(r.ok ? '' : r.errors.to).toBe(NO_OTHER_OFFICE_TEXT);
  });

  it('keeps only the IDs and terminals the office holds, in the contract order', () => {
    const r = checkTransfer({ to: 'NAC002', userIds: ['1CNACC01', '1BNACB02', '1ANACA0A'], terminals: ['99999W', '12345W'] }, ctx);
    expect(r).toEqual({ ok: true, value: { to: 'NAC002', userIds: ['1ANACA0A', '1CNACC01'], terminals: ['99999W'] } });
  });

  it('the center asks again for an office of another company, an ID or terminal the office no longer holds, or nothing to move', () => {
    const other = { ...warehouse, code: 'ABC001', companyAbbr: 'ABC' };
    const problems = transferProblems(
      { to: 'ABC001', userIds: ['1BNACB02'], terminals: ['12345W'] },
      { office: tokyo, companyOffices: [...offices, other], userIds, terminals },
    );
    expect(problems).toEqual([
      '移動先の事業所「ABC001」は貴社(企業略称「NAC」)の事業所ではありません。内容を確認頂き修正入力をお願いします。',
      '利用者ID「1BNACB02」は貴事業所のご契約にありません。内容を確認頂き修正入力をお願いします。',
      '論理端末「12345W」は貴事業所のご契約にありません。内容を確認頂き修正入力をお願いします。',
    ]);
    expect(transferProblems({ to: 'NAC002', userIds: [], terminals: [] }, { office: tokyo, companyOffices: offices, userIds, terminals })).toEqual([
      '移動する利用者ID・論理端末がありません。内容を確認頂き修正入力をお願いします。',
    ]);
    expect(transferProblems({ to: 'NAC002', userIds: ['1CNACC01'], terminals: ['99999W'] }, { office: tokyo, companyOffices: offices, userIds, terminals })).toEqual([]);
  });

  it('on the 利用開始日 the IDs and terminals are the other office\'s; a code follows its IDs and leaves the office that kept none', () => {
    const change = { to: 'NAC002', userIds: ['1CNACC01', '1ANACA0A'], terminals: ['99999W'] };
    const edits = transferEffect(change, { officeCode: 'NAC001', userCodes, userIds, terminals });
    expect(edits.userIds.map((i) => [i.id, i.officeCode, i.startDate])).toEqual([
      ['1ANACA0A', 'NAC002', '2018-07-02'],
      ['1CNACC01', 'NAC002', '2026-10-01'],
    ]);
    expect(edits.terminals.map((t) => [t.name, t.officeCode, t.accessKey])).toEqual([['99999W', 'NAC002', '9999999999999']]);
    // 1ANAC: NAC001 keeps A01, A02, Y01, so both offices use it; 1CNAC: its only ID moved
    expect(edits.userCodes.map((c) => [c.code, c.officeCodes])).toEqual([
      ['1ANAC', ['NAC001', 'NAC002']],
      ['1CNAC', ['NAC002']],
    ]);
    expect(codesLeft(change, 'NAC001', userIds)).toEqual(['1CNAC']);
  });

  it('moving the office\'s last ID of a code both offices share leaves the code to the other office', () => {
    const edits = transferEffect({ to: 'NAC002', userIds: ['1BNACB01'], terminals: [] }, { officeCode: 'NAC001', userCodes, userIds, terminals });
    expect(edits.userCodes.map((c) => [c.code, c.officeCodes])).toEqual([['1BNAC', ['NAC002']]]);
  });
});

describe('地位の承継', () => {
  const input = {
    ...SUCCESSION_ITEM.current(tokyo),
    companyName: '港湾物流株式会社',
    companyNameKana: 'コウワンブツリュウカブシキガイシャ',
    companyAbbr: 'KWB',
    contractorName: '湊　花子',
  };

  it('takes a new 企業名 and 企業略称; what is left as the contract holds it is the contract\'s', () => {
    const r = checkSuccession(input, tokyo);
    expect(r).toEqual({ ok: true, value: { ...input } });
  });

  it('refuses the same company, a 企業略称 that is not 3 half-width capitals or digits, and checks each changed field by its rule', () => {
    const same = checkSuccession({ ...SUCCESSION_ITEM.current(tokyo), companyAbbr: 'NAC' }, tokyo);
    expect(same.ok ? {} : same.errors).toEqual({
      companyName: '企業名が現在の企業名と同じです。地位の承継では、承継する企業の企業名を入力してください。(企業名のみの変更は「企業名、事業所名、所在地等」の変更申込で行ってください。)',
      companyAbbr: '企業略称が現在の企業略称と同じです。承継する企業の企業略称を入力してください。',
    });
    const bad = checkSuccession({ ...input, companyAbbr: 'kw', contractorName: 'Minato', phone: '03-1234-5678' }, tokyo);
    expect(bad.ok ? {} : bad.errors).toEqual({
      companyAbbr: '企業略称は半角英大文字・数字で入力してください。小文字「k」「w」は使えません。',
      contractorName: '契約者名は全角で入力してください。半角の文字「M」「i」「n」が含まれています。',
      phone: '本社 電話番号は「-」(ハイフン)を入力せずに、数字のみ入力してください。',
    });
    const short = checkSuccession({ ...input, companyAbbr: 'KW' }, tokyo);
    expect(short.ok ? '' : short.errors.companyAbbr).toBe('企業略称は半角英大文字・数字3桁で入力してください。(例)KWB');
    const empty = checkSuccession({ ...input, companyAbbr: '' }, tokyo);
    expect(empty.ok ? '' : empty.errors.companyAbbr).toBe('企業略称を入力してください。');
  });

  it('the center: a 企業略称 another company holds must come with that company\'s 企業名', () => {
    const other = { ...warehouse, code: 'KWB001', companyAbbr: 'KWB', companyName: '神戸物流株式会社' };
    const change = { ...input };
    expect(successionProblems(change, tokyo, [other])).toEqual([
      '企業略称「KWB」は「神戸物流株式会社」の企業略称として登録されています。承継する企業の企業名と企業略称を確認頂き修正入力をお願いします。',
    ]);
    expect(successionProblems({ ...change, companyName: '神戸物流株式会社' }, tokyo, [other])).toEqual([]);
    expect(successionProblems(change, tokyo, [])).toEqual([]);
    expect(successionProblems({ ...change, companyAbbr: 'NAC' }, tokyo, [tokyo, warehouse])[0]).toBe(
      '承継する企業の企業名・企業略称が現在のご契約と同じです。内容を確認頂き修正入力をお願いします。',
    );
  });

  it('on the 利用開始日 the office is the new company\'s; its 事業所 and the company\'s other office stay as they are', () => {
    const after = successionEffect(input, tokyo);
    expect([after.code, after.companyName, after.companyAbbr, after.contractor, after.officeName]).toEqual([
      'NAC001',
      '港湾物流株式会社',
      'KWB',
      { name: '湊　花子', title: '代表取締役' },
      tokyo.officeName,
    ]);
    expect(after.headOffice).toEqual(tokyo.headOffice);
    expect(successionRows(input, tokyo).slice(0, 4)).toEqual([
      { label: '企業名', before: 'ナックス商事株式会社', after: '港湾物流株式会社' },
      { label: '企業名(フリガナ)', before: tokyo.companyNameKana, after: 'コウワンブツリュウカブシキガイシャ' },
      { label: '企業略称', before: 'NAC', after: 'KWB' },
      { label: '契約者名', before: '港南 一郎', after: '湊　花子' },
    ]);
  });
});

describe('共用(追加・解除): a 論理端末 shared by two offices of the company', () => {
  const w99 = terminals.find((t) => t.name === '99999W')!;
  const w77 = { ...w99, id: 'NAC002-77777W', officeCode: 'NAC002', name: '77777W' };
  const company = [w99, w77];
  const ctx = { office: tokyo, offices, terminals: company };
  const shared = { ...w99, sharedWith: ['NAC002'] };

  it('needs 追加 or 解除, an office of the company and a terminal of either office that fits the choice', () => {
    expect(checkShare('share', { action: '', partner: '', terminals: [] }, ctx)).toEqual({
      ok: false,
      errors: { action: '共用の区分(追加・解除)を選択してください。', partner: '共用先の事業所を選択してください。' },
    });
    expect(checkShare('share', { action: '追加', partner: 'NAC002', terminals: [] }, ctx)).toEqual({
      ok: false,
      errors: { terminals: '共用する論理端末を1つ以上選択してください。' },
    });
    // 解除 offers only what the two share: nothing yet
    expect(shareCandidates('解除', 'NAC001', 'NAC002', company)).toEqual([]);
    expect(checkShare('share', { action: '解除', partner: 'NAC002', terminals: ['99999W'] }, ctx)).toEqual({
      ok: false,
      errors: { terminals: '共用を解除する論理端末を1つ以上選択してください。' },
    });
    expect(checkShare('share', { action: '追加', partner: 'NAC002', terminals: ['77777W', '99999W'] }, ctx)).toEqual({
      ok: true,
      value: { action: '追加', partner: 'NAC002', terminals: ['99999W', '77777W'] },
    });
    expect(checkShare('share', { action: '追加', partner: 'NAC002', terminals: ['99999W'] }, { ...ctx, offices: [tokyo] })).toEqual({
      ok: false,
      errors: { partner: '同じ企業略称の他の事業所がないため、共用の申込はできません。' },
    });
  });

  it('the center asks for the other office\'s application until it is filed with the same content', () => {
    const mine = { action: '追加' as const, partner: 'NAC002', terminals: ['99999W'] };
    const input = { office: tokyo, partner: warehouse, terminals: company, partnerFilings: [] };
    expect(shareProblems('share', mine, input)).toEqual([
      '共用先の事業所「NAC002 東京保税倉庫」から、同じ内容の共用(追加)の申込がありません。共用の追加には、共用するすべての事業所からの申込が必要です。共用先の事業所で、共用先に貴事業所「NAC001」を指定して申込を行った上で、修正入力をお願いします。',
    ]);
    const theirs = { receiptNo: '2600001A', change: { action: '追加' as const, partner: 'NAC001', terminals: ['99999W'] } };
    expect(shareProblems('share', mine, { ...input, partnerFilings: [theirs] })).toEqual([]);
    // the other office names another terminal, or names a third office: not the same application
    expect(shareProblems('share', mine, { ...input, partnerFilings: [{ ...theirs, change: { ...theirs.change, terminals: ['77777W'] } }] })).toHaveLength(1);
    expect(shareProblems('share', mine, { ...input, partnerFilings: [{ ...theirs, change: { ...theirs.change, partner: 'NAC003' } }] })).toHaveLength(1);
  });

  it('the center refuses a terminal already shared (追加), not shared (解除), unknown, or an office of another company', () => {
    const other = { ...warehouse, code: 'ABC001', companyAbbr: 'ABC' };
    const filed = (change: ShareChange) => [{ receiptNo: '2600001A', change: { ...change, partner: 'NAC001' } }];
    const add = { action: '追加' as const, partner: 'NAC002', terminals: ['99999W', '12345W'] };
    expect(shareProblems('share', add, { office: tokyo, partner: warehouse, terminals: [shared, w77], partnerFilings: filed(add) })).toEqual([
      '論理端末「99999W」は既に共用先の事業所と共用しています。内容を確認頂き修正入力をお願いします。',
      '論理端末「12345W」は貴事業所及び共用先の事業所のご契約にありません。内容を確認頂き修正入力をお願いします。',
    ]);
    const stop = { action: '解除' as const, partner: 'NAC002', terminals: ['77777W'] };
    expect(shareProblems('share', stop, { office: tokyo, partner: warehouse, terminals: [shared, w77], partnerFilings: filed(stop) })).toEqual([
      '論理端末「77777W」は共用先の事業所と共用していません。内容を確認頂き修正入力をお願いします。',
    ]);
    expect(shareProblems('share', { ...add, partner: 'ABC001' }, { office: tokyo, partner: other, terminals: company, partnerFilings: [] })).toEqual([
      '共用先の事業所「ABC001」は貴社(企業略称「NAC」)の事業所ではありません。内容を確認頂き修正入力をお願いします。',
    ]);
  });

  it('共同利用 is the same with an office of another company, in its own words', () => {
    const kwb = { ...warehouse, code: 'KWB001', companyAbbr: 'KWB', companyName: '港湾物流株式会社', officeName: '港湾物流本社' };
    const mine = { action: '追加' as const, partner: 'KWB001', terminals: ['99999W'] };
    // 共同利用 offers only other companies' offices; 共用 only the company's
    expect(checkShare('jointUse', mine, { office: tokyo, offices: [tokyo, warehouse, kwb], terminals: company })).toEqual({ ok: true, value: mine });
    expect(checkShare('jointUse', { ...mine, partner: 'NAC002' }, { office: tokyo, offices: [tokyo, warehouse, kwb], terminals: company })).toEqual({
      ok: false,
      errors: { partner: '共同利用先の事業所を選択してください。' },
    });
    expect(checkShare('jointUse', mine, { office: tokyo, offices, terminals: company })).toEqual({
      ok: false,
      errors: { partner: '共同利用できる他の企業の事業所がありません。' },
    });
    expect(shareProblems('jointUse', mine, { office: tokyo, partner: kwb, terminals: company, partnerFilings: [] })).toEqual([
      '共同利用先の事業所「KWB001 港湾物流本社」から、同じ内容の共同利用(追加)の申込がありません。共同利用の追加には、共同利用するすべての事業所からの申込が必要です。共同利用先の事業所で、共同利用先に貴事業所「NAC001」を指定して申込を行った上で、修正入力をお願いします。',
    ]);
    expect(shareProblems('jointUse', { ...mine, partner: 'NAC002' }, { office: tokyo, partner: warehouse, terminals: company, partnerFilings: [] })).toEqual([
      '共同利用先の事業所「NAC002」は他の企業の事業所ではありません。同じ企業の事業所とは「共用」でお申込みください。内容を確認頂き修正入力をお願いします。',
    ]);
  });

  it('on the 利用開始日 the terminal is shared, once whichever application comes first; 解除 ends it', () => {
    const add = { action: '追加' as const, partner: 'NAC002', terminals: ['99999W'] };
    const first = shareEffect(add, 'NAC001', company);
    expect(first.map((t) => [t.name, t.officeCode, t.sharedWith])).toEqual([['99999W', 'NAC001', ['NAC002']]]);
    // the partner's application, naming NAC001, finds it done
    expect(shareEffect({ ...add, partner: 'NAC001' }, 'NAC002', [first[0], w77])).toEqual([]);
    const stop = shareEffect({ action: '解除', partner: 'NAC001', terminals: ['99999W'] }, 'NAC002', [first[0], w77]);
    expect(stop).toHaveLength(1);
    expect(stop[0]).not.toHaveProperty('sharedWith');
    expect(shareCandidates('解除', 'NAC002', 'NAC001', [first[0], w77]).map((t) => t.name)).toEqual(['99999W']);
  });
});

// ---------------------------------------------------------------------------
// The choices in the center, with the real kind and the demo data.

async function fileChange(payload: ContractChangePayload, officeCode = 'NAC001') {
  const { applicationId } = await submitApplication({ kind: 'contract-change', officeCode, contact: TEST_CONTACT, payload, desiredDate: '2026-12-07' });
  return applicationId;
}
const load = async (id: string) => (await getApplication(id)) as Application;
const requestOf = async (id: string) => (await load(id)).history.map((h) => h.notice).join('\n');

describe('その他の契約変更 in the center', () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedDemo();
    await setClockTo('2026-11-20', 13, 15);
  });

  it('共用: 確認依頼 while the other office has not filed; both filed, the terminal is shared on the 利用開始日, once', async () => {
    const first = await fileChange({ items: [], other: 'share', share: { action: '追加', partner: 'NAC002', terminals: ['99999W'] } });
    await runDue(jstMs('2026-11-24', 9));
    expect((await load(first)).status).toBe('確認依頼');
    expect(await requestOf(first)).toContain('共用先の事業所「NAC002 東京保税倉庫」から、同じ内容の共用(追加)の申込がありません。');
    const second = await fileChange({ items: [], other: 'share', share: { action: '追加', partner: 'NAC001', terminals: ['99999W'] } }, 'NAC002');
    await runDue(jstMs('2026-11-25', 9));
    expect((await load(second)).status).toBe('審査終了');
    expect(changeSummary((await load(second)).payload as ContractChangePayload)).toEqual({ applicationClass: '変更申込', special: '共用', changeFlags: ['端末(net)'] });
    await runDue(jstMs('2026-12-07', 0, 1));
    expect((await load(second)).status).toBe('利用開始');
    expect((await db.terminals.get('NAC001-99999W'))!.sharedWith).toEqual(['NAC002']);
    expect((await listTerminalsSharedWith('NAC002')).map((t) => t.name)).toEqual(['99999W']);
    expect(await listTerminals('NAC002')).toEqual([]);
  });

  it('共同利用: an office of another company and NAC001 both file; the terminal is used jointly from the 利用開始日', async () => {
    const kwb = { ...(await db.offices.get('NAC002'))!, id: 'KWB001', code: 'KWB001', companyAbbr: 'KWB', companyName: '港湾物流株式会社', officeName: '港湾物流本社' };
    await db.offices.put(kwb);
    const change = { action: '追加' as const, terminals: ['99999W'] };
    const first = await fileChange({ items: [], other: 'jointUse', jointUse: { ...change, partner: 'KWB001' } });
    const second = await fileChange({ items: [], other: 'jointUse', jointUse: { ...change, partner: 'NAC001' } }, 'KWB001');
    await runDue(jstMs('2026-11-24', 9));
    expect([(await load(first)).status, (await load(second)).status]).toEqual(['審査終了', '審査終了']);
    expect(changeSummary((await load(first)).payload as ContractChangePayload).special).toBe('共同利用');
    await runDue(jstMs('2026-12-07', 0, 1));
    expect((await db.terminals.get('NAC001-99999W'))!.sharedWith).toEqual(['KWB001']);
    expect((await listTerminalsSharedWith('KWB001')).map((t) => t.name)).toEqual(['99999W']);
  });

  it('付替: on the 利用開始日 the ID and the terminal are NAC002\'s, and 1CNAC with them', async () => {
    const id = await fileChange({ items: [], other: 'transfer', transfer: { to: 'NAC002', userIds: ['1CNACC01'], terminals: ['99999W'] } });
    await runDue(jstMs('2026-11-24', 9));
    expect((await load(id)).status).toBe('審査終了');
    expect(changeSummary((await load(id)).payload as ContractChangePayload).special).toBe('付替');
    await runDue(jstMs('2026-12-07', 0, 1));
    expect((await load(id)).status).toBe('利用開始');
    expect((await db.userIds.get('1CNACC01'))!.officeCode).toBe('NAC002');
    expect((await db.terminals.get('NAC001-99999W'))!.officeCode).toBe('NAC002');
    expect((await db.userCodes.get('1CNAC'))!.officeCodes).toEqual(['NAC002']);
    expect((await listUserCodes('NAC001')).map((c) => c.code)).toEqual(['1ANAC', '1BNAC']);
  });

  it('付替 of an ID the office abolished meanwhile: the center asks again', async () => {
    await db.userIds.update('1CNACC01', { endDate: '2026-11-19' });
    const id = await fileChange({ items: [], other: 'transfer', transfer: { to: 'NAC002', userIds: ['1CNACC01'], terminals: [] } });
    await runDue(jstMs('2026-11-24', 9));
    expect((await load(id)).status).toBe('確認依頼');
    expect(await requestOf(id)).toContain('利用者ID「1CNACC01」は貴事業所のご契約にありません。');
  });

  it('地位の承継: on the 利用開始日 NAC001 is the new company\'s; NAC002 stays ナックス商事', async () => {
    const succession = { ...SUCCESSION_ITEM.current(tokyo), companyName: '港湾物流株式会社', companyNameKana: 'コウワンブツリュウカブシキガイシャ', companyAbbr: 'KWB' };
    const id = await fileChange({ items: [], other: 'succession', succession });
    await runDue(jstMs('2026-11-24', 9));
    expect((await load(id)).status).toBe('審査終了');
    await runDue(jstMs('2026-12-07', 0, 1));
    expect((await load(id)).status).toBe('利用開始');
    const o = (await db.offices.get('NAC001'))!;
    expect([o.companyName, o.companyAbbr, o.officeName]).toEqual(['港湾物流株式会社', 'KWB', '東京事業所']);
    expect((await db.offices.get('NAC002'))!.companyName).toBe('ナックス商事株式会社');
  });

  it('the payload needs the chosen choice\'s part', () => {
    const share = { action: '追加' as const, partner: 'NAC002', terminals: ['99999W'] };
    expect(v.safeParse(contractChangePayloadSchema, { items: [], other: 'share' }).success).toBe(false);
    expect(v.safeParse(contractChangePayloadSchema, { items: [], other: 'transfer', share }).success).toBe(false);
    expect(v.safeParse(contractChangePayloadSchema, { items: [], other: 'share', share }).success).toBe(true);
  });
});

describe('共同利用(新規事業所): an office under its 新規申込 uses a 論理端末 of NAC001', () => {
  const input = { action: '追加', receiptNo: '2611001A', terminals: ['99999W'] };

  it('needs 追加, a 申込受付番号 in its format and one of the office\'s terminals in use, each at its field', () => {
    const empty = checkJointNew({ action: '', receiptNo: '', terminals: [] }, { officeCode: 'NAC001', terminals });
    expect(empty.ok ? {} : empty.errors).toEqual({
      action: '共同利用の区分(追加)を選択してください。',
      receiptNo: '新規事業所の申込受付番号を入力してください。',
      terminals: JOINT_NEW_TEXTS.terminals,
    });
    const format = checkJointNew({ ...input, receiptNo: '2611-001' }, { officeCode: 'NAC001', terminals });
    expect(format.ok ? '' : format.errors.receiptNo).toBe('新規事業所の申込受付番号は、半角数字7桁と英大文字1桁(例: 2612001A)で入力してください。');
    // NAC002's terminals and unknown names are not the office's to offer
    const mine = jointNewCandidates('NAC001', terminals).map((t) => t.name);
    expect(mine).toContain('99999W');
    expect(jointNewCandidates('NAC002', terminals).every((t) => t.officeCode === 'NAC002')).toBe(true);
    expect(checkJointNew({ ...input, receiptNo: ' 2611001A ', terminals: ['99999W', 'NOSUCH'] }, { officeCode: 'NAC001', terminals })).toEqual({
      ok: true,
      value: { action: '追加', receiptNo: '2611001A', terminals: ['99999W'] },
    });
  });

  it('the 新規申込 must have ticked 機器共用・共同利用… on the tab of a system it uses', () => {
    expect(tickedSharing({ systems: { net: false, general: true }, netTerminals: null, line: null })).toBe(true);
    expect(tickedSharing({ systems: { net: false, general: true }, netTerminals: null, line: { kind: 'ブロードバンド光回線', terminals: 2 } })).toBe(false);
    expect(tickedSharing({ systems: { net: true, general: false }, netTerminals: null, line: null })).toBe(true);
    expect(tickedSharing({ systems: { net: true, general: false }, netTerminals: 2, line: null })).toBe(false);
    expect(tickedSharing(undefined)).toBe(false);
  });

  it('its effect shares the terminals with the new office\'s 事業所コード, nothing while it has none', () => {
    const change: JointNewChange = { action: '追加', receiptNo: '2611001A', terminals: ['99999W'] };
    const rows = { office: tokyo, userCodes, userIds, terminals };
    const payload = { items: [], other: 'jointUseNewOffice' as const, jointUseNewOffice: change };
    const edits = changeEffect(payload, { ...rows, newOfficeCode: 'NAC003' }, undefined, '2026-12-08');
    expect(edits.terminals.map((t) => [t.name, t.sharedWith])).toEqual([['99999W', ['NAC003']]]);
    expect(changeEffect(payload, rows, undefined, '2026-12-08').terminals).toEqual([]);
  });

  it('a 新規申込 withdrawn or 無効 gives no 事業所コード to share with: the code never starts', () => {
    const reviewed = { status: '審査終了' as const, idNotice: { office: { code: 'NAC003' } } as Application['idNotice'] };
    expect(newOfficeCodeOf(reviewed)).toBe('NAC003');
    expect(newOfficeCodeOf({ ...reviewed, status: '無効' })).toBeUndefined();
    expect(newOfficeCodeOf({ ...reviewed, status: '取下げ' })).toBeUndefined();
  });

  describe('in the center', () => {
    beforeEach(async () => {
      await resetDatabase();
      await seedDemo();
      await setClockTo('2026-11-20', 13, 15);
    });

    const jointNew = (receiptNo: string, terminalNames = ['99999W']): ContractChangePayload => ({
      items: [],
      other: 'jointUseNewOffice',
      jointUseNewOffice: { action: '追加', receiptNo, terminals: terminalNames },
    });

    it('asks (確認依頼) for a number that is no 新規申込, one under review, one withdrawn, or one that did not tick the box', async () => {
      const unknown = await fileChange(jointNew('2699999A'));
      const nu = await fileNewUsage();
      const own = await fileChange(jointNew((await load(unknown)).receiptNo));
      await runDue(jstMs('2026-11-24', 9));
      expect((await load(unknown)).status).toBe('確認依頼');
      expect(await requestOf(unknown)).toContain('申込受付番号「2699999A」の新規申込(NACCS利用申込)はありません。');
      // a 変更申込's number is no 新規申込 either
      expect(await requestOf(own)).toContain('の新規申込(NACCS利用申込)はありません。');
      const newUsage = await load(nu.id);
      expect(newUsage.status).toBe('審査終了');
      // what the center says of the same 新規申込 still under review, or withdrawn
      const office = (await db.offices.get('NAC001'))!;
      const change = jointNew(nu.receiptNo).jointUseNewOffice!;
      const under = { ...newUsage, status: '内容確認中' as const, idNotice: undefined };
      expect(jointNewProblems(change, { office, application: under, terminals })).toEqual([
        `申込受付番号「${nu.receiptNo}」の新規申込は審査が終了していません。新規申込の審査終了後に、修正入力をお願いします。`,
      ]);
      expect(jointNewProblems(change, { office, application: { ...newUsage, status: '取下げ' }, terminals })).toEqual([
        `申込受付番号「${nu.receiptNo}」の新規申込は取下げとなっています。新規事業所の新規申込を行った上で、修正入力をお願いします。`,
      ]);
      expect(jointNewProblems({ ...change, terminals: ['NOSUCH'] }, { office, application: newUsage, terminals })).toEqual([
        '論理端末「NOSUCH」は貴事業所のご契約にありません。内容を確認頂き修正入力をお願いします。',
      ]);
      const withLine = await fileNewUsage(CYBERPORT_USERS, { [F.lineSkip]: '', [F.lineKind]: 'ブロードバンド光回線', [F.lineTerminals]: '2' });
      const notTicked = await fileChange(jointNew(withLine.receiptNo));
      await runDue(jstMs('2026-11-25', 9));
      expect((await load(notTicked)).status).toBe('確認依頼');
      expect(await requestOf(notTicked)).toContain(
        `申込受付番号「${withLine.receiptNo}」の新規申込では、「論理端末・証明書」または「回線・論理端末」タブで「機器共用・共同利用、回線付替を別途申込、または自社システムを利用します。」が選択されていません。`,
      );
    });

    it('after the 新規申込\'s review, the terminal is shared with the new office; it sees it from its 利用開始日', async () => {
      const nu = await fileNewUsage();
      await runDue(jstMs('2026-11-24', 9));
      const newUsage = await load(nu.id);
      expect(newUsage.status).toBe('審査終了');
      const code = newUsage.idNotice!.office!.code;
      const id = await fileChange(jointNew(nu.receiptNo));
      await runDue(jstMs('2026-11-25', 9));
      expect((await load(id)).status).toBe('審査終了');
      expect(changeSummary((await load(id)).payload as ContractChangePayload)).toEqual({
        applicationClass: '変更申込',
        special: '共同利用',
        changeFlags: ['端末(net)'],
      });
      // this application's 利用開始日 (12/07) comes first: NAC001's terminal names the new code already
      await runDue(jstMs('2026-12-07', 0, 1));
      expect((await load(id)).status).toBe('利用開始');
      expect((await db.terminals.get('NAC001-99999W'))!.sharedWith).toEqual([code]);
      expect(await db.offices.get(code)).toBeUndefined();
      await runDue(jstMs('2026-12-08', 0, 1));
      expect((await load(nu.id)).status).toBe('利用開始');
      expect((await db.offices.get(code))!.officeName).toBe('ＣＰ利用者');
      expect((await listTerminalsSharedWith(code)).map((t) => t.name)).toEqual(['99999W']);
      expect(await listTerminals('NAC001')).toEqual(expect.arrayContaining([expect.objectContaining({ name: '99999W', sharedWith: [code] })]));
    });
  });
});

describe('an office whose contract has ended (解約) is no target', () => {
  const ended = { ...warehouse, terminatedOn: '2026-11-01' };
  it('付替 and 共用 offer it not, and the center names it', () => {
    expect(checkTransfer({ to: 'NAC002', userIds: ['1CNACC01'], terminals: [] }, { office: tokyo, companyOffices: [tokyo, ended], userIds, terminals })).toEqual({
      ok: false,
      errors: { to: NO_OTHER_OFFICE_TEXT },
    });
    expect(transferProblems({ to: 'NAC002', userIds: ['1CNACC01'], terminals: [] }, { office: tokyo, companyOffices: [tokyo, ended], userIds, terminals })).toEqual([
      '移動先の事業所「NAC002 東京保税倉庫」は契約が解除されています。内容を確認頂き修正入力をお願いします。',
    ]);
    const share = { action: '追加' as const, partner: 'NAC002', terminals: ['99999W'] };
    expect(shareProblems('share', share, { office: tokyo, partner: ended, terminals, partnerFilings: [] })).toEqual([
      '共用先の事業所「NAC002 東京保税倉庫」は契約が解除されています。内容を確認頂き修正入力をお願いします。',
    ]);
  });
});
