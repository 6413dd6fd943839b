// 契約解除、事業所廃止 (解約申込, DOMAIN.md §3.3): its input rules, what it files, the
// center's checks, its effect on the 契約満了日 (the shared 1BNAC only loses NAC002),
// and the login refused from that day — with the real kind and the demo offices.
import { beforeEach, describe, expect, it } from 'vitest';
import { setClockTo } from '../../src/center/clock';
import { dateLabelOf } from '../../src/center/kind-definition';
import { runDue } from '../../src/center/review';
import { submitApplication } from '../../src/center/submit';
import type { Application } from '../../src/domain/application';
import { contractChangeProblems } from '../../src/domain/contract-change/checks';
import { changeEffect } from '../../src/domain/contract-change/effect';
import { checkItemsStep } from '../../src/domain/contract-change/items';
import { contractChangePayloadSchema, type ContractChangePayload } from '../../src/domain/contract-change/payload';
import { changeSummary } from '../../src/domain/contract-change/summary';
import { checkTermination, CONFIRM_TEXT, terminationTargets } from '../../src/domain/contract-change/termination';
import { contractEnded, pendingTermination } from '../../src/domain/contract-end';
import { resultDateRows } from '../../src/domain/id-notice';
import { jstMs } from '../../src/domain/time';
import { kindDefinition } from '../../src/kinds/registry';
import { rowsOf } from '../../src/screens/applications/list';
import { stateFromApplication } from '../../src/screens/contract-change/start';
import { payloadOf } from '../../src/screens/contract-change/state';
import { TERMINATION_IDS } from '../../src/screens/contract-change/termination';
import { getApplication, listOfficeApplicationsIn } from '../../src/store/applications';
import { attemptLogin, lockedUntil } from '../../src/store/auth';
import { db } from '../../src/store/db';
import { demoLines, demoMailboxes, demoOffices, demoTerminals, demoUserCodes, demoUserIds } from '../../src/store/demo/data';
import { resetDemoData } from '../../src/store/demo/seed';
import { resetDatabase, seedDemo } from '../support/db';
import { TEST_CONTACT } from '../support/test-kinds';
import * as v from 'valibot';

const TODAY = '2026-11-20';
const PART = { reason: '事業所の廃止' as const, detail: '' };
const PAYLOAD: ContractChangePayload = { items: [], other: 'termination', termination: PART };
const HASH = { algorithm: 'PBKDF2-SHA256' as const, iterations: 1, salt: '', hash: '' };
const [NAC001, NAC002] = demoOffices(HASH, HASH);
const contractOf = (office: typeof NAC002) => ({
  office,
  userCodes: demoUserCodes(),
  userIds: demoUserIds().filter((i) => i.officeCode === office.code),
  terminals: demoTerminals().filter((t) => t.officeCode === office.code),
  lines: demoLines().filter((l) => l.officeCode === office.code),
  mailboxes: demoMailboxes().filter((m) => m.officeCode === office.code),
});

