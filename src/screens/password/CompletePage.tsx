// パスワード変更 完了: the new password is in force; this session stays.
import { Navigate, useLocation } from '@solidjs/router';
import { Show } from 'solid-js';
import { Title } from '../../ui/Title';
import { BackToMenu, CompletionHelp } from '../../wizard/CompletePage';
import './password.css';

/** Reached only from パスワード変更 (history state); opened directly, it goes there. */
export default function PasswordCompletePage() {
  const location = useLocation<{ changed?: boolean }>();
  return (
    <Show when={location.state?.changed} fallback={<Navigate href="/password" />}>
      <div class="password-page">
        <Title text="パスワード変更 完了" />
        <h1 class="page-title">パスワード変更 完了</h1>
        <div class="complete">
          <p class="lead">
            <strong>パスワードの変更が完了しました。</strong>
          </p>
          <p>次回のログインから、新しいパスワードをご使用ください。</p>
          <p>この画面以外（他の端末など）で同じ事業所コードでログインしていた画面はログアウトされました。</p>
          <CompletionHelp />
        </div>
        <BackToMenu />
      </div>
    </Show>
  );
}
