// What 採点する leaves for the trainee's result page and the trainer's table.
import type { SyncedRecord } from '../record';

export interface CheckOutcome {
  id: string;
  label: string;
  met: boolean;
  /** when not met: why, in one Japanese sentence */
  why?: string;
}

export interface Mistake {
  /** in plain words: 「電話番号にハイフンを入力しました」 */
  text: string;
  count: number;
}

/** One run of one exercise by one trainee, as last graded. */
export interface ExerciseResult extends SyncedRecord {
  /** the run's id: every start of an exercise is a new run */
  runId: string;
  trainee: string;
  exerciseId: string;
  exerciseTitle: string;
  /** real time (ms) */
  startedAt: number;
  gradedAt: number;
  checks: CheckOutcome[];
  mistakes: Mistake[];
}
