// The running exercise, above every NSS and trainer screen while it runs: the task,
// the checklist as it is met, 「採点する」 and 「演習を終了する」.
import './exercises.css';
import { useNavigate } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { findExercise } from '../../exercises/catalogue';
import { endActiveRun, gradeActiveRun } from '../../exercises/run';
import { activeRun } from '../../store/active-run';
import { reportStorageError } from '../../store/errors';
import { createLiveChecks } from './live-checks';

export function ExercisePanel() {
  const run = activeRun();
  const exercise = run && findExercise(run.exerciseId);
  return <Show when={run && exercise && { run, exercise }}>{(r) => <Panel {...r()} />}</Show>;
}

function Panel(props: { run: NonNullable<ReturnType<typeof activeRun>>; exercise: NonNullable<ReturnType<typeof findExercise>> }) {
  const navigate = useNavigate();
  const checks = createLiveChecks(() => props.run);
  const [busy, setBusy] = createSignal(false);
  const metCount = () => (checks() ?? []).filter((c) => c.met).length;

  async function grade() {
    setBusy(true);
    try {
      const result = await gradeActiveRun();
      navigate(`/exercises/results/${result.runId}`);
    } catch (err) {
      reportStorageError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <aside class="exercise-panel" aria-label="実施中の演習">
      <details open>
        <summary>
          演習：{props.exercise.title}（{metCount()} / {props.exercise.checks.length}）
        </summary>
        <ol class="exercise-task">
          <For each={props.exercise.task}>{(line) => <li>{line}</li>}</For>
        </ol>
        <ul class="exercise-checklist" aria-label="チェック項目">
          <For each={checks() ?? []}>
            {(c) => (
              <li classList={{ met: c.met }}>
                <span class="exercise-mark">{c.met ? '達成' : '未達成'}</span> {c.label}
              </li>
            )}
          </For>
        </ul>
        <Show when={props.exercise.hints.length > 0}>
          <details class="exercise-hints">
            <summary>ヒント</summary>
            <ul>
              <For each={props.exercise.hints}>{(hint) => <li>{hint}</li>}</For>
            </ul>
          </details>
        </Show>
        <div class="actions start">
          <button type="button" class="btn" disabled={busy()} onClick={() => void grade()}>
            採点する
          </button>
          <a class="btn btn-secondary" href="/exercises">
            演習の一覧
          </a>
        </div>
      </details>
    </aside>
  );
}

/** 演習を終了する: back to the back office, on a fresh load of the app. */
export async function endRunAndLeave(): Promise<void> {
  await endActiveRun();
  location.assign('/exercises');
}
