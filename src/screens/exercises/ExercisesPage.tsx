// 演習: pick an exercise, start it in a fresh copy of the demo back office, and
// read the results of earlier runs.
import './exercises.css';
import { A } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { formatDateTime } from '../../domain/time';
import { EXERCISES, findExercise } from '../../exercises/catalogue';
import { scoreText } from '../../exercises/grade';
import { beginRun } from '../../exercises/run';
import type { Exercise } from '../../exercises/types';
import { activeRun } from '../../store/active-run';
import { listResults } from '../../store/exercise-results';
import { createLive } from '../../store/live';
import { Block } from '../../ui/Block';
import { DataTable } from '../../ui/DataTable';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { TextInput } from '../../ui/form/TextInput';
import { Title } from '../../ui/Title';
import { endRunAndLeave } from './ExercisePanel';
import { rememberedTrainee, rememberTrainee, TRAINEE_LABEL, TRAINEE_MAX, traineeNameProblem } from './trainee-name';

const NAME_ID = 'trainee-name';

export function ExercisesPage() {
  const run = activeRun();
  const [name, setName] = createSignal(rememberedTrainee());
  const [error, setError] = createSignal<string>();
  const [attempt, setAttempt] = createSignal(0);
  const results = createLive(listResults);
  const mine = () => (results() ?? []).filter((r) => r.trainee === name().trim());

  function start(exercise: Exercise) {
    const problem = traineeNameProblem(name());
    setError(problem);
    if (problem) return setAttempt((n) => n + 1);
    rememberTrainee(name().trim());
    beginRun(exercise.id, name().trim());
    // the run works in a database of its own: the app loads again into it
    location.assign('/exercises');
  }

  return (
    <>
      <Title text="演習" />
      <h1 class="page-title">演習</h1>
      <p class="lead">
        マニュアルの手順どおりに操作する演習です。演習はデモデータの新しいコピーで行い、普段の入力内容とは混ざりません。「採点する」で、できたこと・できなかったこと・途中の誤りを確認できます。
      </p>
      <Show
        when={run && findExercise(run.exerciseId)}
        fallback={
          <>
            <ErrorSummary errors={error() ? [{ id: NAME_ID, message: error()! }] : []} attempt={attempt()} />
            <TextInput
              id={NAME_ID}
              label={TRAINEE_LABEL}
              note={<>トレーナーの結果一覧に表示されます。({TRAINEE_MAX}文字以内)</>}
              required
              width="m"
              value={name()}
              onValue={setName}
              error={error()}
              autocomplete="name"
            />
            <For each={EXERCISES}>{(exercise) => <ExerciseCard exercise={exercise} onStart={() => start(exercise)} />}</For>
          </>
        }
      >
        {(exercise) => (
          <Block title="実施中の演習" id="running-exercise">
            <p>
              {run!.trainee}さん：<strong>{exercise().title}</strong>（{formatDateTime(run!.startedAt)}開始）
            </p>
            <ol class="exercise-task">
              <For each={exercise().task}>{(line) => <li>{line}</li>}</For>
            </ol>
            <div class="actions start">
              <Show
                when={exercise().start.loggedOut}
                fallback={
                  <A class="btn btn-next" href="/">
                    メインメニューへ進む
                  </A>
                }
              >
                <A class="btn btn-next" href="/login">
                  ログイン画面へ進む
                </A>
              </Show>
              <button type="button" class="btn btn-secondary" onClick={() => void endRunAndLeave()}>
                演習を終了する
              </button>
            </div>
          </Block>
        )}
      </Show>
      <Block title="これまでの結果" id="my-results">
        <DataTable
          caption="これまでの結果"
          columns={['演習', '採点日時', '達成', '結果']}
          rows={mine()}
          rowHeader={0}
          cells={(r) => [
            r.exerciseTitle,
            formatDateTime(r.gradedAt),
            scoreText(r.checks),
            <A href={`/exercises/results/${r.runId}`} aria-label={`結果を見る：${r.exerciseTitle}（${formatDateTime(r.gradedAt)}）`}>
              結果を見る
            </A>,
          ]}
          empty={name().trim() ? `${name().trim()}さんの結果はまだありません。` : '研修生の名前を入力すると、その方の結果が表示されます。'}
        />
      </Block>
    </>
  );
}

function ExerciseCard(props: { exercise: Exercise; onStart: () => void }) {
  const headingId = `exercise-${props.exercise.id}`;
  return (
    <section class="exercise-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{props.exercise.title}</h2>
      <p class="exercise-source">出典：{props.exercise.source}</p>
      <ol class="exercise-task">
        <For each={props.exercise.task}>{(line) => <li>{line}</li>}</For>
      </ol>
      <div class="actions start">
        <button type="button" class="btn btn-next" aria-label={`この演習を始める：${props.exercise.title}`} onClick={() => props.onStart()}>
          この演習を始める
        </button>
      </div>
    </section>
  );
}
