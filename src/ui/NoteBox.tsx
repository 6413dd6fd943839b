import { For } from 'solid-js';

/** A titled note beside what it is about (e.g. seed 003's UTB note beside an ID通知内容). */
export function NoteBox(props: { title: string; paragraphs: readonly string[]; headingLevel?: 3 | 4 }) {
  return (
    <div class="notice-box" role="note" aria-label={props.title}>
      {props.headingLevel === 3 ? <h3 class="sub-title">{props.title}</h3> : <h4 class="sub-title">{props.title}</h4>}
      <For each={props.paragraphs}>{(p) => <p>{p}</p>}</For>
    </div>
  );
}
