import { For, type JSX } from 'solid-js';

export interface KeyValueRow {
  label: string;
  value: JSX.Element;
}

/** Label / value rows: 「受付番号 | 1912345C」. */
export function KeyValueTable(props: { rows: KeyValueRow[]; caption?: string }) {
  return (
    <table class="kv-table">
      {props.caption && <caption>{props.caption}</caption>}
      <tbody>
        <For each={props.rows}>
          {(row) => (
            <tr>
              <th scope="row">{row.label}</th>
              <td>{row.value}</td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