describe('契約解除 入力 and 変更内容入力', () => {
  it('needs a 解約理由, the detail for その他, and the confirmation ticked', () => {
    expect(checkTermination({ reason: '', detail: '', confirmed: false })).toEqual({
      ok: false,
      errors: { reason: '解約理由を選択してください。', confirmed: '契約解除の内容を確認し、確認欄にチェックを入れてください。' },
    });
    const other = checkTermination({ reason: 'その他', detail: ' ', confirmed: true });
    expect(other.ok ? '' : other.errors.detail).toBe('解約理由で「その他」を選択した場合は、解約理由の詳細を入力してください。');
    const long = checkTermination({ reason: 'その他', detail: 'あ'.repeat(61), confirmed: true });
    expect(long.ok ? '' : long.errors.detail).toBe('解約理由の詳細は60文字以内で入力してください。(現在61文字)');
    expect(checkTermination({ reason: '他事業所への統合', detail: ' NAC001へ統合 ', confirmed: true })).toEqual({
      ok: true,
      value: { reason: '他事業所への統合', detail: 'NAC001へ統合' },
    });
    expect(CONFIRM_TEXT).toContain('ログインできなくなる');
  });

  it('takes 契約解除、事業所廃止 with a 契約満了希望日 under the same schedule rules as a 利用開始希望日', () => {
    const input = { items: [], otherChoice: 'あり', otherKind: 'termination', startDate: '20261205' };
    const saturday = checkItemsStep(input, { hasNetNaccs: false }, TODAY);
    expect(saturday.ok ? '' : saturday.errors.startDate).toMatch(/^契約満了希望日/);
    expect(checkItemsStep({ ...input, startDate: '20261207' }, { hasNetNaccs: false }, TODAY)).toEqual({
      ok: true,
      value: { items: [], other: 'termination', startDate: '2026-12-07' },
    });
    const plain = checkItemsStep({ ...input, otherChoice: 'なし', items: ['plan'], startDate: '20261205' }, { hasNetNaccs: false }, TODAY);
    expect(plain.ok ? '' : plain.errors.startDate).toMatch(/^利用開始希望日/);
  });

  it('a 修正 restores the choice, its part and its fields, and files the same payload again', () => {
    const app = { contact: TEST_CONTACT, payload: PAYLOAD, desiredDate: '2026-12-07', note: '' } as unknown as Application;
    const state = stateFromApplication(app);
    expect(state.selection).toEqual({ items: [], other: 'termination', startDate: '2026-12-07' });
    expect(state.others).toEqual({ termination: PART });
    expect([state.raw[TERMINATION_IDS.reason], state.raw[TERMINATION_IDS.confirmed]]).toEqual(['事業所の廃止', '1']);
    expect(payloadOf(state)).toEqual(PAYLOAD);
  });

  it('files the choice with its part; a 解約 without it is refused', () => {
    expect(v.safeParse(contractChangePayloadSchema, PAYLOAD).success).toBe(true);
    const missing = v.safeParse(contractChangePayloadSchema, { items: [], other: 'termination' });
    expect(missing.success ? [] : missing.issues.map((i) => i.message)).toEqual(['その他の契約変更の内容を入力してください。']);
  });

  it('is a 解約申込 dated by its 契約満了日, listed as such, with the 解除通知書 and the 申込書', () => {
    expect(changeSummary(PAYLOAD)).toEqual({ applicationClass: '解約申込', changeFlags: [] });
    const def = kindDefinition('contract-change');
    expect(dateLabelOf(def, PAYLOAD)).toBe('契約満了日');
    expect(dateLabelOf(def, { items: ['plan'] })).toBe('利用開始日');
    const app = { id: 'a', kind: 'contract-change', payload: PAYLOAD, receiptNo: '2600001A', status: '審査終了', submittedAt: 0 } as unknown as Application;
    expect(rowsOf([app], [])[0].kindLabel).toBe('解約申込');
    expect(def.documents!.offered(app)).toEqual(['termination-notice', 'change-form']);
    const rows = resultDateRows({ ...app, confirmedDate: '2026-12-07' }, undefined, '契約満了日');
    expect(rows.slice(0, 2)).toEqual([
      { label: '利用開始日', value: '-' },
      { label: '契約満了日', value: '20261207' },
    ]);
  });
});

