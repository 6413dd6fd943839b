// トレーナー用 演習結果: every trainee's graded runs, as CSV, and a reset of one
// trainee's results of one exercise.
import './exercises.css';
import { A } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import type { ExerciseResult } from '../../domain/training/result';
import { formatDate, formatDateTime } from '../../domain/time';
import { resultsCsv } from '../../exercises/csv';
import { durationText, scoreText } from '../../exercises/grade';
import { mistakeLine } from '../../exercises/mistakes';
import { listResults, resetResults } from '../../store/exercise-results';
import { reportStorageError } from '../../store/errors';
import { createLive } from '../../store/live';
import { DataTable } from '../../ui/DataTable';
import { Title } from '../../ui/Title';
import { saveBytes } from '../applications/download';

export function TrainerResultsPage() {
  const results = createLive(listResults);
  const [pending, setPending] = createSignal<ExerciseResult>();
  const [done, setDone] = createSignal<string>();

  function exportCsv() {
    const bytes = new TextEncoder().encode(resultsCsv(results() ?? []));
    saveBytes(bytes, `演習結果_${formatDate(new Date().toISOString().slice(0, 10)).replace(/\//g, '')}.csv`, 'text/csv;charset=utf-8');
  }

  async function reset(r: ExerciseResult) {
    try {
      const n = await resetResults(r.trainee, r.exerciseId);
      setDone(`${r.trainee}さんの「${r.exerciseTitle}」の結果を${n}件リセットしました。`);
    } catch (err) {
      reportStorageError(err);
    } finally {
      setPending(undefined);
    }
  }

  return (
    <>
      <Title text="演習結果（トレーナー用）" />
      <h1 class="page-title">演習結果</h1>
      <p class="lead">研修生が「採点する」を押した演習の結果です。同じ研修生・同じ演習の結果は、実施した回ごとに並びます。</p>
      <Show when={done()}>
        <p role="status" class="exercise-done">
          {done()}
        </p>
      </Show>
      <Show when={pending()}>
        {(r) => (
          <section class="confirm-panel" role="alertdialog" aria-labelledby="exercise-reset-title">
            <h2 id="exercise-reset-title">
              {r().trainee}さんの「{r().exerciseTitle}」の結果をすべて削除します。よろしいですか？
            </h2>
            <div class="actions start">
              <button type="button" class="btn btn-danger" onClick={() => void reset(r())}>
                リセットする
              </button>
              <button type="button" class="btn btn-secondary" onClick={() => setPending(undefined)}>
                やめる
              </button>
            </div>
          </section>
        )}
      </Show>
      <div class="actions start">
        <button type="button" class="btn" disabled={!(results() ?? []).length} onClick={exportCsv}>
          CSVで出力する
        </button>
      </div>
      <DataTable
        caption="演習結果"
        columns={['研修生', '演習', '採点日時', '所要時間', '達成', '未達成の項目', '途中の誤り', '詳細']}
        rows={results() ?? []}
        rowHeader={0}
        cells={(r) => [
          r.trainee,
          r.exerciseTitle,
          formatDateTime(r.gradedAt),
          durationText(r.gradedAt - r.startedAt),
          scoreText(r.checks),
          r.checks.filter((c) => !c.met).map((c) => c.label).join(' / ') || 'なし',
          r.mistakes.map(mistakeLine).join(' / ') || 'なし',
          <A href={`/exercises/results/${r.runId}`} aria-label={`${r.trainee}さんの${r.exerciseTitle}（${formatDateTime(r.gradedAt)}）の結果`}>
            結果
          </A>,
        ]}
        actions={{
          label: 'リセット',
          buttons: (r) => [{ label: 'リセット', name: `${r.trainee}さんの${r.exerciseTitle}をリセット`, danger: true, onClick: () => setPending(r) }],
        }}
        empty="まだ結果はありません。"
      />
    </>
  );
}
