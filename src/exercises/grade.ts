// 採点する: every check of the exercise over the run's state, and the mistakes
// of its event log. Pure: the run and the time are given.
import type { TrainingEventRecord } from '../domain/training/events';
import type { CheckOutcome, ExerciseResult } from '../domain/training/result';
import { mistakesOf } from './mistakes';
import type { Exercise, ExerciseState } from './types';

export interface RunInfo {
  runId: string;
  trainee: string;
  startedAt: number;
}

export function evaluateChecks(exercise: Exercise, state: ExerciseState): CheckOutcome[] {
  return exercise.checks.map((check) => {
    const result = check.evaluate(state);
    return result.met
      ? { id: check.id, label: check.label, met: true }
      : { id: check.id, label: check.label, met: false, why: result.why };
  });
}

export function gradeRun(
  exercise: Exercise,
  run: RunInfo,
  state: Omit<ExerciseState, 'events'>,
  events: readonly TrainingEventRecord[],
  gradedAt: number,
): ExerciseResult {
  return {
    id: run.runId,
    updatedAt: gradedAt,
    rev: 0,
    runId: run.runId,
    trainee: run.trainee,
    exerciseId: exercise.id,
    exerciseTitle: exercise.title,
    startedAt: run.startedAt,
    gradedAt,
    checks: evaluateChecks(exercise, { ...state, events: events.map((e) => e.event) }),
    mistakes: mistakesOf(events),
  };
}

/** 「12分」, 「1時間5分」: the real time from start to grading. */
export function durationText(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  const h = Math.floor(minutes / 60);
  return h ? `${h}時間${minutes % 60}分` : `${minutes}分`;
}

/** 「3項目中2項目」 */
export function scoreText(checks: readonly CheckOutcome[]): string {
  return `${checks.length}項目中${checks.filter((c) => c.met).length}項目`;
}
