// 演習's event log. An event is written only while an exercise runs on this device
// and never holds up the screen that reports it: the write is not awaited, and a
// failed write is logged to the console and dropped (the exercise goes on without it).
import type { TrainingEvent, TrainingEventRecord } from '../domain/training/events';
import { activeRun } from './active-run';
import { db } from './db';
import { newId } from './record';

export function logEvent(event: TrainingEvent): void {
  const run = activeRun();
  if (!run) return;
  const at = Date.now();
  const record: TrainingEventRecord = { id: newId(), updatedAt: at, rev: 1, runId: run.runId, at, event };
  db.events.add(record).catch((err: unknown) => console.warn('演習: an event could not be recorded', err));
}

/** The run's events, oldest first. */
export function listRunEvents(runId: string): Promise<TrainingEventRecord[]> {
  return db.events.where('[runId+at]').between([runId, -Infinity], [runId, Infinity]).toArray();
}
