import { For, Show, type JSX } from 'solid-js';

/**
 * A list as an NSS data table: one heading per column, a caption for screen
 * readers, one row per item; an empty list says so in words instead of an empty table.
 */
export function DataTable<T>(props: {
  caption: string;
  columns: readonly string[];
  rows: readonly T[];
  cells: (row: T) => JSX.Element[];
  empty: string;
  class?: string;
}) {
  return (
    <Show when={props.rows.length > 0} fallback={<p class="empty-table">{props.empty}</p>}>
      <table class={props.class ? `data-table ${props.class}` : 'data-table'}>
        <caption class="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <For each={props.columns}>{(label) => <th scope="col">{label}</th>}</For>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>
            {(row) => (
              <tr>
                <For each={props.cells(row)}>{(cell) => <td>{cell}</td>}</For>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </Show>
  );
}
