import { createEffect, createSignal, For, Show } from 'solid-js';
import { clearLoginLocks } from '../../store/auth';
import { createLiveSetting, setSetting } from '../../store/settings';
import { hostileCharMessage } from '../../domain/validation/hostile';
import { Block } from '../../ui/Block';

const LIMITS = {
  maxFailures: { min: 1, max: 20, label: 'ロックまでの失敗回数', id: 'settings-max-failures', size: 4, unit: '回' },
  lockMinutes: { min: 1, max: 1440, label: 'ロックする時間（分）', id: 'settings-lock-minutes', size: 5, unit: '分' },
} as const;
type Field = keyof typeof LIMITS;

function parseWithin(text: string, field: Field): number | string {
  const { min, max, label } = LIMITS[field];
  const hostile = hostileCharMessage(label, text);
  if (hostile) return hostile;
  const value = /^\d{1,4}$/.test(text) ? Number(text) : NaN;
  return value >= min && value <= max ? value : `${label}は${min}から${max}までの半角数字で入力してください。`;
}

/** How many failed logins in a row lock an office, and for how long (simulated minutes). */
export function LoginLockSection() {
  const login = createLiveSetting('login');
  const [maxFailures, setMaxFailures] = createSignal('');
  const [lockMinutes, setLockMinutes] = createSignal('');
  const [errors, setErrors] = createSignal<string[]>([]);
  const [status, setStatus] = createSignal<string>();

  createEffect(() => {
    const current = login();
    if (!current) return;
    setMaxFailures(String(current.maxFailures));
    setLockMinutes(String(current.lockMinutes));
  });

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    setStatus(undefined);
    const failures = parseWithin(maxFailures(), 'maxFailures');
    const minutes = parseWithin(lockMinutes(), 'lockMinutes');
    const problems = [failures, minutes].filter((x): x is string => typeof x === 'string');
    setErrors(problems);
    if (problems.length) return;
    await setSetting('login', { maxFailures: failures as number, lockMinutes: minutes as number });
    setStatus('ログインのロック設定を保存しました。');
  };

  const unlock = async () => {
    await clearLoginLocks();
    setStatus('すべての事業所のログインのロックを解除しました。');
  };

  return (
    <Block
      id="settings-login"
      title="ログインのロック"
      intro="ログインに続けて失敗すると、その事業所のログインを一定時間ロックします。時間は模擬時計で数えます。"
    >
      <Show when={errors().length > 0}>
        <div class="error-summary" role="alert">
          <ul>
            <For each={errors()}>{(e) => <li>{e}</li>}</For>
          </ul>
        </div>
      </Show>
      <form onSubmit={save} novalidate class="settings-form">
        <LimitField field="maxFailures" value={maxFailures()} onValue={setMaxFailures} />
        <LimitField field="lockMinutes" value={lockMinutes()} onValue={setLockMinutes} />
        <div class="actions start">
          <button type="submit" class="btn">
            保存する
          </button>
          <button type="button" class="btn btn-secondary" onClick={unlock}>
            ログインのロックを解除
          </button>
        </div>
      </form>
      <Show when={status()}>
        <p role="status" class="settings-status">
          {status()}
        </p>
      </Show>
    </Block>
  );
}

/** One number of the lock, labelled, with its unit after the field. */
function LimitField(props: { field: Field; value: string; onValue: (text: string) => void }) {
  const limit = () => LIMITS[props.field];
  return (
    <p>
      <label for={limit().id}>{limit().label}</label>
      <input
        id={limit().id}
        inputmode="numeric"
        size={limit().size}
        value={props.value}
        onInput={(e) => props.onValue(e.currentTarget.value)}
      />
      {limit().unit}
    </p>
  );
}
