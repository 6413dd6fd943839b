import { createStore } from 'solid-js/store';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setClockTo } from '../../src/center/clock';
import { DRAFT_GONE_REFUSAL, DRAFT_STALE_REFUSAL, SubmitRefusedError } from '../../src/center/errors';
import { clearStorageProblem, storageProblem } from '../../src/store/errors';
import { submitApplication, withdrawApplication } from '../../src/center/submit';
import { db } from '../../src/store/db';
import { addAttachment, listAttachments } from '../../src/store/attachments';
import { getApplication } from '../../src/store/applications';
import { jstMs } from '../../src/domain/time';
import { resetDatabase, seedDemo } from '../support/db';
import { registerTestKinds, TEST_CONTACT, TEST_SETTING } from '../support/test-kinds';

const file = (blobText: string, name = '調査票.xlsx') => ({
  name,
  type: 'application/vnd.ms-excel',
  size: blobText.length,
  blob: new Blob([blobText]),
});

async function draftWithFile() {
  await db.drafts.add({
    id: 'draft-1',
    officeCode: 'NAC001',
    kind: TEST_SETTING,
    createdAt: 0,
    state: {},
    attachments: [],
    updatedAt: 0,
    rev: 1,
  });
  return addAttachment('draft-1', file('draft bytes', '貨物引渡義務登録調査票.xlsx'));
}

const request = (extra = {}) => ({
  kind: TEST_SETTING,
  officeCode: 'NAC001',
  contact: TEST_CONTACT,
  payload: { userCodes: ['1CNAC'], company: 'NACCS TRADE COMPANY' },
  desiredDate: '2026-11-27',
  ...extra,
});

beforeEach(async () => {
  clearStorageProblem();
  await resetDatabase();
  await seedDemo();
  registerTestKinds();
  await setClockTo('2026-11-20', 13, 15);
});

describe('filing an application', () => {
  it('issues a 申込受付番号 and stores it as 受付 with its first 進行状況 row', async () => {
    const { applicationId, receiptNo } = await submitApplication(request());
    expect(receiptNo).toMatch(/^26\d{5}C$/);
    const app = (await getApplication(applicationId))!;
    expect(app).toMatchObject({
      receiptNo,
      status: '受付',
      officeCode: 'NAC001',
      desiredDate: '2026-11-27',
      submissions: 1,
    });
    expect(app.history).toEqual([{ item: 'システム設定申込', at: app.submittedAt, notice: '', status: '受付' }]);
    expect(app.submittedAt).toBeGreaterThanOrEqual(jstMs('2026-11-20', 13, 15));
    // the answer is due on the next business day (11/23 is a holiday)
    expect(app.review.dueAt).toBe(jstMs('2026-11-24', 9));
  });

  it('moves the draft\'s files, stores the new ones and marks the draft deleted', async () => {
    const ref = await draftWithFile();
    const { applicationId } = await submitApplication(
      request({ draftId: 'draft-1', draftAttachmentIds: [ref.id], attachments: [file('new bytes', '船会社調査票.xlsx')] }),
    );
    const app = (await getApplication(applicationId))!;
    expect(app.attachments.map((a) => a.name)).toEqual(['貨物引渡義務登録調査票.xlsx', '船会社調査票.xlsx']);
    expect((await listAttachments(applicationId)).map((a) => a.name).sort()).toEqual(
      ['船会社調査票.xlsx', '貨物引渡義務登録調査票.xlsx'].sort(),
    );
    expect(await listAttachments('draft-1')).toEqual([]);
    expect((await db.drafts.get('draft-1'))?.deleted).toBe(1);
  });

  it('sends the 受付完了 mail to the 申込担当者 and the 管理責任者', async () => {
    const { receiptNo } = await submitApplication(request());
    const mails = await db.mails.toArray();
    expect(mails.map((m) => [m.to, m.role, m.subject, m.read])).toEqual(
      expect.arrayContaining([
        ['taro.tsukan@nacks-shoji.example', '申込担当者', '【NSS】システム設定申込受付完了のお知らせ', false],
        ['kanri@nacks-shoji.example', '管理責任者', '【NSS】システム設定申込受付完了のお知らせ', false],
      ]),
    );
    expect(mails).toHaveLength(2);
    const body = mails.find((m) => m.role === '管理責任者')!.body;
    expect(body).toContain('ナックス商事株式会社 東京事業所 情報システム部\n山田 次郎 様');
    expect(body).toContain('申込受付年月日：2026年11月20日');
    expect(body).toContain(`申込受付番号：${receiptNo}`);
    // no 新着情報 for a submission (the seeds show none)
    expect(await db.notices.filter((n) => n.receiptNo === receiptNo).count()).toBe(0);
  });

  it('refuses a payload its kind\'s schema rejects, with the schema\'s message, and writes nothing', async () => {
    const attempt = submitApplication(request({ payload: { userCodes: ['1CNAC'], company: '' } }));
    await expect(attempt).rejects.toBeInstanceOf(SubmitRefusedError);
    await expect(attempt).rejects.toMatchObject({ messages: ['企業名(英)を入力してください。'] });
    expect(await db.applications.count()).toBe(0);
    expect(await db.mails.count()).toBe(0);
  });

  it('refuses a desired date that is not a real date', async () => {
    for (const desiredDate of ['2026-02-30', '20261127']) {
      await expect(submitApplication(request({ desiredDate }))).rejects.toMatchObject({
        messages: ['NACCS登録希望日は、半角数字8桁の正しい日付を入力してください。'],
      });
    }
    expect(await db.applications.count()).toBe(0);
  });

  it('writes nothing when one write of the transaction fails', async () => {
    const ref = await draftWithFile();
    const counterBefore = await db.device.get('receiptCounter');
    const spy = vi.spyOn(db.mails, 'bulkAdd').mockRejectedValueOnce(new DOMException('disk full', 'QuotaExceededError'));
    await expect(submitApplication(request({ draftId: 'draft-1', draftAttachmentIds: [ref.id], attachments: [file('x')] }))).rejects.toThrow();
    spy.mockRestore();
    expect(await db.applications.count()).toBe(0);
    expect((await listAttachments('draft-1')).map((a) => a.id)).toEqual([ref.id]);
    expect(await db.attachments.count()).toBe(1);
    expect((await db.drafts.get('draft-1'))?.deleted).toBeUndefined();
    expect(await db.device.get('receiptCounter')).toEqual(counterBefore);
    expect(await db.mails.count()).toBe(0);
  });

  it('stores plain data when the wizard hands over reactive store proxies', async () => {
    const [contact] = createStore({ ...TEST_CONTACT });
    const [payload] = createStore({ userCodes: ['1CNAC'], company: 'NACCS TRADE COMPANY' });
    const { applicationId } = await submitApplication(request({ contact, payload }));
    expect((await getApplication(applicationId))!.contact).toEqual(TEST_CONTACT);
  });

  it('refuses a draft file that is not the draft\'s', async () => {
    await draftWithFile();
    const other = await addAttachment('someone-else', file('x'));
    await expect(submitApplication(request({ draftId: 'draft-1', draftAttachmentIds: [other.id] }))).rejects.toThrow(
      '添付ファイルが見つかりません',
    );
    expect(await db.applications.count()).toBe(0);
  });
});