describe('the 解約 of NAC002 on its 契約満了日', () => {
  it('ends its own IDs, takes it off the shared 1BNAC (kept for NAC001), and ends the office', () => {
    const targets = terminationTargets(contractOf(NAC002));
    expect(targets.endingCodes).toEqual([]);
    expect(targets.leavingCodes.map((c) => c.code)).toEqual(['1BNAC']);
    expect(targets.userIds.map((i) => i.id)).toEqual(['1BNACB02']);

    const edits = changeEffect(PAYLOAD, contractOf(NAC002), undefined, '2026-12-07');
    expect(edits.office).toMatchObject({ code: 'NAC002', terminatedOn: '2026-12-07' });
    expect(edits.userCodes).toHaveLength(1);
    expect(edits.userCodes[0]).toMatchObject({ code: '1BNAC', officeCodes: ['NAC001'] });
    expect(edits.userCodes[0].endDate).toBeUndefined();
    expect(edits.userIds.map((i) => [i.id, i.endDate])).toEqual([['1BNACB02', '2026-12-06']]);
  });

  it('ends every code only NAC001 uses, its IDs, terminals (一般NACCS ones too), line and mailbox, the day before', () => {
    const edits = changeEffect(PAYLOAD, contractOf(NAC001), undefined, '2026-12-07');
    const ended = edits.userCodes.filter((c) => c.endDate === '2026-12-06').map((c) => c.code);
    expect(ended).toEqual(['1ANAC', '1CNAC']);
    expect(edits.userCodes.find((c) => c.code === '1BNAC')).toMatchObject({ officeCodes: ['NAC002'] });
    expect(edits.userIds.every((i) => i.endDate === '2026-12-06')).toBe(true);
    expect(edits.userIds).toHaveLength(demoUserIds().filter((i) => i.officeCode === 'NAC001').length);
    expect(edits.terminals.map((t) => [t.name, t.endDate])).toEqual([
      ['99999W', '2026-12-06'],
      ['482613G', '2026-12-06'],
      ['482614G', '2026-12-06'],
    ]);
    expect(edits.lines?.map((l) => [l.officeCode, l.endDate])).toEqual([['NAC001', '2026-12-06']]);
    expect(edits.mailboxes?.map((m) => [m.name, m.endDate])).toEqual([['NAC001MB01', '2026-12-06']]);
  });

  it("takes NAC002 off the 論理端末 other offices share with it (共用 / 共同利用), which stay in use", () => {
    const [w1] = demoTerminals().filter((t) => t.officeCode === 'NAC001');
    const sharedWithTwo = { ...w1, name: '99998W', sharedWith: ['NAC002', 'ZZZ001'] };
    const contract = { ...contractOf(NAC002), partnerTerminals: [{ ...w1, sharedWith: ['NAC002'] }, sharedWithTwo] };
    const edits = changeEffect(PAYLOAD, contract, undefined, '2026-12-07');
    const partnerEdits = edits.terminals.filter((t) => t.officeCode === 'NAC001');
    expect(partnerEdits.map((t) => [t.name, t.sharedWith, t.endDate])).toEqual([
      [w1.name, undefined, undefined],
      ['99998W', ['ZZZ001'], undefined],
    ]);
    expect('sharedWith' in partnerEdits[0]).toBe(false);
  });

  it('is refused while another application of the office is open, or when the contract has already ended', () => {
    const input = {
      officeCode: 'NAC002',
      companyAbbr: 'NAC',
      userCodes: demoUserCodes(),
      userIds: demoUserIds(),
      terminals: [],
      companyUserCodes: demoUserCodes(),
      openApplications: [{ receiptNo: '2600009A' } as Application],
      office: NAC002,
    };
    expect(contractChangeProblems(PAYLOAD, input)).toEqual([
      '申込受付番号「2600009A」の申込が審査中または利用開始前です。契約解除を申し込む場合は、その申込の利用開始を待つか、取り下げてから再度お申込みください。',
    ]);
    expect(contractChangeProblems(PAYLOAD, { ...input, openApplications: [], office: { ...NAC002, terminatedOn: '2026-12-01' } })).toEqual([
      '事業所「NAC002」のご契約は既に解除されています。内容を確認頂き修正入力をお願いします。',
    ]);
    expect(contractChangeProblems(PAYLOAD, { ...input, openApplications: [] })).toEqual([]);
  });

  it('the contract has ended from the 契約満了日 on, not the day before', () => {
    expect(contractEnded({ terminatedOn: '2026-12-07' }, '2026-12-06')).toBe(false);
    expect(contractEnded({ terminatedOn: '2026-12-07' }, '2026-12-07')).toBe(true);
    expect(contractEnded({}, '2030-01-01')).toBe(false);
  });
});

