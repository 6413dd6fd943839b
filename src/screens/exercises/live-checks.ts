// The running exercise's checklist, re-evaluated whenever what it reads changes.
import type { CheckOutcome } from '../../domain/training/result';
import { findExercise } from '../../exercises/catalogue';
import { evaluateChecks } from '../../exercises/grade';
import { readExerciseState } from '../../exercises/state';
import type { ActiveRun } from '../../store/active-run';
import { listRunEvents } from '../../store/events';
import { createLiveQuery, type LiveQuery } from '../../store/live';

export function createLiveChecks(run: () => ActiveRun | undefined): LiveQuery<CheckOutcome[]> {
  return createLiveQuery(run, async (r) => {
    const exercise = findExercise(r.exerciseId);
    if (!exercise) return [];
    const [state, events] = await Promise.all([readExerciseState(exercise.start.officeCode), listRunEvents(r.runId)]);
    return evaluateChecks(exercise, { ...state, events: events.map((e) => e.event) });
  });
}
