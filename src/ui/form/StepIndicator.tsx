import './form.css';
import { For } from 'solid-js';

/** 「1 申込担当者の入力 2 システム設定情報の登録 3 入力内容の確認 4 申請完了」 */
export function StepIndicator(props: { labels: readonly string[]; current: number }) {
  return (
    <ol class="step-indicator" aria-label="申込の手順">
      <For each={props.labels}>
        {(label, i) => (
          <li
            classList={{ current: i() + 1 === props.current, done: i() + 1 < props.current }}
            aria-current={i() + 1 === props.current ? 'step' : undefined}
          >
            <span class="step-no">{i() + 1}</span> {label}
          </li>
        )}
      </For>
    </ol>
  );
}
