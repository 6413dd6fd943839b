import { describe, expect, it } from 'vitest';
import { hashUnit, nextDeskMoment, planReview, scenarioRequests, scheduleReview, seededRandom, type PlanInput } from '../../src/center/plan';
import type { Application } from '../../src/domain/application';
import { jstMs } from '../../src/domain/time';
import { DEFAULT_SETTINGS, type ReviewSettings } from '../../src/store/settings';

const settings = (extra: Partial<ReviewSettings> = {}): ReviewSettings => ({ ...DEFAULT_SETTINGS.review, ...extra });

const friday1315 = jstMs('2026-11-20', 13, 15);

function app(extra: Partial<Application> = {}): Application {
  return {
    id: 'a1',
    updatedAt: 0,
    rev: 1,
    kind: 'system-setting',
    receiptNo: '2630001C',
    officeCode: 'NAC001',
    contact: {} as Application['contact'],
    payload: {},
    note: '',
    attachments: [],
    status: '受付',
    submittedAt: friday1315,
    lastSubmittedAt: friday1315,
    submissions: 1,
    history: [],
    review: scheduleReview(friday1315, settings()),
    ...extra,
  };
}

const input = (extra: Partial<PlanInput> = {}): PlanInput => ({
  now: friday1315,
  settings: settings(),
  failures: [],
  scenarioNotice: '確認事項',
  earliest: '2026-11-27',
  ...extra,
});

describe('the review schedule per speed', () => {
  it('immediate: picked up and answered at the submission', () => {
    expect(scheduleReview(friday1315, settings({ speed: 'immediate' }))).toEqual({ pickupAt: friday1315, dueAt: friday1315 });
  });

  it('next business day: picked up an hour later in desk hours, answered at answerHour the next business day', () => {
    // Friday 13:15 → picked up 14:15; Monday 11/23 is 勤労感謝の日 → answer Tuesday 09:00
    expect(scheduleReview(friday1315, settings())).toEqual({
      pickupAt: jstMs('2026-11-20', 14, 15),
      dueAt: jstMs('2026-11-24', 9),
    });
  });

  it('after desk hours: picked up at the next business morning', () => {
    const late = jstMs('2026-11-20', 16, 30);
    expect(scheduleReview(late, settings()).pickupAt).toBe(jstMs('2026-11-24', 9));
    expect(nextDeskMoment(jstMs('2026-11-24', 7), 9)).toBe(jstMs('2026-11-24', 9));
  });

  it('N business days, answered at the configured hour', () => {
    expect(scheduleReview(friday1315, settings({ speed: 'businessDays', businessDays: 3, answerHour: 10 })).dueAt).toBe(
      jstMs('2026-11-26', 10),
    );
  });

  it('manual: nothing moves by itself', () => {
    expect(scheduleReview(friday1315, settings({ speed: 'manual' }))).toEqual({ manual: true });
    const a = app({ review: { manual: true } });
    expect(planReview(a, input({ now: jstMs('2027-01-01') }))).toBeNull();
    expect(planReview({ ...a, status: '内容確認中' }, input({ now: jstMs('2027-01-01') }))).toBeNull();
  });

  it('a correction is already under review: due again one business day later', () => {
    const tuesday = jstMs('2026-11-24', 11);
    expect(scheduleReview(tuesday, settings(), true)).toEqual({ pickupAt: tuesday, dueAt: jstMs('2026-11-25', 9) });
  });
});