describe('a draft is filed exactly once, with its latest content', () => {
  const byDraft = () => request({ draftId: 'draft-1', draftRev: 1, draftAttachmentIds: [] });

  it('refuses the second filing of a draft already filed (another tab), and files nothing more', async () => {
    await draftWithFile();
    await submitApplication(byDraft());
    await expect(submitApplication(byDraft())).rejects.toMatchObject({ messages: [DRAFT_GONE_REFUSAL], draft: 'draft-gone' });
    expect(await db.applications.count()).toBe(1);
    expect(storageProblem()).toBeNull();
  });

  it('files once when two tabs press the button at the same moment', async () => {
    await draftWithFile();
    const results = await Promise.allSettled([submitApplication(byDraft()), submitApplication(byDraft())]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await db.applications.count()).toBe(1);
    expect(await db.mails.count()).toBe(2);
  });

  it('refuses a tab behind the draft\'s latest save, keeping the draft and its newer content', async () => {
    await draftWithFile();
    await db.drafts.update('draft-1', { state: { note: '新しい備考' }, rev: 2 });
    await expect(submitApplication(byDraft())).rejects.toMatchObject({ messages: [DRAFT_STALE_REFUSAL], draft: 'draft-stale' });
    expect(await db.applications.count()).toBe(0);
    expect(await db.drafts.get('draft-1')).toMatchObject({ rev: 2, state: { note: '新しい備考' } });
    expect((await db.drafts.get('draft-1'))?.deleted).toBeUndefined();
    expect(await db.device.get('receiptCounter')).toBeUndefined();
  });

  it('refuses a 修正 from a draft already filed', async () => {
    const filed = await submitApplication(request());
    await db.applications.update(filed.applicationId, { status: '確認依頼' });
    await db.drafts.add({ id: 'draft-9', officeCode: 'NAC001', kind: TEST_SETTING, amends: filed.applicationId, createdAt: 0, state: {}, attachments: [], updatedAt: 0, rev: 1 });
    const amend = () => submitApplication(request({ amends: filed.applicationId, draftId: 'draft-9', draftRev: 1 }));
    await amend();
    await expect(amend()).rejects.toMatchObject({ draft: 'draft-gone' });
    expect((await getApplication(filed.applicationId))!.submissions).toBe(2);
  });
});

