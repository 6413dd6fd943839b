import { Show, Suspense } from 'solid-js';
import { lazyNamed } from '../../app/lazy';
import { activeRun } from '../../store/active-run';

// The panel and the grading code load only on a device where an exercise runs.
const ExercisePanel = lazyNamed(() => import('./ExercisePanel'), 'ExercisePanel');

/** Where the layouts show the running exercise's panel; nothing when no exercise runs. */
export function ExercisePanelSlot() {
  return (
    <Show when={activeRun()}>
      <Suspense>
        <ExercisePanel />
      </Suspense>
    </Show>
  );
}