describe('planReview', () => {
  it('does nothing before the pickup, then picks up at the scheduled time', () => {
    expect(planReview(app(), input())).toBeNull();
    expect(planReview(app(), input({ now: jstMs('2026-11-20', 15) }))).toEqual({
      type: 'pickup',
      at: jstMs('2026-11-20', 14, 15),
    });
  });

  it('answers at dueAt: a failed automatic check always asks for a correction', () => {
    const a = app({ status: '内容確認中' });
    expect(planReview(a, input({ now: jstMs('2026-11-24', 8, 59) }))).toBeNull();
    expect(planReview(a, input({ now: jstMs('2026-11-24', 9), failures: ['コードの体系が違います。'] }))).toEqual({
      type: 'request',
      at: jstMs('2026-11-24', 9),
      notices: ['コードの体系が違います。'],
    });
  });

  it('approve scenario: confirms the wish, or the earliest date with 「NACCSのご利用は…」', () => {
    const due = jstMs('2026-11-24', 9);
    expect(planReview(app({ status: '内容確認中', desiredDate: '2026-12-01' }), input({ now: due }))).toEqual({
      type: 'approve',
      at: due,
      confirmedDate: '2026-12-01',
      remark: '',
    });
    expect(planReview(app({ status: '内容確認中', desiredDate: '2026-11-25' }), input({ now: due }))).toEqual({
      type: 'approve',
      at: due,
      confirmedDate: '2026-11-27',
      remark: 'NACCSのご利用は11月27日から可能です。',
    });
  });

  it('firstRequest scenario: the first submission gets a 確認依頼, the correction is approved', () => {
    const s = settings({ scenario: 'firstRequest' });
    const due = jstMs('2026-11-24', 9);
    expect(planReview(app({ status: '内容確認中' }), input({ now: due, settings: s }))).toMatchObject({
      type: 'request',
      notices: ['確認事項'],
    });
    expect(planReview(app({ status: '内容確認中', submissions: 2 }), input({ now: due, settings: s }))).toMatchObject({
      type: 'approve',
    });
  });

  it('random scenario: repeatable for the same seed, different across seeds, never beyond the second submission', () => {
    const outcomes = (seed: number) =>
      Array.from({ length: 40 }, (_, i) =>
        scenarioRequests({ receiptNo: `26300${String(i).padStart(2, '0')}C`, submissions: 1 }, { scenario: 'random', seed }),
      );
    expect(outcomes(7)).toEqual(outcomes(7));
    expect(outcomes(7)).not.toEqual(outcomes(8));
    expect(outcomes(7).filter(Boolean).length).toBeGreaterThan(5);
    expect(outcomes(7).filter(Boolean).length).toBeLessThan(35);
    expect(scenarioRequests({ receiptNo: '2630001C', submissions: 3 }, { scenario: 'random', seed: 7 })).toBe(false);
  });

  it('starts on the confirmed date at 00:00 JST, not before', () => {
    const a = app({ status: '審査終了', confirmedDate: '2026-11-27' });
    expect(planReview(a, input({ now: jstMs('2026-11-26', 23, 59) }))).toBeNull();
    expect(planReview(a, input({ now: jstMs('2026-11-27', 0, 0) }))).toEqual({ type: 'start', at: jstMs('2026-11-27') });
  });

  it('invalidates when the システム設定申込 deadline passed, and waits while it is pending', () => {
    const a = app({ status: '審査終了', confirmedDate: '2026-12-07', reviewEndedAt: jstMs('2026-11-24', 9) });
    expect(planReview(a, input({ now: jstMs('2026-12-01', 12), systemSetting: 'pending' }))).toBeNull();
    expect(planReview(a, input({ now: jstMs('2026-12-02', 12), systemSetting: 'invalid' }))).toEqual({
      type: 'invalidate',
      at: jstMs('2026-12-02', 9),
    });
    expect(planReview(a, input({ now: jstMs('2026-12-07', 1), systemSetting: 'satisfied' }))).toMatchObject({ type: 'start' });
  });

  it('leaves 確認依頼 and the final statuses alone', () => {
    for (const status of ['確認依頼', '利用開始', '取下げ', '無効'] as const) {
      expect(planReview(app({ status, confirmedDate: '2026-11-27' }), input({ now: jstMs('2027-06-01') }))).toBeNull();
    }
  });
});

describe('seeded randomness', () => {
  it('repeats for the same seed text', () => {
    const a = seededRandom('1:2630001C:issue');
    const b = seededRandom('1:2630001C:issue');
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    expect(hashUnit('x')).toBeGreaterThanOrEqual(0);
    expect(hashUnit('x')).toBeLessThan(1);
  });
});
