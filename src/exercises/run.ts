// Starting, preparing, grading and ending an exercise run. Every start is a new
// run in a database of its own (store/active-run.ts): a fresh copy of the demo
// back office, the exercise's office logged in and the clock at its moment, never
// mixed with the trainee's other work. The page reloads into it and out of it.
import Dexie from 'dexie';
import type { ExerciseResult } from '../domain/training/result';
import { jstMs } from '../domain/time';
import { activeRun, databaseNameOf, setActiveRun, type ActiveRun } from '../store/active-run';
import { db } from '../store/db';
import { listRunEvents } from '../store/events';
import { saveResult } from '../store/exercise-results';
import { newId } from '../store/record';
import { beginSession } from '../store/session';
import { setSetting } from '../store/settings';
import { findExercise } from './catalogue';
import { gradeRun } from './grade';
import { applySetup } from './setups';
import { readExerciseState } from './state';

const PREPARED_KEY = 'exercisePrepared';

/** Begins a new run of the exercise for the trainee; the caller loads the app again into it. */
export function beginRun(exerciseId: string, trainee: string): ActiveRun {
  const run: ActiveRun = { runId: newId().replace(/[^\w-]/g, ''), exerciseId, trainee, startedAt: Date.now() };
  setActiveRun(run);
  return run;
}

async function isPrepared(): Promise<boolean> {
  return !!(await db.device.get(PREPARED_KEY));
}

/** Before the clock starts in a new run's database: the exercise's moment. */
export async function prepareClock(run: ActiveRun): Promise<void> {
  const exercise = findExercise(run.exerciseId);
  if (!exercise || (await isPrepared())) return;
  await setSetting('clock', { offsetMs: jstMs(exercise.start.date, exercise.start.hour) - Date.now() });
}

/** After the demo office is written: the exercise's situation, and its office logged in. */
export async function prepareSituation(run: ActiveRun, now: number): Promise<void> {
  const exercise = findExercise(run.exerciseId);
  if (!exercise || (await isPrepared())) return;
  if (exercise.start.setup) await applySetup(exercise.start.setup, exercise.start.officeCode);
  if (!exercise.start.loggedOut) await beginSession(exercise.start.officeCode, now);
  await db.device.put({ key: PREPARED_KEY, value: { at: now } });
}

/** 採点する: the checks over what the run's database holds now, kept in the back office. */
export async function gradeActiveRun(): Promise<ExerciseResult> {
  const run = activeRun();
  const exercise = run && findExercise(run.exerciseId);
  if (!run || !exercise) throw new Error('no exercise is running on this device');
  const [state, events] = await Promise.all([readExerciseState(exercise.start.officeCode), listRunEvents(run.runId)]);
  return saveResult(gradeRun(exercise, run, state, events, Date.now()), events);
}

/** 演習を終了する: back to the back office; the run's copy is deleted (its result stays). */
export async function endActiveRun(): Promise<void> {
  const run = activeRun();
  if (!run) return;
  setActiveRun(undefined);
  db.close();
  await Dexie.delete(databaseNameOf(run)).catch((err: unknown) => console.warn('演習: the run could not be deleted', err));
}
