// 演習's event log: what a trainee did that the stored state alone does not show.
// Written while an exercise runs (store/events.ts), read by its checks and by the
// result page's list of mistakes, and copied beside the result when it is graded.
import type { SyncedRecord } from '../record';

export type TrainingEvent =
  /** a step refused its input: the field's id and the message shown */
  | { type: 'error'; flow: string; step: string; field: string; message: string }
  /** a step was shown (the first time, or again: revisited) */
  | { type: 'visit'; flow: string; step: string }
  /** 新しく始める: a draft thrown away */
  | { type: 'abandon'; flow: string }
  /** ID通知内容 was opened; `visible`: the IDs and passwords could still be read */
  | { type: 'idNotice'; applicationId: string; visible: boolean }
  /** UTB: what was sent and whether NACCS accepted it */
  | { type: 'utb'; job: string; userId: string; cardNo: string; ok: boolean; message?: string }
  /** ログイン: the ID typed, whether it was a 仮ログインID, and whether it was let in */
  | { type: 'login'; loginId: string; provisional: boolean; ok: boolean; message?: string };

export type TrainingEventType = TrainingEvent['type'];

/** One event as stored: the run it belongs to and the real time it happened. */
export interface TrainingEventRecord extends SyncedRecord {
  runId: string;
  /** real time (ms): the training clock jumps, a trainee's minutes do not */
  at: number;
  event: TrainingEvent;
}