describe('numbers are never reused', () => {
  it('counts up, and a withdrawn application keeps its number', async () => {
    const first = await submitApplication(request());
    await db.applications.update(first.applicationId, { status: '確認依頼' });
    await withdrawApplication(first.applicationId);
    const second = await submitApplication(request());
    expect(second.receiptNo).not.toBe(first.receiptNo);
    expect(Number(second.receiptNo.slice(4, 7))).toBe(Number(first.receiptNo.slice(4, 7)) + 1);
  });

  it('takes the year of the simulated date', async () => {
    await setClockTo('2027-01-04', 10);
    expect((await submitApplication(request({ desiredDate: '2027-01-20' }))).receiptNo).toMatch(/^27\d{5}C$/);
  });
});

describe('修正 (a correction of an application in 確認依頼)', () => {
  async function inRequest() {
    const ref = await draftWithFile();
    const filed = await submitApplication(request({ draftId: 'draft-1', draftAttachmentIds: [ref.id] }));
    const app = (await getApplication(filed.applicationId))!;
    await db.applications.put({
      ...app,
      status: '確認依頼',
      history: [...app.history, { item: 'システム設定申込 回答(確認依頼)', at: app.submittedAt + 1, notice: '…', status: '確認依頼' }],
    });
    return { filed, ref };
  }

  it('keeps the 受付番号, goes back to 内容確認中 and replaces what was filed', async () => {
    const { filed, ref } = await inRequest();
    await db.drafts.add({ id: 'draft-2', officeCode: 'NAC001', kind: TEST_SETTING, amends: filed.applicationId, createdAt: 0, state: {}, attachments: [], updatedAt: 0, rev: 1 });
    await setClockTo('2026-11-24', 11);
    const again = await submitApplication(
      request({
        amends: filed.applicationId,
        draftId: 'draft-2',
        draftAttachmentIds: [],
        attachments: [file('fixed', '修正後調査票.xlsx')],
        payload: { userCodes: ['1CNAC'], company: 'NACCS TRADE CO' },
        desiredDate: '2026-12-01',
      }),
    );
    expect(again).toEqual(filed);
    const app = (await getApplication(filed.applicationId))!;
    expect(app.status).toBe('内容確認中');
    expect(app.submissions).toBe(2);
    expect(app.payload).toEqual({ userCodes: ['1CNAC'], company: 'NACCS TRADE CO' });
    expect(app.desiredDate).toBe('2026-12-01');
    expect(app.history.at(-1)).toMatchObject({ item: 'システム設定申込 修正', status: '内容確認中' });
    expect(app.attachments.map((a) => a.name)).toEqual(['修正後調査票.xlsx']);
    expect((await db.attachments.get(ref.id))?.deleted).toBe(1);
    expect(app.review.dueAt).toBe(jstMs('2026-11-25', 9));
    expect((await db.drafts.get('draft-2'))?.deleted).toBe(1);
  });

  it('is refused when the application is not in 確認依頼', async () => {
    const filed = await submitApplication(request());
    await expect(submitApplication(request({ amends: filed.applicationId }))).rejects.toMatchObject({
      messages: [`申込受付番号「${filed.receiptNo}」の申込はステータスが「受付」のため、修正できません。`],
    });
    expect((await getApplication(filed.applicationId))!.submissions).toBe(1);
  });
});

describe('取下げ', () => {
  it('ends an application in 確認依頼 with a 新着情報 and mails', async () => {
    const filed = await submitApplication(request());
    await db.applications.update(filed.applicationId, { status: '確認依頼' });
    const app = await withdrawApplication(filed.applicationId);
    expect(app.status).toBe('取下げ');
    expect(app.history.at(-1)).toMatchObject({ item: 'システム設定申込 取下げ', status: '取下げ' });
    const notices = await db.notices.where('officeCode').equals('NAC001').filter((n) => n.applicationId === app.id).toArray();
    expect(notices.map((n) => [n.category, n.receiptNo, n.text])).toEqual([
      ['システム設定', filed.receiptNo, 'システム設定申込の取下げを受け付けました。'],
    ]);
    const subjects = (await db.mails.toArray()).map((m) => m.subject);
    expect(subjects.filter((s) => s === '【NSS】システム設定申込取下げ完了のお知らせ')).toHaveLength(2);
  });

  it('is refused before the review has asked for anything (受付)', async () => {
    const filed = await submitApplication(request());
    await expect(withdrawApplication(filed.applicationId)).rejects.toThrow('「受付」のため、「取下げ」にすることはできません。');
  });
});
