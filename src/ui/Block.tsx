import type { JSX, ParentProps } from 'solid-js';
import { Show } from 'solid-js';

/** A titled NSS block such as 「申込担当者に関する項目」 or 「申込概要」. */
export function Block(props: ParentProps<{ title: string; intro?: JSX.Element; id?: string; actions?: JSX.Element }>) {
  return (
    <section class="block" id={props.id} aria-labelledby={props.id ? `${props.id}-title` : undefined}>
      <div class="block-head">
        <h2 class="block-title" id={props.id ? `${props.id}-title` : undefined}>
          {props.title}
        </h2>
        <Show when={props.actions}>
          <div class="block-actions">{props.actions}</div>
        </Show>
      </div>
      <Show when={props.intro}>
        <div class="block-intro">{props.intro}</div>
      </Show>
      {props.children}
    </section>
  );
}
