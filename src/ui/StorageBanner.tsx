import { Show } from 'solid-js';
import type { StorageProblem } from '../store/errors';

/**
 * What went wrong with storage and what to do. It cannot be closed while the
 * problem lasts; once the cause has gone it says so and offers 閉じる.
 */
export function StorageBanner(props: { problem: StorageProblem | null; onDismiss: () => void }) {
  return (
    <Show when={props.problem}>
      {(problem) => (
        <section
          class="storage-banner"
          classList={{ resolved: !!problem().resolved }}
          role={problem().resolved ? 'status' : 'alert'}
          aria-labelledby="storage-banner-title"
        >
          <h2 id="storage-banner-title" class="storage-banner-title">
            {problem().resolved ? 'データの保存に関する問題は解消しました' : 'データの保存に問題があります'}
          </h2>
          <p class="storage-banner-message">{problem().message}</p>
          <Show
            when={problem().resolved}
            fallback={
              <p class="storage-banner-action">
                <strong>対処方法：</strong>
                {problem().action}
              </p>
            }
          >
            <p class="storage-banner-action">現在は正常に保存できています。</p>
          </Show>
          <Show when={problem().detail}>
            <details>
              <summary>技術的な詳細</summary>
              <code>{problem().detail}</code>
            </details>
          </Show>
          <Show when={problem().resolved}>
            <button type="button" class="btn btn-secondary btn-small" onClick={() => props.onDismiss()}>
              閉じる
            </button>
          </Show>
        </section>
      )}
    </Show>
  );
}
