import { describe, expect, it } from 'vitest';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../../src/domain/application';
import {
  applyStep,
  canTransition,
  confirmStartDate,
  furtherStatus,
  IllegalTransitionError,
  isShorterThanStandard,
  startDateRemark,
  systemSettingDeadline,
  systemSettingVerdict,
} from '../../src/domain/review';

const ALLOWED: [ApplicationStatus, ApplicationStatus][] = [
  ['受付', '内容確認中'],
  ['内容確認中', '確認依頼'],
  ['内容確認中', '審査終了'],
  ['確認依頼', '内容確認中'],
  ['確認依頼', '取下げ'],
  ['審査終了', '利用開始'],
  ['審査終了', '無効'],
];

const base = { status: '受付' as ApplicationStatus, history: [], receiptNo: '2630001C' };

describe('review state machine', () => {
  it.each(ALLOWED)('allows %s → %s and writes one 進行状況 row', (from, to) => {
    const next = applyStep({ ...base, status: from }, { to, item: '作業', at: 1000, notice: '通知' });
    expect(next.status).toBe(to);
    expect(next.history).toEqual([{ item: '作業', at: 1000, notice: '通知', status: to }]);
  });

  const refused = APPLICATION_STATUSES.flatMap((from) =>
    APPLICATION_STATUSES.filter((to) => !ALLOWED.some(([f, t]) => f === from && t === to)).map(
      (to) => [from, to] as [ApplicationStatus, ApplicationStatus],
    ),
  );

  it('refuses every other pair (42 of 49)', () => {
    expect(refused).toHaveLength(42);
  });

  it.each(refused)('refuses %s → %s with a clear error', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
    const attempt = () => applyStep({ ...base, status: from }, { to, item: '作業', at: 1 });
    expect(attempt).toThrow(IllegalTransitionError);
    expect(attempt).toThrow(`申込受付番号「2630001C」の申込はステータスが「${from}」のため、「${to}」にすることはできません。`);
  });

  it('does not let 受付 or 内容確認中 be withdrawn (only 確認依頼, as in the seeds)', () => {
    expect(canTransition('受付', '取下げ')).toBe(false);
    expect(canTransition('内容確認中', '取下げ')).toBe(false);
    expect(canTransition('確認依頼', '取下げ')).toBe(true);
  });
});

describe('furtherStatus: merging two replicas', () => {
  const at = (status: ApplicationStatus, submissions = 1) => ({ status, submissions });

  it('keeps the status further along the review', () => {
    expect(furtherStatus(at('受付'), at('内容確認中'))).toEqual(at('内容確認中'));
    expect(furtherStatus(at('審査終了'), at('確認依頼'))).toEqual(at('審査終了'));
    expect(furtherStatus(at('利用開始'), at('審査終了'))).toEqual(at('利用開始'));
  });

  it('counts a correction as newer than the 確認依頼 it answers', () => {
    expect(furtherStatus(at('確認依頼', 1), at('内容確認中', 2))).toEqual(at('内容確認中', 2));
  });

  it('never resurrects a withdrawn application, even against a later correction', () => {
    expect(furtherStatus(at('内容確認中', 2), at('取下げ', 1))).toEqual(at('取下げ', 1));
    expect(furtherStatus(at('取下げ', 1), at('審査終了', 3))).toEqual(at('取下げ', 1));
  });

  it('keeps 無効 over 利用開始 and 審査終了', () => {
    expect(furtherStatus(at('利用開始'), at('無効'))).toEqual(at('無効'));
    expect(furtherStatus(at('無効'), at('審査終了'))).toEqual(at('無効'));
  });

  it('returns the first when both are level', () => {
    const a = { ...at('確認依頼'), id: 'a' };
    const b = { ...at('確認依頼'), id: 'b' };
    expect(furtherStatus(a, b).id).toBe('a');
  });
});

