import { beforeEach, describe, expect, it } from 'vitest';
import { setClockTo } from '../../src/center/clock';
import { runDue } from '../../src/center/review';
import { submitApplication } from '../../src/center/submit';
import { chosenDateProblem, trainerApprove, trainerInvalidate, trainerPickup, trainerRequest } from '../../src/center/trainer';
import type { Application } from '../../src/domain/application';
import { jstMs } from '../../src/domain/time';
import { getApplication } from '../../src/store/applications';
import { db } from '../../src/store/db';
import { closeDatabase } from '../../src/store/open';
import { DEFAULT_SETTINGS, setSetting } from '../../src/store/settings';
import { resetDatabase, seedDemo } from '../support/db';
import { registerTestKinds, TEST_CONTACT, TEST_CONTRACT, TEST_SETTING, WRONG_COMPANY_TEXT } from '../support/test-kinds';

beforeEach(async () => {
  await resetDatabase();
  await seedDemo();
  registerTestKinds();
  await setClockTo('2026-11-20', 13, 15); // Friday; Monday 11/23 is a holiday
});

async function fileSetting(company = 'NACCS TRADE COMPANY', desiredDate = '2026-11-27') {
  const { applicationId } = await submitApplication({
    kind: TEST_SETTING,
    officeCode: 'NAC001',
    contact: TEST_CONTACT,
    payload: { userCodes: ['1CNAC'], company },
    desiredDate,
  });
  return applicationId;
}

const load = async (id: string) => (await getApplication(id)) as Application;
const subjectsTo = async (address: string) => (await db.mails.where('to').equals(address).sortBy('at')).map((m) => m.subject);
const noticesOf = async (id: string) => (await db.notices.filter((n) => n.applicationId === id).sortBy('at')).map((n) => n.text);

