import { useNavigate, useSearchParams } from '@solidjs/router';
import { createEffect, createSignal, For, onMount, Show } from 'solid-js';
import { DEMO_OFFICE_CODE, DEMO_PASSWORD, DEMO_SECOND_OFFICE_CODE } from '../../store/demo/credentials';
import { demoModeShown } from '../../store/demo-mode';
import { currentSession, sessionEndReason } from '../../store/session-state';
import { Title } from '../../ui/Title';
import { onFirstInput, whenStoreOpen } from '../../app/background';
import { afterLoginTarget, NEW_USAGE_PATH } from '../../app/redirect';
import { UtilityBar } from '../../app/UtilityBar';
import { ExercisePanelSlot } from '../exercises/ExercisePanelSlot';
import { CONTACT_DESKS, ContactDesks } from '../../ui/ContactDesks';
import { LOGIN_MESSAGES } from './messages';
import './login.css';

type Field = 'loginId' | 'password';
interface LoginError {
  field?: Field;
  text: string;
}

function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

type SignIn = typeof import('./sign-in');

/**
 * ログイン画面 (seed 000): ログインID = 事業所コード, パスワード = 事業所パスワード.
 * It is drawn and takes typing before the database code has arrived: that loads
 * (sign-in.ts) at the first input on the page and is awaited only when ログイン is pressed.
 */
export function LoginPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  let signing: Promise<SignIn> | undefined;
  const signInModule = () => (signing ??= import('./sign-in'));
  onMount(() => {
    // with the database, at the first input on the page (background.ts); pressing ログイン loads it at once
    onFirstInput()
      .then(whenStoreOpen)
      .then(signInModule)
      .then((m) => m.followDemoMode())
      .catch(() => undefined); // pressing ログイン loads it again and reports a failure
  });
  const [loginId, setLoginId] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [errors, setErrors] = createSignal<LoginError[]>([]);
  const [busy, setBusy] = createSignal(false);
  let summary: HTMLDivElement | undefined;

  createEffect(() => {
    const s = currentSession();
    // a 仮ログインID has nothing but its NACCS利用申込 (seed 003)
    if (s) navigate(s.provisional ? NEW_USAGE_PATH : afterLoginTarget(firstValue(params.next)), { replace: true });
  });

  const fieldError = (field: Field) => errors().find((e) => e.field === field)?.text;

  const show = (list: LoginError[]) => {
    setErrors(list);
    queueMicrotask(() => summary?.focus());
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const missing: LoginError[] = [];
    if (!loginId().trim()) missing.push({ field: 'loginId', text: LOGIN_MESSAGES.loginIdRequired });
    if (!password()) missing.push({ field: 'password', text: LOGIN_MESSAGES.passwordRequired });
    if (missing.length) return show(missing);

    setBusy(true);
    try {
      const result = await signInModule()
        .catch((err: unknown) => {
          signing = undefined;
          throw err;
        })
        .then((m) => m.signIn(loginId(), password()));
      if (result.ok) {
        setErrors([]);
        return;
      }
      setPassword('');
      show([{ text: (await signInModule()).loginFailureMessage(result) }]);
    } catch {
      show([{ text: LOGIN_MESSAGES.storage }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="login-shell">
      <Title text="ログイン" error={errors().length > 0} />
      <UtilityBar />
      <header class="login-header">
        <h1 class="login-title">NACCSサポートシステム</h1>
      </header>
      <ExercisePanelSlot />
      <main id="main" class="login-main">
        <section class="login-box" aria-labelledby="login-form-title">
          <h2 id="login-form-title" class="visually-hidden">
            ログイン
          </h2>
          <Show when={sessionEndReason() && errors().length === 0}>
            <p class="important" role="status" data-testid="session-ended">
              {sessionEndReason() === 'contractEnded' ? LOGIN_MESSAGES.contractEnded : LOGIN_MESSAGES.passwordChanged}
            </p>
          </Show>
          <Show when={errors().length > 0}>
            <div class="error-summary" role="alert" tabindex="-1" ref={summary}>
              <ul>
                <For each={errors()}>{(e) => <li>{e.text}</li>}</For>
              </ul>
            </div>
          </Show>
          <form onSubmit={submit} novalidate>
            <div class="login-field">
              <label for="login-id">ログインID</label>
              <input
                id="login-id"
                name="loginId"
                type="text"
                autocomplete="username"
                spellcheck={false}
                value={loginId()}
                onInput={(e) => setLoginId(e.currentTarget.value)}
                aria-invalid={fieldError('loginId') ? 'true' : undefined}
                aria-describedby="login-id-hint"
              />
              <p id="login-id-hint" class="field-hint">
                事業所コードを入力してください。
              </p>
            </div>
            <div class="login-field">
              <label for="login-password">パスワード</label>
              <input
                id="login-password"
                name="password"
                type="password"
                autocomplete="current-password"
                value={password()}
                onInput={(e) => setPassword(e.currentTarget.value)}
                aria-invalid={fieldError('password') ? 'true' : undefined}
                aria-describedby="login-password-hint"
              />
              <p id="login-password-hint" class="field-hint">
                事業所パスワードを入力してください。
              </p>
            </div>
            <ul class="login-help">
              <li>
                <a href="/login/forgot">ログインIDとパスワードを忘れた方はこちら</a>
              </li>
              <li>
                <a href="/login/no-id">ログインIDをお持ちでない方はこちら</a>
              </li>
              <li>
                <a href="/signup">新規申込</a>
              </li>
            </ul>
            <div class="actions">
              <button type="submit" class="btn login-button" disabled={busy()}>
                ログイン
              </button>
            </div>
            <Show when={busy()}>
              <p role="status" class="login-busy">
                確認しています…
              </p>
            </Show>
          </form>
          <Show when={demoModeShown()}>
            <section class="login-demo" aria-labelledby="login-demo-title">
              <h2 id="login-demo-title">研修用デモのログイン情報</h2>
              <dl>
                <dt>ログインID</dt>
                <dd>
                  <kbd>{DEMO_OFFICE_CODE}</kbd>（ナックス商事株式会社 東京事業所）
                </dd>
                <dt>パスワード</dt>
                <dd>
                  <kbd>{DEMO_PASSWORD}</kbd>
                </dd>
              </dl>
              <p>
                同じ会社の東京保税倉庫 <kbd>{DEMO_SECOND_OFFICE_CODE}</kbd> にも同じパスワードでログインできます。
              </p>
            </section>
          </Show>
        </section>
        <section class="login-about" aria-labelledby="login-tagline">
          <p id="login-tagline" class="login-tagline">
            人・物・国をつなぐ
          </p>
          <p>
            NACCSサポートシステムは、NACCSを利用するための各種利用申込手続き、システム設定、料金請求、登録情報の照会等を電子的に行うシステムです。
          </p>
          {/* seed 000: four numbers, 【受付時間】平日 9:00~17:00 */}
          <ContactDesks desks={CONTACT_DESKS.slice(1)} />
        </section>
      </main>
    </div>
  );
}
