import { createMemo, For, Show } from 'solid-js';
import { formatDate } from '../../domain/time';
import type { OfficeContract } from '../../store/contracts';
import { CONTRACT_TABS, mark, userIdRows } from './rows';

/** The 利用者ID of one system (its tab) with the seeds' columns (S1/S2 契約情報詳細表示画面). */
export function UserIdTable(props: { contract: OfficeContract; system: 'netNACCS' | 'general' }) {
  const rows = createMemo(() => userIdRows(props.contract, props.system));
  const name = () => CONTRACT_TABS.find((t) => t.key === props.system)!.label;
  return (
    <Show when={rows().length > 0} fallback={<p class="empty-table">{name()}の利用者IDはありません。</p>}>
      <div class="table-scroll">
        <table class="data-table contract-user-ids">
          <caption class="visually-hidden">{name()}の利用者ID</caption>
          <thead>
            <tr>
              <th scope="col" rowspan="2">区分</th>
              <th scope="col" rowspan="2">業種</th>
              <th scope="col" rowspan="2">処理方式</th>
              <th scope="colgroup" colspan="2">利用者ID</th>
              <th scope="colgroup" colspan="2">管理統計資料</th>
              <th scope="col" rowspan="2">保税管理資料保存サービス</th>
              <th scope="col" rowspan="2">他事業所と共用</th>
              <th scope="col" rowspan="2">利用開始日</th>
              <th scope="col" rowspan="2">利用終了日</th>
            </tr>
            <tr>
              <th scope="col">利用者コード</th>
              <th scope="col">識別番号</th>
              <th scope="col">有料分</th>
              <th scope="col">無料分</th>
            </tr>
          </thead>
          <tbody>
            <For each={rows()}>
              {(row) => (
                <tr>
                  <td>{row.userCode?.systemKind ?? ''}</td>
                  <td>{row.userId.industries.join(' ')}</td>
                  <td>{row.userId.method}</td>
                  <td>{row.userId.userCode}</td>
                  <td>{row.userId.idNo}</td>
                  <td class="center">{mark(row.userCode?.statsPaid)}</td>
                  <td class="center">{mark(row.userCode?.statsFree)}</td>
                  <td class="center">{mark(row.userCode?.bondedRetention)}</td>
                  <td class="center">{mark(row.shared)}</td>
                  <td>{formatDate(row.userId.startDate)}</td>
                  <td>{formatDate(row.userId.endDate)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </Show>
  );
}
