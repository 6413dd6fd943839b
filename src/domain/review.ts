// The review state machine (DOMAIN.md §4.1): which status may follow which, the
// progress history every step writes, and the merge rule for replicas.
import type { Application, ApplicationStatus, ProgressEntry } from './application';
import { addBusinessDays, nextBusinessDayOnOrAfter, subtractBusinessDays } from './calendar';
import { addDays, formatMonthDayKanji, jstMs, type IsoDate } from './time';

/**
 * Allowed transitions. 取下げ only from 確認依頼, as the seeds offer it only there
 * (受付 and 内容確認中 are view-only, DOMAIN.md §4.3; docs/center.md).
 */
export const TRANSITIONS: Readonly<Record<ApplicationStatus, readonly ApplicationStatus[]>> = {
  受付: ['内容確認中'],
  内容確認中: ['確認依頼', '審査終了'],
  確認依頼: ['内容確認中', '取下げ'],
  審査終了: ['利用開始', '無効'],
  利用開始: [],
  取下げ: [],
  無効: [],
};

export function canTransition(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export class IllegalTransitionError extends Error {
  constructor(
    readonly from: ApplicationStatus,
    readonly to: ApplicationStatus,
    readonly receiptNo?: string,
  ) {
    super(
      `${receiptNo ? `申込受付番号「${receiptNo}」の` : ''}申込はステータスが「${from}」のため、「${to}」にすることはできません。`,
    );
    this.name = 'IllegalTransitionError';
  }
}

export interface Step {
  to: ApplicationStatus;
  /** 作業項目 */
  item: string;
  /** 作業日 (simulated epoch ms) */
  at: number;
  /** 通知内容 */
  notice?: string;
}

/** The application after one step: new status and one more 進行状況 row. Throws on an illegal step. */
export function applyStep<A extends Pick<Application, 'status' | 'history' | 'receiptNo'>>(app: A, step: Step): A {
  if (!canTransition(app.status, step.to)) throw new IllegalTransitionError(app.status, step.to, app.receiptNo);
  const entry: ProgressEntry = { item: step.item, at: step.at, notice: step.notice ?? '', status: step.to };
  return { ...app, status: step.to, history: [...app.history, entry] };
}

/** 作業項目 of each step, after the kind's own item ('システム設定申込'). */
export const HISTORY_ITEMS = {
  submitted: (item: string) => item,
  amended: (item: string) => `${item} 修正`,
  pickup: (item: string) => `${item} 内容確認開始`,
  request: (item: string) => `${item} 回答(確認依頼)`,
  approve: (item: string) => `${item} 回答(確認完了)`,
  withdraw: (item: string) => `${item} 取下げ`,
  invalidate: (item: string) => `${item} 無効`,
  start: (item: string, dateLabel: string) => `${item} ${dateLabel === 'NACCS登録日' ? 'NACCS反映' : dateLabel === '契約満了日' ? '契約満了' : '利用開始'}`,
} as const;

/**
 * How far an application has come, for merging two replicas of it. A final
 * cancellation (取下げ, 無効) beats everything so a withdrawn application is never
 * resurrected; then 利用開始; then the later submission (a 修正 makes 内容確認中
 * newer than the 確認依頼 it answers); then the order of the review.
 */
const FINAL_RANK: Partial<Record<ApplicationStatus, number>> = { 取下げ: 3, 無効: 2, 利用開始: 1 };
const OPEN_RANK: Record<ApplicationStatus, number> = {
  受付: 0,
  内容確認中: 1,
  確認依頼: 2,
  審査終了: 3,
  利用開始: 4,
  取下げ: 4,
  無効: 4,
};

export type StatusPoint = Pick<Application, 'status' | 'submissions'>;

/** Negative when a is behind b, positive when ahead, 0 when level. */
export function compareProgress(a: StatusPoint, b: StatusPoint): number {
  const fa = FINAL_RANK[a.status] ?? 0;
  const fb = FINAL_RANK[b.status] ?? 0;
  if (fa !== fb) return fa - fb;
  if (a.submissions !== b.submissions) return a.submissions - b.submissions;
  return OPEN_RANK[a.status] - OPEN_RANK[b.status];
}

/** The replica that is further along (a when level). */
export function furtherStatus<T extends StatusPoint>(a: T, b: T): T {
  return compareProgress(a, b) >= 0 ? a : b;
}

// ---------------------------------------------------------------------------
// Dates the review fixes.

/**
 * The confirmed 利用開始日 / NACCS登録日: the latest of the wish, the kind's
 * earliest date and the day of the answer, moved to a business day. Never
 * before the wish, never on a non-business day.
 */
export function confirmStartDate(input: { desired?: IsoDate; earliest: IsoDate; answeredOn: IsoDate }): IsoDate {
  const candidates = [input.earliest, input.answeredOn, ...(input.desired ? [input.desired] : [])];
  const latest = candidates.reduce((a, b) => (a > b ? a : b));
  return nextBusinessDayOnOrAfter(latest);
}

/** The default earliest date: the (last) submission day + the standard business days. */
export function defaultEarliestDate(submittedOn: IsoDate, standardDays: number): IsoDate {
  return addBusinessDays(submittedOn, standardDays);
}

/** Whether the wish is closer to the application day than the standard days allow (the 標準日数 warning). */
export function isShorterThanStandard(submittedOn: IsoDate, desired: IsoDate | undefined, standardDays: number): boolean {
  if (!desired) return false;
  return desired < addBusinessDays(submittedOn, standardDays);
}

/** 「NACCSのご利用は○月○日から可能です。」 when the confirmed date is not the wish. */
export function startDateRemark(desired: IsoDate | undefined, confirmed: IsoDate): string {
  if (!desired || desired === confirmed) return '';
  return `NACCSのご利用は${formatMonthDayKanji(confirmed)}から可能です。`;
}

// ---------------------------------------------------------------------------
// 無効: システム利用規程 第15条第2項第4号 (DOMAIN.md §5).

/** システム設定申込 must be completed by this day: 4 business days before the 利用開始日. */
export const SYSTEM_SETTING_LEAD_DAYS = 4;

export function systemSettingDeadline(startDate: IsoDate): IsoDate {
  return subtractBusinessDays(startDate, SYSTEM_SETTING_LEAD_DAYS);
}

/** A システム設定申込 of the same office, as the rule sees it. */
export interface SystemSettingFiling {
  status: ApplicationStatus;
  /** 申込日 (first submission) */
  submittedOn: IsoDate;
  /** the 利用者コード it registers; undefined = not known, counts for every code */
  userCodes?: string[];
}

export type SystemSettingVerdict = 'satisfied' | 'pending' | 'invalid';

/**
 * Whether a contract application that needs a システム設定申込 for `required`
 * codes keeps its 審査終了. "Completed" = submitted (申込日) on or before the
 * deadline, on or after the contract application's own 申込日, and neither
 * withdrawn nor invalid (docs/center.md). Until the deadline has passed the
 * verdict is 'pending'; the day after, a missing one makes it 'invalid'.
 */
export function systemSettingVerdict(input: {
  startDate: IsoDate;
  contractSubmittedOn: IsoDate;
  required: string[];
  filings: SystemSettingFiling[];
  today: IsoDate;
}): SystemSettingVerdict {
  if (input.required.length === 0) return 'satisfied';
  const deadline = systemSettingDeadline(input.startDate);
  const counted = input.filings.filter(
    (f) =>
      f.status !== '取下げ' &&
      f.status !== '無効' &&
      f.submittedOn <= deadline &&
      f.submittedOn >= input.contractSubmittedOn,
  );
  const covered = input.required.every((code) => counted.some((f) => !f.userCodes || f.userCodes.includes(code)));
  if (covered) return 'satisfied';
  return input.today > deadline ? 'invalid' : 'pending';
}

// ---------------------------------------------------------------------------
// When the center next has to look at an application.

/**
 * The earliest simulated time at which time alone may move the application (the
 * pickup, the answer, the 無効 rule or the start date), or undefined when only a
 * person can (確認依頼, by hand, final statuses, a deletion mark). For 審査終了 it is
 * the day after the システム設定申込 deadline, the first moment the 無効 rule can
 * decide; the start date comes later. The store keeps it indexed on every
 * application (store/schema), so the center's tick reads only what is due.
 */
export function nextDueAt(app: Pick<Application, 'status' | 'review' | 'confirmedDate' | 'deleted'>): number | undefined {
  if (app.deleted) return undefined;
  switch (app.status) {
    case '受付':
      return app.review.manual ? undefined : app.review.pickupAt;
    case '内容確認中':
      return app.review.manual ? undefined : app.review.dueAt;
    case '審査終了':
      return app.confirmedDate ? jstMs(addDays(systemSettingDeadline(app.confirmedDate), 1)) : undefined;
    default:
      return undefined;
  }
}
