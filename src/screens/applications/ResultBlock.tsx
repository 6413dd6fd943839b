// 申込結果 (S2's ID通知内容, S4): the confirmed 利用開始日 and the deadlines, and how
// many of each item the application added, changed or removed.
import { For } from 'solid-js';
import type { Application } from '../../domain/application';
import { toYmd8 } from '../../domain/time';
import { Block } from '../../ui/Block';
import { KeyValueTable } from '../../ui/KeyValueTable';

export interface ResultCounts {
  userCodes?: [number, number, number];
  idNos?: [number, number, number];
  lines?: [number, number, number];
  terminals?: [number, number, number];
  mailboxes?: [number, number, number];
}

const ITEMS: [keyof ResultCounts, string][] = [
  ['userCodes', '利用者コード数'],
  ['idNos', '識別番号数'],
  ['lines', '回線数'],
  ['terminals', '論理端末数'],
  ['mailboxes', 'メールボックス数'],
];

/**
 * The deadlines that only exist for other kinds (契約満了日, 利用申込書提出締切日,
 * システム設定申込締切日) are shown as 「-」: paper applications were abolished in 2019.
 */
export function ResultBlock(props: { application: Application; counts: ResultCounts }) {
  const dash = (n: number | undefined) => (n ? String(n) : '-');
  return (
    <Block id="application-result" title="申込結果">
      <KeyValueTable
        rows={[
          { label: '利用開始日', value: props.application.confirmedDate ? toYmd8(props.application.confirmedDate) : '未確定' },
          { label: '契約満了日', value: '-' },
          { label: '利用申込書提出締切日', value: '-' },
          { label: 'システム設定申込締切日', value: '-' },
        ]}
      />
      <table class="data-table result-counts">
        <thead>
          <tr>
            <th scope="col">対象項目</th>
            <th scope="col">追加</th>
            <th scope="col">変更</th>
            <th scope="col">削除</th>
          </tr>
        </thead>
        <tbody>
          <For each={ITEMS}>
            {([key, label]) => (
              <tr>
                <th scope="row">{label}</th>
                <td class="num">{dash(props.counts[key]?.[0])}</td>
                <td class="num">{dash(props.counts[key]?.[1])}</td>
                <td class="num">{dash(props.counts[key]?.[2])}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </Block>
  );
}
