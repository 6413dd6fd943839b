import './form.css';
import { For, Match, Show, Switch } from 'solid-js';
import { formatFileSize } from '../../domain/validation/attachments';
import type { ConfirmSection, SectionCell, SectionContent, SectionTable } from '../../domain/sections';
import { DataTable } from '../DataTable';
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

function Table(props: { table: SectionTable; caption: string }) {
  return (
    <DataTable
      caption={props.caption}
      columns={props.table.columns}
      rows={props.table.rows}
      cells={(row) => row.map((cell) => <Cell cell={cell} />)}
      empty={props.table.empty ?? 'なし'}
      emptyInTable
    />
  );
}

function Content(props: { content: SectionContent; title: string }) {
  return (
    <Switch>
      <Match when={props.content.type === 'rows' && props.content}>
        {(c) => <KeyValueTable rows={c().rows.map((r) => ({ label: r.label, value: r.value }))} />}
      </Match>
      <Match when={props.content.type === 'table' && props.content}>{(c) => <Table table={c()} caption={props.title} />}</Match>
      <Match when={props.content.type === 'beforeAfter' && props.content}>
        {(c) => <BeforeAfter before={c().before} after={c().after} title={props.title} />}
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
 * 変更申込確認's pair (S2 「netNACCS情報」): 契約情報, the contract as it is, above
 * 申込情報, what the application does to it with 追加 / 変更 / 廃止 per row.
 */
export function BeforeAfter(props: { before: SectionTable; after: SectionTable; title: string }) {
  return (
    <div class="before-after">
      <h3 class="sub-title">契約情報</h3>
      <Table table={props.before} caption={`${props.title} 契約情報`} />
      <h3 class="sub-title">申込情報</h3>
      <Table table={props.after} caption={`${props.title} 申込情報`} />
    </div>
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
          <For each={section.content}>{(content) => <Content content={content} title={section.title} />}</For>
        </Block>
      )}
    </For>
  );
}
