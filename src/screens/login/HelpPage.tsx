import type { ParentProps } from 'solid-js';
import { Title } from '../../ui/Title';
import { UtilityBar } from '../../app/UtilityBar';
import './login.css';

/** A small page reached from the login screen's help links. */
export function HelpPage(props: ParentProps<{ title: string }>) {
  return (
    <div class="login-shell">
      <Title text={props.title} />
      <UtilityBar />
      <header class="login-header">
        <p class="login-title">NACCSサポートシステム</p>
      </header>
      <main id="main" class="login-help-page">
        <h1 class="page-title">{props.title}</h1>
        {props.children}
        <p>
          <a href="/login" class="btn btn-secondary btn-back">
            ログイン画面に戻る
          </a>
        </p>
      </main>
    </div>
  );
}
