// What the center does next with one application, decided without touching the
// database: the runner (review.ts) reads, asks planReview, and writes the answer.
import type { Application } from '../domain/application';
import { isBusinessDay, nextBusinessDay } from '../domain/calendar';
import { confirmStartDate, startDateRemark, systemSettingDeadline, type SystemSettingVerdict } from '../domain/review';
import { hashUnit } from '../domain/hash';
import { addDays, isoDateOf, jstMs, jstParts } from '../domain/time';
import type { ReviewSettings } from '../store/settings';

/** The center's desk closes at 17:00 (the help lines' 平日 9:00〜17:00). */
export const DESK_CLOSES_HOUR = 17;
/** A filed application is picked up about an hour after it arrives, in desk hours. */
export const PICKUP_DELAY_MS = 60 * 60 * 1000;

type Timing = Pick<ReviewSettings, 'speed' | 'businessDays' | 'answerHour'>;

/** The first moment at or after `ms` when the desk is open (business day, answerHour–17:00). */
export function nextDeskMoment(ms: number, openHour: number): number {
  const day = isoDateOf(ms);
  const hour = jstParts(ms).hour;
  if (isBusinessDay(day) && hour >= openHour && hour < DESK_CLOSES_HOUR) return ms;
  if (isBusinessDay(day) && hour < openHour) return jstMs(day, openHour);
  return jstMs(nextBusinessDay(day), openHour);
}

/**
 * When the center picks the application up (受付 → 内容確認中) and when it answers,
 * fixed at each (re-)submission so every tab and device agrees. manual: only the
 * trainer moves it.
 */
export function scheduleReview(submittedAt: number, timing: Timing, amended = false): Application['review'] {
  if (timing.speed === 'manual') return { manual: true };
  if (timing.speed === 'immediate') return { pickupAt: submittedAt, dueAt: submittedAt };
  const days = timing.speed === 'nextBusinessDay' ? 1 : Math.max(1, Math.floor(timing.businessDays));
  let answerDay = isoDateOf(submittedAt);
  for (let i = 0; i < days; i++) answerDay = nextBusinessDay(answerDay);
  const dueAt = jstMs(answerDay, timing.answerHour);
  // A correction goes straight back to 内容確認中: no pickup of its own.
  const pickupAt = amended ? submittedAt : Math.min(nextDeskMoment(submittedAt + PICKUP_DELAY_MS, timing.answerHour), dueAt);
  return { pickupAt, dueAt };
}

export { hashUnit };

/** A seeded random source (mulberry32), for ID issuing and the random scenario. */
export function seededRandom(seedText: string): () => number {
  let a = Math.floor(hashUnit(seedText) * 2 ** 32);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** The 'random' scenario asks for a correction with this chance, on the first two submissions only. */
export const RANDOM_REQUEST_CHANCE = 0.5;
export const RANDOM_REQUEST_MAX_SUBMISSIONS = 2;

/** Whether the scenario (not the automatic checks) asks for a correction of this submission. */
export function scenarioRequests(
  app: Pick<Application, 'receiptNo' | 'submissions'>,
  settings: Pick<ReviewSettings, 'scenario' | 'seed'>,
): boolean {
  switch (settings.scenario) {
    case 'approve':
      return false;
    case 'firstRequest':
      return app.submissions === 1;
    case 'random':
      return (
        app.submissions <= RANDOM_REQUEST_MAX_SUBMISSIONS &&
        hashUnit(`${settings.seed}:${app.receiptNo}:${app.submissions}`) < RANDOM_REQUEST_CHANCE
      );
  }
}

export type ReviewDecision =
  | { type: 'pickup'; at: number }
  | { type: 'request'; at: number; notices: string[] }
  | { type: 'approve'; at: number; confirmedDate: string; remark: string }
  | { type: 'invalidate'; at: number }
  | { type: 'start'; at: number };

export interface PlanInput {
  now: number;
  settings: ReviewSettings;
  /** the kind's failed automatic checks (通知内容 paragraphs) */
  failures: string[];
  /** the 通知内容 when the scenario, not a check, asks for a correction */
  scenarioNotice: string;
  /** the kind's earliest start date for the latest submission */
  earliest: string;
  /** the 無効 rule for kinds that need a システム設定申込; undefined when it does not apply */
  systemSetting?: SystemSettingVerdict;
}

/** The next thing due for `app` at `input.now`, or null when nothing is. */
export function planReview(app: Application, input: PlanInput): ReviewDecision | null {
  const { now } = input;
  switch (app.status) {
    case '受付':
      if (app.review.manual || app.review.pickupAt === undefined || app.review.pickupAt > now) return null;
      return { type: 'pickup', at: app.review.pickupAt };
    case '内容確認中': {
      if (app.review.manual || app.review.dueAt === undefined || app.review.dueAt > now) return null;
      return decideAnswer(app, input, app.review.dueAt);
    }
    case '審査終了': {
      if (!app.confirmedDate) return null;
      if (input.systemSetting === 'invalid') {
        const after = jstMs(addDays(systemSettingDeadline(app.confirmedDate), 1), input.settings.answerHour);
        return { type: 'invalidate', at: Math.min(now, Math.max(after, app.reviewEndedAt ?? 0)) };
      }
      const startAt = jstMs(app.confirmedDate);
      if (startAt > now || input.systemSetting === 'pending') return null;
      return { type: 'start', at: startAt };
    }
    default:
      return null;
  }
}

/** The center's answer: the automatic checks first, then the scenario. */
export function decideAnswer(app: Application, input: PlanInput, at: number): ReviewDecision {
  if (input.failures.length > 0) return { type: 'request', at, notices: input.failures };
  if (scenarioRequests(app, input.settings)) return { type: 'request', at, notices: [input.scenarioNotice] };
  return approval(app, input.earliest, at);
}

/** An approval with the confirmed date the rules give (or the trainer's chosen date). */
export function approval(app: Application, earliest: string, at: number, chosen?: string): ReviewDecision {
  const confirmedDate = chosen ?? confirmStartDate({ desired: app.desiredDate, earliest, answeredOn: isoDateOf(at) });
  return { type: 'approve', at, confirmedDate, remark: startDateRemark(app.desiredDate, confirmedDate) };
}
