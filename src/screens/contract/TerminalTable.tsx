import { For, Show } from 'solid-js';
import type { Terminal } from '../../domain/contract';

/** 論理端末 table: 区分 / 利用機器区分 / パッケージソフト区分 / 論理端末名 (S2). */
export function TerminalTable(props: { terminals: Terminal[] }) {
  return (
    <Show when={props.terminals.length > 0} fallback={<p class="empty-table">登録されている論理端末はありません。</p>}>
      <table class="data-table contract-terminals">
        <caption class="visually-hidden">論理端末</caption>
        <thead>
          <tr>
            <th scope="col">区分</th>
            <th scope="col">利用機器区分</th>
            <th scope="col">パッケージソフト区分</th>
            <th scope="col">論理端末名</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.terminals}>
            {(t) => (
              <tr>
                <td>{t.systemKind}</td>
                <td>{t.equipment}</td>
                <td>{t.packageKind}</td>
                <td>{t.name}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </Show>
  );
}
