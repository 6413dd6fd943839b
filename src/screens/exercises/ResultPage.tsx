// The result of one graded run: each check with why it was not met, the mistakes
// made on the way, and the time taken.
import './exercises.css';
import { A, useParams } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { formatDateTime } from '../../domain/time';
import { durationText, scoreText } from '../../exercises/grade';
import { mistakeLine } from '../../exercises/mistakes';
import { activeRun } from '../../store/active-run';
import { getResult } from '../../store/exercise-results';
import { createLiveQuery } from '../../store/live';
import { Block } from '../../ui/Block';
import { DataTable } from '../../ui/DataTable';
import { KeyValueTable } from '../../ui/KeyValueTable';
import { Title } from '../../ui/Title';

export function ResultPage() {
  const params = useParams<{ runId: string }>();
  const result = createLiveQuery(() => params.runId, async (id) => (await getResult(id)) ?? null);
  const stillRunning = () => activeRun()?.runId === params.runId;
  return (
    <>
      <Title text="演習の結果" />
      <h1 class="page-title">演習の結果</h1>
      <Show when={!result.loading()} fallback={<p role="status">読み込み中…</p>}>
        <Show when={result()} fallback={<p role="alert">この演習の結果はありません。</p>}>
          {(r) => (
            <>
              <Block title={r().exerciseTitle} id="result-summary">
                <KeyValueTable
                  rows={[
                    { label: '研修生', value: r().trainee },
                    { label: '開始日時', value: formatDateTime(r().startedAt) },
                    { label: '採点日時', value: formatDateTime(r().gradedAt) },
                    { label: '所要時間', value: durationText(r().gradedAt - r().startedAt) },
                    { label: '達成', value: scoreText(r().checks) },
                  ]}
                />
              </Block>
              <Block title="チェック項目" id="result-checks">
                <DataTable
                  caption="チェック項目"
                  columns={['項目', '結果', '理由']}
                  rows={r().checks}
                  rowHeader={0}
                  cells={(c) => [c.label, c.met ? '達成' : '未達成', c.why ?? '']}
                  empty="チェック項目はありません。"
                />
              </Block>
              <Block title="途中の誤り" id="result-mistakes">
                <Show when={r().mistakes.length > 0} fallback={<p>入力の誤りはありませんでした。</p>}>
                  <ul class="exercise-mistakes">
                    <For each={r().mistakes}>{(m) => <li>{mistakeLine(m)}</li>}</For>
                  </ul>
                </Show>
              </Block>
            </>
          )}
        </Show>
      </Show>
      <div class="actions">
        <Show when={stillRunning()}>
          <A class="btn btn-next" href="/">
            演習を続ける
          </A>
        </Show>
        <A class="btn btn-secondary btn-back" href="/exercises">
          演習の一覧に戻る
        </A>
      </div>
    </>
  );
}
