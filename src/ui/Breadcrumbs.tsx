import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';

export interface Crumb {
  label: string;
  href?: string;
}

/** NSS breadcrumbs: 「システム設定申込ガイダンス > 申込担当者入力 > 利用者コード選択」. */
export function Breadcrumbs(props: { items: Crumb[] }) {
  return (
    <nav class="breadcrumbs" aria-label="パンくずリスト">
      <ol>
        <For each={props.items}>
          {(item, i) => (
            <li aria-current={i() === props.items.length - 1 ? 'page' : undefined}>
              <Show when={item.href && i() < props.items.length - 1} fallback={<span>{item.label}</span>}>
                <A href={item.href!}>{item.label}</A>
              </Show>
            </li>
          )}
        </For>
      </ol>
    </nav>
  );
}