describe('the review, driven by the clock', () => {
  it('picks up, approves, and applies the effect on the NACCS登録日', async () => {
    const id = await fileSetting();
    expect(await runDue(jstMs('2026-11-20', 14))).toBe(0);
    expect(await runDue(jstMs('2026-11-20', 15))).toBe(1);
    expect((await load(id)).status).toBe('内容確認中');

    await runDue(jstMs('2026-11-24', 9));
    const approved = await load(id);
    expect(approved.status).toBe('審査終了');
    expect(approved.confirmedDate).toBe('2026-11-27');
    expect(approved.reviewEndedAt).toBe(jstMs('2026-11-24', 9));
    expect(approved.history.map((h) => [h.item, h.at, h.notice])).toEqual([
      ['システム設定申込', approved.submittedAt, ''],
      ['システム設定申込 内容確認開始', approved.submittedAt + 3_600_000, ''],
      ['システム設定申込 回答(確認完了)', jstMs('2026-11-24', 9), ''],
    ]);
    expect(await noticesOf(id)).toEqual(['システム設定申込の審査を終了しました。通知内容をご確認ください。']);
    expect(await subjectsTo('kanri@nacks-shoji.example')).toEqual([
      '【NSS】システム設定申込受付完了のお知らせ',
      '【NSS】システム設定申込確認完了のお知らせ',
    ]);
    expect(await subjectsTo(TEST_CONTACT.email)).toHaveLength(2);

    await runDue(jstMs('2026-11-26', 23, 59));
    expect((await db.userCodes.get('1CNAC'))!.english.company).toBe('');
    await runDue(jstMs('2026-11-27', 0, 0));
    const started = await load(id);
    expect(started.status).toBe('利用開始');
    expect(started.effectAppliedAt).toBe(jstMs('2026-11-27'));
    expect(started.history.at(-1)).toMatchObject({ item: 'システム設定申込 NACCS反映', at: jstMs('2026-11-27') });
    expect((await db.userCodes.get('1CNAC'))!).toMatchObject({
      english: { company: 'NACCS TRADE COMPANY' },
      industries: ['適用'],
    });
  });

  it('takes every step due at once when the clock jumps, dated when each was due', async () => {
    const id = await fileSetting();
    await runDue(jstMs('2026-12-01', 10));
    const app = await load(id);
    expect(app.status).toBe('利用開始');
    expect(app.history.map((h) => h.at)).toEqual([
      app.submittedAt,
      app.submittedAt + 3_600_000,
      jstMs('2026-11-24', 9),
      jstMs('2026-11-27'),
    ]);
  });

  it('asks for a correction when an automatic check fails, with the check\'s 通知内容', async () => {
    const id = await fileSetting('WRONG');
    await runDue(jstMs('2026-11-24', 9));
    const app = await load(id);
    expect(app.status).toBe('確認依頼');
    expect(app.history.at(-1)).toEqual({
      item: 'システム設定申込 回答(確認依頼)',
      at: jstMs('2026-11-24', 9),
      notice: WRONG_COMPANY_TEXT,
      status: '確認依頼',
    });
    expect(await noticesOf(id)).toEqual([
      'システム設定申込内容に確認事項があります。通知内容をご確認の上、申込内容の修正、または取下げを行ってください。',
    ]);
    const mail = (await db.mails.where('to').equals(TEST_CONTACT.email).sortBy('at')).at(-1)!;
    expect(mail.subject).toBe('【NSS】申込内容確認のお願い');
    expect(mail.body).toContain('申込みいただいた内容について確認事項がございます。');
    expect(mail.read).toBe(false);
    // nothing more happens by itself
    expect(await runDue(jstMs('2027-01-20', 9))).toBe(0);
  });

  it('follows the firstRequest scenario and approves the correction', async () => {
    await setSetting('review', { ...DEFAULT_SETTINGS.review, scenario: 'firstRequest' });
    const id = await fileSetting();
    await runDue(jstMs('2026-11-24', 9));
    expect((await load(id)).status).toBe('確認依頼');
    await setClockTo('2026-11-24', 11);
    await submitApplication({
      kind: TEST_SETTING,
      officeCode: 'NAC001',
      contact: TEST_CONTACT,
      payload: { userCodes: ['1CNAC'], company: 'NACCS TRADE COMPANY' },
      desiredDate: '2026-11-27',
      amends: id,
    });
    await runDue(jstMs('2026-11-25', 9));
    const app = await load(id);
    expect(app.status).toBe('審査終了');
    // 11/24 + 4 business days: the wish 11/27 is too early now
    expect(app.confirmedDate).toBe('2026-11-30');
    expect(app.history.at(-1)!.notice).toBe('NACCSのご利用は11月30日から可能です。');
  });
});

describe('the effect is applied exactly once', () => {
  it('with two runs at the same time (two tabs)', async () => {
    const id = await fileSetting();
    await runDue(jstMs('2026-11-24', 9));
    await Promise.all([runDue(jstMs('2026-11-27', 1)), runDue(jstMs('2026-11-27', 1))]);
    expect((await db.userCodes.get('1CNAC'))!.industries).toEqual(['適用']);
    const app = await load(id);
    expect(app.history.filter((h) => h.status === '利用開始')).toHaveLength(1);
  });

  it('and not again after a reload', async () => {
    await fileSetting();
    await runDue(jstMs('2026-11-27', 1));
    closeDatabase();
    await db.open();
    await runDue(jstMs('2026-11-28', 1));
    await runDue(jstMs('2026-12-28', 1));
    expect((await db.userCodes.get('1CNAC'))!.industries).toEqual(['適用']);
  });
});

