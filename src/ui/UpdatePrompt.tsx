import { Show } from 'solid-js';

/**
 * A new version is ready. The page is never reloaded by itself (a trainee may be
 * in the middle of a wizard): the user presses 「更新する」 when it suits them.
 */
export function UpdatePrompt(props: { visible: boolean; onUpdate: () => void; onLater: () => void }) {
  return (
    <Show when={props.visible}>
      <section class="update-prompt" role="status" aria-labelledby="update-prompt-title">
        <h2 id="update-prompt-title" class="update-prompt-title">
          新しいバージョンがあります
        </h2>
        <p>入力中の内容は自動で保存されています。都合のよいときに「更新する」を押してください。</p>
        <div class="update-prompt-actions">
          <button type="button" class="btn btn-small" onClick={() => props.onUpdate()}>
            更新する
          </button>
          <button type="button" class="btn btn-secondary btn-small" onClick={() => props.onLater()}>
            あとで
          </button>
        </div>
      </section>
    </Show>
  );
}

/** Once, after the app has been stored for offline use. */
export function OfflineReadyNote(props: { visible: boolean; onClose: () => void }) {
  return (
    <Show when={props.visible}>
      <p class="offline-ready" role="status">
        この端末にアプリを保存しました。今後はオフラインでも利用できます。
        <button type="button" class="btn btn-secondary btn-small" onClick={() => props.onClose()}>
          閉じる
        </button>
      </p>
    </Show>
  );
}
