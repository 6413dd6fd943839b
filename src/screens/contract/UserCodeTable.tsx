import { For, Show } from 'solid-js';
import type { UserCode } from '../../domain/contract';
import { formatDate } from '../../domain/time';
import { Block } from '../../ui/Block';
import { UserCodeCells, UserCodeColumns } from '../../ui/UserCodeCells';
import { isShared, mark } from './rows';

/** What a name or 業種 no システム設定申込 has registered yet shows (a newly added code). */
const NOT_REGISTERED = '未登録';

/**
 * 利用者コード block of the 事業所 tab: each code with the English names and 業種 that
 * NACCS holds for it (changed by a システム設定申込 on its NACCS登録日), in the columns
 * of seed 000's 利用者コード 選択, plus 他事業所と共用 and 利用開始日.
 */
export function UserCodeTable(props: { codes: UserCode[] }) {
  return (
    <Block
      id="contract-user-codes"
      title="利用者コード"
      intro={<p>名称(英)と業種は、システム設定申込によりNACCSに登録されている内容です。</p>}
    >
      <Show when={props.codes.length > 0} fallback={<p class="empty-table">登録されている利用者コードはありません。</p>}>
        <div class="table-scroll">
          <table class="data-table contract-user-codes">
            <caption class="visually-hidden">利用者コード</caption>
            <thead>
              <tr>
                <UserCodeColumns />
                <th scope="col">他事業所と共用</th>
                <th scope="col">利用開始日</th>
              </tr>
            </thead>
            <tbody>
              <For each={props.codes}>
                {(code) => (
                  <tr>
                    <UserCodeCells {...code} blank={NOT_REGISTERED} />
                    <td class="center">{mark(isShared(code))}</td>
                    <td>{formatDate(code.startDate)}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </Show>
    </Block>
  );
}
