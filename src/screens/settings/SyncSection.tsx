import { createResource, createSignal, For, onCleanup, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { getSyncConfig, ROLE_LABELS, setSyncConfig, type DeviceRole, type SyncConfig } from '../../sync/config';
import { onCenterState, startSync, syncNow, takeOverCenter, type CenterState } from '../../sync/service';
import { statusLabel, syncStatus } from '../../sync/status';
import { Block } from '../../ui/Block';

const ROLES: { value: DeviceRole; hint: string }[] = [
  { value: 'standalone', hint: 'この端末だけで審査します（これまでどおり）。' },
  { value: 'center', hint: '共有データベースのすべての事業所の申込をこの端末で審査します（トレーナーの端末）。' },
  { value: 'trainee', hint: '申込をするだけで、審査はしません。結果は同期すると届きます。' },
];

const DB_NAME = /^[a-z][a-z0-9_$()+/-]*$/;

/** Field messages for a configuration, empty when it is valid. */
export function checkSyncConfig(c: SyncConfig): Record<string, string> {
  const errors: Record<string, string> = {};
  if (c.adapter !== 'couchdb') return errors;
  if (!/^https?:\/\/[^\s/]+/.test(c.url.trim())) errors.url = 'サーバーのURLは http:// または https:// で始まるURLを入力してください。';
  if (!DB_NAME.test(c.db)) errors.db = 'データベース名は半角英小文字で始め、半角英小文字・数字・記号 _ $ ( ) + - / で入力してください。';
  if (c.auth.kind !== 'none') {
    if (!c.auth.user) errors.user = 'ユーザー名を入力してください。';
    if (!c.auth.password) errors.password = 'パスワードを入力してください。';
  }
  if (c.role === 'center' && !c.deviceLabel.trim()) errors.deviceLabel = 'センターにする端末には、端末名を入力してください（他の端末に表示されます）。';
  return errors;
}

/** 同期: the adapter, server, database, login, this device's role; 「今すぐ同期」. */
export function SyncSection() {
  const [loaded] = createResource(getSyncConfig);
  return (
    <Block
      id="settings-sync"
      title="同期"
      intro="クラスや会社で一つのNACCSセンター（模擬）を共有します。CouchDB互換サーバーを使う方法と、ファイルを受け渡す方法があります。ログイン情報はこの端末だけに保存され、同期されません。"
    >
      <Show when={loaded()}>{(c) => <SyncForm initial={c()} />}</Show>
    </Block>
  );
}

function SyncForm(props: { initial: SyncConfig }) {
  const [config, setConfig] = createStore<SyncConfig>(structuredClone(props.initial));
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [saved, setSaved] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  const [center, setCenter] = createSignal<CenterState>();
  onCleanup(onCenterState(setCenter));

  const save = async (e: Event) => {
    e.preventDefault();
    setSaved(undefined);
    const found = checkSyncConfig(config);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    await setSyncConfig({ ...config, url: config.url.trim(), deviceLabel: config.deviceLabel.trim() });
    await startSync();
    setSaved(config.adapter === 'couchdb' ? '保存しました。同期を開始します。' : '保存しました。');
  };

  const now = async () => {
    setBusy(true);
    try {
      await syncNow();
    } finally {
      setBusy(false);
    }
  };

  const field = (name: string) => ({ 'aria-invalid': errors()[name] ? true : undefined, 'aria-describedby': errors()[name] ? `sync-${name}-error` : undefined });
  const Message = (p: { name: string }) => (
    <Show when={errors()[p.name]}>
      <p id={`sync-${p.name}-error`} class="error-text">
        {errors()[p.name]}
      </p>
    </Show>
  );
  const couch = () => config.adapter === 'couchdb';

  return (
    <form class="settings-form sync-form" onSubmit={save} novalidate>
      <Show when={Object.keys(errors()).length > 0}>
        <div class="error-summary" role="alert">
          <p>入力内容に誤りがあります。</p>
          <ul>
            <For each={Object.entries(errors())}>
              {([name, message]) => (
                <li>
                  <a href={`#sync-${name}`}>{message}</a>
                </li>
              )}
            </For>
          </ul>
        </div>
      </Show>
      <fieldset>
        <legend>この端末の役割</legend>
        <For each={ROLES}>
          {(r) => (
            <p class="checkbox-field">
              <input
                type="radio"
                id={`sync-role-${r.value}`}
                name="sync-role"
                checked={config.role === r.value}
                onChange={() => setConfig('role', r.value)}
              />
              <label for={`sync-role-${r.value}`}>
                {ROLE_LABELS[r.value]}：{r.hint}
              </label>
            </p>
          )}
        </For>
      </fieldset>
      <p>
        <label for="sync-deviceLabel">端末名</label>
        <input id="sync-deviceLabel" value={config.deviceLabel} placeholder="例：講師用PC" onInput={(e) => setConfig('deviceLabel', e.currentTarget.value)} {...field('deviceLabel')} />
      </p>
      <Message name="deviceLabel" />
      <fieldset>
        <legend>同期の方法</legend>
        <p class="checkbox-field">
          <input type="radio" id="sync-adapter-none" name="sync-adapter" checked={!couch()} onChange={() => setConfig('adapter', 'none')} />
          <label for="sync-adapter-none">サーバーを使わない（ファイルで受け渡す）</label>
        </p>
        <p class="checkbox-field">
          <input type="radio" id="sync-adapter-couchdb" name="sync-adapter" checked={couch()} onChange={() => setConfig('adapter', 'couchdb')} />
          <label for="sync-adapter-couchdb">CouchDB互換サーバー（Apache CouchDB、npm run sync-server など）</label>
        </p>
      </fieldset>
      <Show when={couch()}>
        <p>
          <label for="sync-url">サーバーのURL</label>
          <input id="sync-url" type="url" size="40" value={config.url} onInput={(e) => setConfig('url', e.currentTarget.value)} {...field('url')} />
        </p>
        <Message name="url" />
        <p>
          <label for="sync-db">データベース名</label>
          <input id="sync-db" value={config.db} onInput={(e) => setConfig('db', e.currentTarget.value)} {...field('db')} />
        </p>
        <Message name="db" />
        <p>
          <label for="sync-auth">ログイン</label>
          <select
            id="sync-auth"
            value={config.auth.kind}
            onChange={(e) => {
              const kind = e.currentTarget.value as SyncConfig['auth']['kind'];
              setConfig('auth', kind === 'none' ? { kind } : { kind, user: 'user' in config.auth ? config.auth.user : '', password: 'password' in config.auth ? config.auth.password : '' });
            }}
          >
            <option value="none">なし</option>
            <option value="basic">ベーシック認証</option>
            <option value="cookie">Cookie認証（_session）</option>
          </select>
        </p>
        <Show when={config.auth.kind !== 'none'}>
          <p>
            <label for="sync-user">ユーザー名</label>
            <input id="sync-user" autocomplete="username" value={'user' in config.auth ? config.auth.user : ''} onInput={(e) => setConfig('auth', 'user' as never, e.currentTarget.value as never)} {...field('user')} />
          </p>
          <Message name="user" />
          <p>
            <label for="sync-password">パスワード</label>
            <input id="sync-password" type="password" autocomplete="current-password" value={'password' in config.auth ? config.auth.password : ''} onInput={(e) => setConfig('auth', 'password' as never, e.currentTarget.value as never)} {...field('password')} />
          </p>
          <Message name="password" />
        </Show>
        <p class="checkbox-field">
          <input id="sync-live" type="checkbox" checked={config.live} onChange={(e) => setConfig('live', e.currentTarget.checked)} />
          <label for="sync-live">オンラインの間は常に同期する（ライブ）</label>
        </p>
      </Show>
      <div class="actions start">
        <button type="submit" class="btn">
          同期の設定を保存する
        </button>
        <Show when={props.initial.adapter === 'couchdb' || couch()}>
          <button type="button" class="btn btn-secondary" disabled={busy()} onClick={() => void now()}>
            今すぐ同期
          </button>
        </Show>
      </div>
      <Show when={saved()}>
        <p role="status" class="settings-status">
          {saved()}
        </p>
      </Show>
      <Show when={syncStatus().kind !== 'off'}>
        <p class="settings-status" id="sync-status-line">
          同期の状態：{statusLabel(syncStatus())}
        </p>
      </Show>
      <Show when={center()?.heldBy}>
        {(holder) => (
          <div class="confirm-panel" role="alert">
            <p>
              このデータベースのセンターは別の端末（{holder().deviceLabel || '名前のない端末'}）が担当しています。センターは1つのデータベースに1台だけです。この端末では審査を行いません。
            </p>
            <button type="button" class="btn btn-danger" onClick={() => void takeOverCenter()}>
              この端末をセンターにする
            </button>
          </div>
        )}
      </Show>
      <Show when={center()?.role === 'trainee'}>
        <p class="settings-status">この端末は研修生の端末です。審査はセンターの端末で行われ、結果は同期すると届きます。</p>
      </Show>
    </form>
  );
}
