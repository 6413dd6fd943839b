import './form.css';
import { Show } from 'solid-js';

/**
 * What a wizard says when its draft cannot be saved as usual: another tab saved
 * newer content (with the button to load it), the draft is gone, or a save failed.
 */
export function DraftStatus(props: {
  conflict?: string;
  onLoadNewer: () => void;
  gone?: string;
  saveError?: string;
}) {
  return (
    <>
      <Show when={props.conflict}>
        <div class="important draft-conflict" role="alert">
          <p>{props.conflict}</p>
          <p>このタブの入力内容は保存されません。最新の入力内容を読み込んでから続けてください。</p>
          <button type="button" class="btn" onClick={() => props.onLoadNewer()}>
            最新の入力内容を読み込む
          </button>
        </div>
      </Show>
      <Show when={props.gone}>
        <div class="important" role="alert">
          <p>{props.gone}</p>
          <p>
            <a href="/applications">申込内容確認</a>でご確認ください。
          </p>
        </div>
      </Show>
      <Show when={props.saveError}>
        <div class="important" role="alert">
          <p>{props.saveError}</p>
        </div>
      </Show>
    </>
  );
}
