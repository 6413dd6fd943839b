import { For, Show, type JSX } from 'solid-js';
import { RowButton, type RowAction } from './RowButton';
import { TableScroll } from './TableScroll';

/** A column: its heading, and the class of its cells ('center', 'num'). */
export type LeafColumn = string | { label: string; class?: string };
/** A heading over several columns gives the table a second header row (「利用者ID」 over 利用者コード | 識別番号). */
export type Column = LeafColumn | { label: string; columns: readonly LeafColumn[] };

const labelOf = (c: LeafColumn | Column) => (typeof c === 'string' ? c : c.label);
const isGroup = (c: Column): c is { label: string; columns: readonly LeafColumn[] } => typeof c !== 'string' && 'columns' in c;
const leavesOf = (columns: readonly Column[]): LeafColumn[] => columns.flatMap((c) => (isGroup(c) ? [...c.columns] : [c]));
const classOf = (c: LeafColumn) => (typeof c === 'string' ? undefined : c.class);

export interface DataTableProps<T> {
  /** what the table is, for screen readers (visually hidden) */
  caption: string;
  columns: readonly Column[];
  rows: readonly T[];
  /** one cell per column (the groups' columns counted one by one) */
  cells: (row: T, index: number) => JSX.Element[];
  /** the column whose cell names the row (a row header) */
  rowHeader?: number;
  /** buttons per row (選択, 修正, 削除), each in its own cell under one heading */
  actions?: { label: string; buttons: (row: T, index: number) => RowAction[] };
  /** what an empty list says */
  empty: string;
  /** keep the headings and say it in a row of the table, instead of the words alone */
  emptyInTable?: boolean;
  /** rows under the body, e.g. a total */
  foot?: JSX.Element;
  class?: string;
  /** the id of a heading that names the table (a block title) */
  labelledBy?: string;
}

/**
 * The one table of the app: one heading per column, or two header rows where
 * headings group columns; an optional row header; action buttons per row; an
 * empty list said in words. Wide tables scroll sideways inside their wrapper.
 */
export function DataTable<T>(props: DataTableProps<T>) {
  const leaves = () => leavesOf(props.columns);
  const twoRows = () => props.columns.some(isGroup);
  const actionCount = () => (props.rows.length > 0 && props.actions ? props.actions.buttons(props.rows[0], 0).length : 0);
  const width = () => leaves().length + (props.actions ? Math.max(actionCount(), 1) : 0);

  const table = () => (
    <TableScroll>
      <table class={props.class ? `data-table ${props.class}` : 'data-table'} aria-labelledby={props.labelledBy}>
        <caption class="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <For each={props.columns}>
              {(column) =>
                isGroup(column) ? (
                  <th scope="colgroup" colSpan={column.columns.length}>
                    {column.label}
                  </th>
                ) : (
                  <th scope="col" rowSpan={twoRows() ? 2 : undefined}>
                    {labelOf(column)}
                  </th>
                )
              }
            </For>
            <Show when={props.actions}>
              <th scope="col" colSpan={Math.max(actionCount(), 1)} rowSpan={twoRows() ? 2 : undefined}>
                {props.actions!.label}
              </th>
            </Show>
          </tr>
          <Show when={twoRows()}>
            <tr>
              <For each={props.columns.filter(isGroup).flatMap((g) => [...g.columns])}>
                {(column) => <th scope="col">{labelOf(column)}</th>}
              </For>
            </tr>
          </Show>
        </thead>
        <tbody>
          <For
            each={props.rows}
            fallback={
              <tr>
                <td colSpan={width()}>{props.empty}</td>
              </tr>
            }
          >
            {(row, i) => (
              <tr>
                <For each={props.cells(row, i())}>
                  {(cell, c) =>
                    c() === props.rowHeader ? (
                      <th scope="row" class={classOf(leaves()[c()])}>
                        {cell}
                      </th>
                    ) : (
                      <td class={classOf(leaves()[c()])}>{cell}</td>
                    )
                  }
                </For>
                <Show when={props.actions}>
                  <For each={props.actions!.buttons(row, i())}>{(button) => <RowButton {...button} />}</For>
                </Show>
              </tr>
            )}
          </For>
        </tbody>
        <Show when={props.foot}>
          <tfoot>{props.foot}</tfoot>
        </Show>
      </table>
    </TableScroll>
  );

  return (
    <Show when={props.rows.length > 0 || props.emptyInTable} fallback={<p class="empty-table">{props.empty}</p>}>
      {table()}
    </Show>
  );
}
