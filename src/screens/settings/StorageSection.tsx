import { createSignal, onMount, Show } from 'solid-js';
import { formatBytes, readStorageState, requestPersistentStorage, type StorageState } from '../../pwa/persistence';
import { Block } from '../../ui/Block';
import { KeyValueTable } from '../../ui/KeyValueTable';

const persistedText = (p: boolean | undefined) =>
  p === true
    ? '永続保存（容量が不足しても、ブラウザが自動でデータを削除することはありません）'
    : p === false
      ? '一時保存（端末の容量が不足すると、ブラウザがデータを削除することがあります）'
      : 'このブラウザでは確認できません';

/** Whether the browser keeps this device's data, how much is used, and the request to keep it. */
export function StorageSection() {
  const [state, setState] = createSignal<StorageState>();
  const [answer, setAnswer] = createSignal<string>();
  const refresh = async () => setState(await readStorageState());
  onMount(refresh);

  const request = async () => {
    const granted = await requestPersistentStorage();
    setAnswer(
      granted === true
        ? 'ブラウザが永続保存を許可しました。'
        : granted === false
          ? 'ブラウザが永続保存を許可しませんでした。アプリをインストールする、またはこのサイトをよく使うと許可されやすくなります。'
          : 'このブラウザは永続保存の要求に対応していません。',
    );
    await refresh();
  };

  return (
    <Block
      id="settings-storage"
      title="データの保存"
      intro="申込や設定はこの端末のブラウザ（IndexedDB）に保存されます。永続保存にすると、端末の容量が不足してもブラウザがデータを自動で削除しなくなります。"
    >
      <Show when={state()} fallback={<p role="status">確認しています…</p>}>
        {(s) => (
          <KeyValueTable
            rows={[
              { label: '保存の状態', value: persistedText(s().persisted) },
              {
                label: '使用量',
                value:
                  s().usage !== undefined && s().quota !== undefined
                    ? `${formatBytes(s().usage!)}（上限 約${formatBytes(s().quota!)}）`
                    : 'このブラウザでは確認できません',
              },
            ]}
          />
        )}
      </Show>
      <div class="actions start">
        <button type="button" class="btn" onClick={request} disabled={state()?.persisted === true}>
          永続保存を要求する
        </button>
      </div>
      <Show when={answer()}>
        <p role="status" class="settings-status">
          {answer()}
        </p>
      </Show>
    </Block>
  );
}
