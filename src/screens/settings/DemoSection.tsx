import { createSignal, Show } from 'solid-js';
import { createLiveSetting, setSetting } from '../../store/settings';
import { Block } from '../../ui/Block';

/** Demo mode: whether the login page shows the demo office's credentials. */
export function DemoSection() {
  const demo = createLiveSetting('demo');
  const [saved, setSaved] = createSignal<string>();
  const change = async (enabled: boolean) => {
    setSaved(undefined);
    await setSetting('demo', { enabled });
    setSaved(enabled ? 'デモモードをオンにしました。' : 'デモモードをオフにしました。');
  };
  return (
    <Block id="settings-demo" title="デモモード">
      <Show when={demo()}>
        {(d) => (
          <p class="checkbox-field">
            <input
              id="settings-demo-enabled"
              type="checkbox"
              checked={d().enabled}
              onChange={(e) => void change(e.currentTarget.checked)}
            />
            <label for="settings-demo-enabled">ログイン画面にデモ用のログインIDとパスワードを表示する</label>
          </p>
        )}
      </Show>
      <Show when={saved()}>
        <p role="status" class="settings-status">
          {saved()}
        </p>
      </Show>
    </Block>
  );
}
