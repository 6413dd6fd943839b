// The parts 論理端末 入力 (seed 002 ⑥) shares with 一般NACCS論理端末 入力 and メールボックス 入力:
// the 追加数 grid (rows of counts per システム区分), the 「論理端末の変更・廃止に関する項目」
// block (区分の変更 radios and a 廃止 box per terminal of the contract), and the 廃止 box.
import { For } from 'solid-js';
import { SYSTEM_KINDS, type SystemKind, type Terminal } from '../../domain/contract';
import { TERMINAL_SYSTEMS } from '../../domain/contract-change/terminals';
import { Block } from '../../ui/Block';
import { DataTable } from '../../ui/DataTable';
import { FieldMessage } from '../../ui/form/FieldMessage';
import type { BoundField } from '../../wizard/form';
import { TERMINAL_COLUMNS, terminalCells } from './terminal-row';

/** A list with `name` added or removed. */
export const toggled = (list: readonly string[], name: string, on: boolean) => (on ? [...list, name] : list.filter((n) => n !== name));

/** The 追加数 grid: a row per kind, a count per システム区分 (blank is 0). */
export function AdditionGrid(props: { caption: string; rows: readonly { label: string; field: (system: SystemKind) => BoundField }[] }) {
  return (
    <div class="table-scroll">
      <table class="data-table terminal-grid">
        <caption class="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">システム区分</th>
            <For each={TERMINAL_SYSTEMS}>{(s) => <th scope="col">{s.label}</th>}</For>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>
            {(row) => (
              <tr>
                <th scope="row">
                  {row.label} <span class="optional-mark">任意</span>
                </th>
                <For each={TERMINAL_SYSTEMS}>
                  {(s) => {
                    const f = () => row.field(s.kind);
                    return (
                      <td classList={{ 'field-error': !!f().error }}>
                        <FieldMessage fieldId={f().id} message={f().error} />
                        <input
                          id={f().id}
                          class="input input-xs"
                          inputMode="numeric"
                          value={f().value}
                          aria-label={`${row.label} ${s.label}`}
                          aria-invalid={f().error ? 'true' : undefined}
                          aria-describedby={f().error ? `${f().id}-error` : undefined}
                          onInput={(e) => f().onValue(e.currentTarget.value)}
                        />{' '}
                        個 <span class="field-hint">(半角数字)</span>
                      </td>
                    );
                  }}
                </For>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}

/** A 廃止 checkbox in a table row, named by what it ends. */
export function AbolishBox(props: { name: string; checked: boolean; onToggle: (on: boolean) => void }) {
  return <input type="checkbox" aria-label={`${props.name}を廃止`} checked={props.checked} onChange={(e) => props.onToggle(e.currentTarget.checked)} />;
}

/** 「論理端末の変更・廃止に関する項目」: the contract's terminals with 区分の変更 and 論理端末の廃止. */
export function TerminalChangesBlock(props: {
  id: string;
  /** the table's wrapper: where the error summary's link goes */
  errorId: string;
  error?: string;
  caption: string;
  empty: string;
  terminals: readonly Terminal[];
  /** radio group names: `${radioName}-${論理端末名}` */
  radioName: string;
  systemOf: (t: Terminal) => SystemKind;
  onReclass: (t: Terminal, kind: SystemKind) => void;
  abolished: (t: Terminal) => boolean;
  onAbolish: (t: Terminal, on: boolean) => void;
}) {
  return (
    <Block id={props.id} title="論理端末の変更・廃止に関する項目">
      <p>
        論理端末のシステム区分を変更する場合は、「区分の変更」でシステム区分を選択してください。
        <br />
        表示されている論理端末を廃止したい場合は、「論理端末の廃止」を選択してください。
      </p>
      <FieldMessage fieldId={props.errorId} message={props.error} />
      <h3 class="sub-title">契約情報</h3>
      <div id={props.errorId} tabIndex={-1}>
        <DataTable
          caption={props.caption}
          columns={[...TERMINAL_COLUMNS, { label: '論理端末の変更', columns: ['区分の変更', { label: '論理端末の廃止', class: 'center' }] }]}
          rows={[...props.terminals]}
          rowHeader={3}
          cells={(t) => [
            ...terminalCells(t),
            <span class="inline-radios" role="radiogroup" aria-label={`${t.name}の区分の変更`}>
              <For each={SYSTEM_KINDS}>
                {(k) => (
                  <label>
                    <input type="radio" name={`${props.radioName}-${t.name}`} checked={props.systemOf(t) === k} onChange={() => props.onReclass(t, k)} />
                    {k}
                  </label>
                )}
              </For>
            </span>,
            <AbolishBox name={t.name} checked={props.abolished(t)} onToggle={(on) => props.onAbolish(t, on)} />,
          ]}
          empty={props.empty}
          emptyInTable
        />
      </div>
    </Block>
  );
}
