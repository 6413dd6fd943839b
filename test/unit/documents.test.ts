// From when each document can be made (DOMAIN.md §4.7) and why not before.
import { describe, expect, it } from 'vitest';
import { documentAvailability, documentFileName, formatNoticeDate } from '../../src/domain/documents';
import { filedApplication } from '../support/documents';

const finished = filedApplication({ status: '審査終了', confirmedDate: '2026-11-30' });

describe('documentAvailability', () => {
  it('承認通知: from the 利用開始日, with the date in the reason before it', () => {
    expect(documentAvailability('change-approval', finished, '2026-11-29')).toEqual({
      ok: false,
      reason: '承認通知は利用開始日(2026/11/30)以降に出力できます。',
    });
    expect(documentAvailability('change-approval', finished, '2026-11-30')).toEqual({ ok: true });
    expect(documentAvailability('change-approval', { ...finished, status: '利用開始' }, '2027-01-01')).toEqual({ ok: true });
  });

  it('承認通知 / 承諾書: not before the review has ended, never for a withdrawn or invalid application', () => {
    const filed = filedApplication({ status: '内容確認中', confirmedDate: undefined });
    expect(documentAvailability('usage-acceptance', filed, '2026-12-10')).toEqual({
      ok: false,
      reason: '承諾書は審査終了後、利用開始日以降に出力できます。',
    });
    expect(documentAvailability('change-approval', { ...finished, status: '無効' }, '2026-12-10')).toEqual({
      ok: false,
      reason: 'ステータスが「無効」の申込の承認通知は出力できません。',
    });
  });

  it('解除通知書: from the 審査終了 (from the 契約満了日 the office can no longer log in)', () => {
    expect(documentAvailability('termination-notice', filedApplication({ status: '内容確認中' }), '2026-12-30')).toEqual({
      ok: false,
      reason: '解除通知書は審査終了後に出力できます。',
    });
    const end = filedApplication({ status: '審査終了', confirmedDate: '2026-12-31' });
    expect(documentAvailability('termination-notice', end, '2026-12-30')).toEqual({ ok: true });
    expect(documentAvailability('termination-notice', { ...end, status: '利用開始' }, '2026-12-31')).toEqual({ ok: true });
    expect(documentAvailability('termination-notice', { ...end, status: '取下げ' }, '2026-12-31')).toMatchObject({ ok: false });
  });

  it('申込書: any time after filing, whatever the status', () => {
    for (const status of ['受付', '確認依頼', '取下げ'] as const)
      expect(documentAvailability('change-form', filedApplication({ status }), '2026-11-20')).toEqual({ ok: true });
  });

  it('ID通知内容: after the review, until the 利用開始日 + 2 days', () => {
    const notice = { issuedAt: 0, startDate: '2026-11-30', userIds: [], terminals: [] };
    expect(documentAvailability('id-notice', filedApplication({ idNotice: undefined }), '2026-11-24')).toEqual({
      ok: false,
      reason: 'ID通知内容は審査終了後に出力できます。',
    });
    expect(documentAvailability('id-notice', filedApplication({ idNotice: notice }), '2026-12-02')).toEqual({ ok: true });
    expect(documentAvailability('id-notice', filedApplication({ idNotice: notice }), '2026-12-03')).toEqual({
      ok: false,
      reason: 'ID・パスワードの表示期間(利用開始日の2日後の2026/12/02まで)を過ぎたため、ID通知内容は出力できません。',
    });
  });
});

it('names the file after the 受付番号 and the title, and dates a notice without zero padding', () => {
  expect(documentFileName('change-approval', '2600043B')).toBe('2600043B_システムサービス利用契約変更承認通知.pdf');
  expect(documentFileName('termination-notice', '2600060A')).toBe('2600060A_システムサービス利用契約解除通知書.pdf');
  expect(formatNoticeDate('2026-01-05')).toBe('2026年1月5日');
});