describe('無効 (a contract application without its システム設定申込)', () => {
  async function fileContract() {
    const { applicationId } = await submitApplication({
      kind: TEST_CONTRACT,
      officeCode: 'NAC001',
      contact: TEST_CONTACT,
      payload: { newCode: '1DNAC' },
      desiredDate: '2026-12-07',
    });
    await runDue(jstMs('2026-11-24', 9));
    return applicationId;
  }

  it('is invalidated after the deadline (4 business days before the start), with notice and mails', async () => {
    const id = await fileContract();
    expect((await load(id)).confirmedDate).toBe('2026-12-07');
    await runDue(jstMs('2026-12-01', 20)); // the deadline day itself
    expect((await load(id)).status).toBe('審査終了');
    await runDue(jstMs('2026-12-02', 10));
    const app = await load(id);
    expect(app.status).toBe('無効');
    expect(app.history.at(-1)).toMatchObject({
      item: '変更申込 無効',
      at: jstMs('2026-12-02', 9),
      notice: expect.stringContaining('システム設定申込締切日(2026/12/01)'),
    });
    expect(await noticesOf(id)).toContain(
      '利用申込は、システム設定申込が利用開始日の4営業日前までに完了しなかったため、無効となりました。通知内容をご確認ください。',
    );
    expect(await subjectsTo('kanri@nacks-shoji.example')).toContain('【NSS】利用申込無効のお知らせ');
    await runDue(jstMs('2026-12-08', 10));
    expect(await db.userCodes.get('1DNAC')).toBeUndefined();
  });

  it('starts when a システム設定申込 for the code was filed by the deadline', async () => {
    const id = await fileContract();
    await setClockTo('2026-12-01', 16);
    await submitApplication({
      kind: TEST_SETTING,
      officeCode: 'NAC001',
      contact: TEST_CONTACT,
      payload: { userCodes: ['1DNAC'], company: 'NACCS TRADE COMPANY' },
    });
    await runDue(jstMs('2026-12-07', 1));
    expect((await load(id)).status).toBe('利用開始');
    expect(await db.userCodes.get('1DNAC')).toBeDefined();
  });
});

describe('the trainer\'s hand', () => {
  beforeEach(() => setSetting('review', { ...DEFAULT_SETTINGS.review, speed: 'manual' }));

  it('nothing moves by itself in manual mode; the trainer picks up and approves with a chosen date', async () => {
    const id = await fileSetting();
    expect(await runDue(jstMs('2026-12-20', 9))).toBe(0);
    await trainerPickup(id);
    await expect(trainerApprove(id, '2026-11-28')).rejects.toMatchObject({
      messages: ['NACCS登録日には営業日を指定してください。（2026/11/28は土曜日です）'],
    });
    await expect(trainerApprove(id, '2026-11-26')).rejects.toMatchObject({
      messages: ['NACCS登録日は希望日(2026/11/27)より前にはできません。'],
    });
    const app = await trainerApprove(id, '2026-12-02');
    expect(app.status).toBe('審査終了');
    expect(app.confirmedDate).toBe('2026-12-02');
    expect(app.history.at(-1)!.notice).toBe('NACCSのご利用は12月2日から可能です。');
  });

  it('asks for a correction only with a 通知内容', async () => {
    const id = await fileSetting();
    await trainerPickup(id);
    await expect(trainerRequest(id, '  ')).rejects.toMatchObject({ messages: ['通知内容を入力してください。'] });
    const app = await trainerRequest(id, '添付ファイルの調査票が最新の様式ではありません。');
    expect(app.status).toBe('確認依頼');
    expect(app.history.at(-1)!.notice).toBe('添付ファイルの調査票が最新の様式ではありません。');
  });

  it('refuses a step the state machine does not allow', async () => {
    const id = await fileSetting();
    await expect(trainerApprove(id)).rejects.toThrow('「受付」のため、「審査終了」にすることはできません。');
    await expect(trainerInvalidate(id)).rejects.toThrow('「受付」のため、「無効」にすることはできません。');
  });

  it('explains a date problem before acting', () => {
    expect(chosenDateProblem('2026-11-23', { kind: 'system-setting', desiredDate: undefined }, '2026-11-20')).toBe(
      'NACCS登録日には営業日を指定してください。（2026/11/23は祝日(勤労感謝の日)です）',
    );
    expect(chosenDateProblem('2026-11-19', { kind: 'system-setting' }, '2026-11-20')).toBe(
      'NACCS登録日は本日(2026/11/20)以降の日付を指定してください。',
    );
  });
});