describe('a 解約 in the center', () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedDemo();
    await setClockTo(TODAY, 13, 15);
  });

  it('reviews it, confirms the 契約満了日, ends the contract on that day, and refuses the login from then on', async () => {
    // NAC001's netNACCS terminal is shared with NAC002 (共用)
    const [w1] = demoTerminals().filter((t) => t.officeCode === 'NAC001');
    await db.terminals.update(w1.id, { sharedWith: ['NAC002'] });
    const { applicationId } = await submitApplication({ kind: 'contract-change', officeCode: 'NAC002', contact: TEST_CONTACT, payload: PAYLOAD, desiredDate: '2026-12-07' });
    await runDue(jstMs('2026-11-24', 9));
    const approved = (await getApplication(applicationId))!;
    expect(approved.status).toBe('審査終了');
    expect(approved.confirmedDate).toBe('2026-12-07');
    const mail = await db.mails.filter((m) => m.applicationId === applicationId && m.subject === '【NSS】利用申込確認完了のお知らせ').first();
    expect(mail!.body).toContain('以下のURLから確定した申込内容と契約満了日を必ずご確認ください。');
    expect((await db.notices.filter((n) => n.applicationId === applicationId).toArray()).map((n) => n.text)).toContain(
      '利用申込の審査を終了しました。通知内容をご確認ください。',
    );
    // the day before, NAC002 still logs in
    expect(await attemptLogin('NAC002', 'demo1234', jstMs('2026-12-06', 23))).toMatchObject({ ok: true });

    await runDue(jstMs('2026-12-07', 0, 1));
    const started = (await getApplication(applicationId))!;
    expect(started.status).toBe('利用開始');
    expect(started.history.at(-1)!.item).toBe('変更申込 契約満了');
    expect((await db.offices.get('NAC002'))!.terminatedOn).toBe('2026-12-07');
    expect((await db.userIds.get('1BNACB02'))!.endDate).toBe('2026-12-06');
    expect((await db.userCodes.get('1BNAC'))!).toMatchObject({ officeCodes: ['NAC001'] });
    expect((await db.userCodes.get('1BNAC'))!.endDate).toBeUndefined();
    // NAC001 keeps its terminal, shared with no one now
    const kept = (await db.terminals.get(w1.id))!;
    expect([kept.officeCode, kept.sharedWith, kept.endDate]).toEqual(['NAC001', undefined, undefined]);

    const at = jstMs('2026-12-07', 9);
    expect(await attemptLogin('NAC002', 'demo1234', at)).toEqual({ ok: false, reason: 'ended', endedOn: '2026-12-07' });
    // the refusal is not a failure: five of them lock nothing
    for (let i = 0; i < 5; i++) await attemptLogin('NAC002', 'demo1234', at);
    expect(await lockedUntil('NAC002', at)).toBeUndefined();
    // a wrong password is still just wrong (it never says the ID exists)
    expect(await attemptLogin('NAC002', 'wrong', at)).toEqual({ ok: false, reason: 'invalid' });
    expect(await attemptLogin('NAC001', 'demo1234', at)).toMatchObject({ ok: true, officeCode: 'NAC001' });

    // the trainer's 「デモデータを初期化」 brings the demo office back
    await resetDemoData(at, 1_000);
    expect((await db.offices.get('NAC002'))!.terminatedOn).toBeUndefined();
    expect((await db.userCodes.get('1BNAC'))!.officeCodes).toEqual(['NAC001', 'NAC002']);
    expect((await db.userIds.get('1BNACB02'))!.endDate).toBeUndefined();
    expect(await attemptLogin('NAC002', 'demo1234', at)).toMatchObject({ ok: true, officeCode: 'NAC002' });
  });

  it('契約内容確認 finds the 解約 whose review ended, with its 契約満了日', async () => {
    const { applicationId } = await submitApplication({ kind: 'contract-change', officeCode: 'NAC002', contact: TEST_CONTACT, payload: PAYLOAD, desiredDate: '2026-12-07' });
    expect(pendingTermination(await listOfficeApplicationsIn('NAC002', ['審査終了']))).toBeUndefined();
    await runDue(jstMs('2026-11-24', 9));
    expect(pendingTermination(await listOfficeApplicationsIn('NAC002', ['審査終了']))).toMatchObject({ id: applicationId, confirmedDate: '2026-12-07' });
  });
});