describe('the confirmed start date', () => {
  it('is the wish when the wish is late enough and a business day', () => {
    expect(confirmStartDate({ desired: '2018-11-13', earliest: '2018-11-07', answeredOn: '2018-11-02' })).toBe('2018-11-13');
  });

  it('is the earliest date when the wish is too close', () => {
    expect(confirmStartDate({ desired: '2026-11-24', earliest: '2026-11-27', answeredOn: '2026-11-24' })).toBe('2026-11-27');
  });

  it('is never on a non-business day and never before the wish', () => {
    // wish on Saturday 2026-11-21; Monday 11-23 is 勤労感謝の日 → Tuesday 11-24
    expect(confirmStartDate({ desired: '2026-11-21', earliest: '2026-11-20', answeredOn: '2026-11-20' })).toBe('2026-11-24');
    // wish in the year-end closure → 2027-01-04
    expect(confirmStartDate({ desired: '2026-12-30', earliest: '2026-12-01', answeredOn: '2026-12-01' })).toBe('2027-01-04');
  });

  it('is never before the day of the answer', () => {
    expect(confirmStartDate({ earliest: '2026-11-05', answeredOn: '2026-11-20' })).toBe('2026-11-20');
  });

  it('says 「NACCSのご利用は○月○日から可能です。」 only when it differs from the wish', () => {
    expect(startDateRemark('2026-11-24', '2026-11-27')).toBe('NACCSのご利用は11月27日から可能です。');
    expect(startDateRemark('2026-11-27', '2026-11-27')).toBe('');
    expect(startDateRemark(undefined, '2026-11-27')).toBe('');
  });

  it('warns when the wish is closer than the standard days', () => {
    expect(isShorterThanStandard('2019-04-02', '2019-04-05', 4)).toBe(true);
    expect(isShorterThanStandard('2019-04-02', '2019-04-08', 4)).toBe(false);
    expect(isShorterThanStandard('2019-04-02', undefined, 4)).toBe(false);
  });
});

describe('無効: the システム設定申込 deadline', () => {
  it('is 4 business days before the 利用開始日', () => {
    expect(systemSettingDeadline('2019-04-08')).toBe('2019-04-02');
    expect(systemSettingDeadline('2026-05-08')).toBe('2026-04-28'); // 5/7, 5/1, 4/30, 4/28 over Golden Week
  });

  const input = {
    startDate: '2026-12-07', // Monday; deadline = Tuesday 2026-12-01
    contractSubmittedOn: '2026-11-16',
    required: ['1DNAC'],
    filings: [] as { status: ApplicationStatus; submittedOn: string; userCodes?: string[] }[],
    today: '2026-12-01',
  };

  it('is pending until the deadline has passed', () => {
    expect(systemSettingVerdict(input)).toBe('pending');
  });

  it('makes the application invalid the day after the deadline without a システム設定申込', () => {
    expect(systemSettingVerdict({ ...input, today: '2026-12-02' })).toBe('invalid');
  });

  it('is satisfied by one filed on or before the deadline, whatever its review status', () => {
    const filed = { status: '確認依頼' as ApplicationStatus, submittedOn: '2026-12-01', userCodes: ['1DNAC'] };
    expect(systemSettingVerdict({ ...input, filings: [filed], today: '2026-12-10' })).toBe('satisfied');
  });

  it('does not count one filed after the deadline, withdrawn, for another code or before the contract application', () => {
    const late = { status: '審査終了' as ApplicationStatus, submittedOn: '2026-12-02', userCodes: ['1DNAC'] };
    const withdrawn = { status: '取下げ' as ApplicationStatus, submittedOn: '2026-11-20', userCodes: ['1DNAC'] };
    const other = { status: '審査終了' as ApplicationStatus, submittedOn: '2026-11-20', userCodes: ['1ANAC'] };
    const earlier = { status: '審査終了' as ApplicationStatus, submittedOn: '2026-11-10', userCodes: ['1DNAC'] };
    expect(systemSettingVerdict({ ...input, filings: [late, withdrawn, other, earlier], today: '2026-12-02' })).toBe('invalid');
  });

  it('does not apply to a kind that needs no システム設定申込', () => {
    expect(systemSettingVerdict({ ...input, required: [], today: '2027-01-10' })).toBe('satisfied');
  });
});
