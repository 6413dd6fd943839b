// 申込結果 (S2's ID通知内容, S4): the confirmed 利用開始日 and the deadlines, and how
// many of each item the application added, changed or removed.
import { For } from 'solid-js';
import type { Application } from '../../domain/application';
import { RESULT_COUNT_COLUMNS, RESULT_ITEMS, resultCountCells, resultDateRows, type ResultCounts } from '../../domain/id-notice';
import { systemSettingDeadline } from '../../domain/review';
import { Block } from '../../ui/Block';
import { kindInfo } from './kind-info';
import { KeyValueTable } from '../../ui/KeyValueTable';

export function ResultBlock(props: { application: Application; counts: ResultCounts }) {
  const info = () => kindInfo(props.application.kind, props.application.payload, props.application);
  const deadline = () => {
    const a = props.application;
    return a.confirmedDate && info().needsSystemSetting ? systemSettingDeadline(a.confirmedDate) : undefined;
  };
  return (
    <Block id="application-result" title="申込結果">
      <KeyValueTable rows={resultDateRows(props.application, deadline(), info().dateLabel)} />
      <table class="data-table result-counts">
        <thead>
          <tr>
            <For each={RESULT_COUNT_COLUMNS}>{(c) => <th scope="col">{c}</th>}</For>
          </tr>
        </thead>
        <tbody>
          <For each={RESULT_ITEMS}>
            {([key, label]) => {
              const [head, ...nums] = resultCountCells(props.counts, key, label);
              return (
                <tr>
                  <th scope="row">{head}</th>
                  <For each={nums}>{(n) => <td class="num">{n}</td>}</For>
                </tr>
              );
            }}
          </For>
        </tbody>
      </table>
    </Block>
  );
}
