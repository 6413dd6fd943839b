// Graded exercise runs. They live in the back office's database (the one that
// syncs, where the trainer reads them) even while the trainee works in a run's
// own copy, so grading from inside a run writes through a second connection.
import type { TrainingEventRecord } from '../domain/training/events';
import type { ExerciseResult } from '../domain/training/result';
import { activeRun, DATABASE_NAME } from './active-run';
import { db, NssDatabase } from './db';
import { guarded } from './guarded';
import { alive, touched } from './record';

let other: NssDatabase | undefined;

/** The back office's database, from wherever this tab works. */
export function backOffice(): NssDatabase {
  if (!activeRun()) return db;
  other ??= new NssDatabase(DATABASE_NAME);
  return other;
}

/** Keeps the run's latest grading, and its event log beside it for the trainer. */
export async function saveResult(result: ExerciseResult, events: readonly TrainingEventRecord[]): Promise<ExerciseResult> {
  const target = backOffice();
  return guarded(() =>
    target.transaction('rw', target.exerciseResults, target.events, async () => {
      const previous = await target.exerciseResults.get(result.id);
      const written = touched(result, previous);
      await target.exerciseResults.put(written);
      await target.events.bulkPut([...events]);
      return written;
    }),
  );
}

export async function getResult(id: string): Promise<ExerciseResult | undefined> {
  const found = await backOffice().exerciseResults.get(id);
  return found && !found.deleted ? found : undefined;
}

/** Every trainee's results, newest grading first. */
export async function listResults(): Promise<ExerciseResult[]> {
  const all = alive(await backOffice().exerciseResults.toArray());
  return all.sort((a, b) => b.gradedAt - a.gradedAt);
}

/** The trainer's リセット: the trainee's results of the exercise are gone (on every device once synced). */
export async function resetResults(trainee: string, exerciseId: string): Promise<number> {
  const target = backOffice();
  return guarded(() =>
    target.transaction('rw', target.exerciseResults, async () => {
      const rows = alive(await target.exerciseResults.where('trainee').equals(trainee).toArray()).filter(
        (r) => r.exerciseId === exerciseId,
      );
      await target.exerciseResults.bulkPut(rows.map((r) => touched({ ...r, deleted: 1 as const }, r)));
      return rows.length;
    }),
  );
}
