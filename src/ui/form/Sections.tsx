import './form.css';
import { For, Match, Show, Switch } from 'solid-js';
import { formatFileSize } from '../../domain/validation/attachments';
import type { ConfirmSection, SectionCell, SectionContent } from '../../domain/sections';
import { Block } from '../Block';
import { KeyValueTable } from '../KeyValueTable';

function Cell(props: { cell: SectionCell }) {
  return (
    <Show when={typeof props.cell !== 'string' && props.cell} fallback={<>{props.cell as string}</>}>
      {(c) => (
        <details class="cell-detail">
          <summary class="btn btn-secondary btn-small">詳細</summary>
          <KeyValueTable rows={c().detail.map((r) => ({ label: r.label, value: r.value }))} />
        </details>
      )}
    </Show>
  );
}

function Content(props: { content: SectionContent }) {
  return (
    <Switch>
      <Match when={props.content.type === 'rows' && props.content}>
        {(c) => <KeyValueTable rows={c().rows.map((r) => ({ label: r.label, value: r.value }))} />}
      </Match>
      <Match when={props.content.type === 'table' && props.content}>
        {(c) => (
          <div class="table-scroll">
            <table class="data-table">
              <thead>
                <tr>
                  <For each={c().columns}>{(col) => <th scope="col">{col}</th>}</For>
                </tr>
              </thead>
              <tbody>
                <For each={c().rows} fallback={<tr><td colspan={c().columns.length}>{c().empty ?? 'なし'}</td></tr>}>
                  {(row) => (
                    <tr>
                      <For each={row}>
                        {(cell) => (
                          <td>
                            <Cell cell={cell} />
                          </td>
                        )}
                      </For>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
        )}
      </Match>
      <Match when={props.content.type === 'files' && props.content}>
        {(c) => (
          <Show when={c().files.length > 0} fallback={<p>添付ファイルはありません。</p>}>
            <ul class="attachment-list">
              <For each={c().files}>
                {(f) => (
                  <li>
                    <span class="attachment-name">{f.name}</span> <span class="attachment-size">{formatFileSize(f.size)}</span>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Match>
    </Switch>
  );
}

/**
 * The blocks of a confirmation screen (or a filed application's view), each with
 * 「入力に戻る」 when `onBack` is given.
 */
export function Sections(props: { sections: ConfirmSection[]; onBack?: (section: ConfirmSection) => void }) {
  return (
    <For each={props.sections}>
      {(section) => (
        <Block
          title={section.title}
          id={`section-${section.id}`}
          actions={
            props.onBack && section.backTo ? (
              <button
                type="button"
                class="btn btn-secondary btn-small btn-back"
                aria-label={`${section.title}の入力に戻る`}
                onClick={() => props.onBack!(section)}
              >
                入力に戻る
              </button>
            ) : undefined
          }
        >
          <For each={section.content}>{(content) => <Content content={content} />}</For>
        </Block>
      )}
    </For>
  );
}
