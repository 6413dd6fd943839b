import { Title } from '../ui/Title';

/** An address this app does not have. */
export function NotFound() {
  return (
    <main id="main">
      <Title text="ページが見つかりません" />
      <h1 class="page-title">ページが見つかりません</h1>
      <p>指定されたアドレスの画面はありません。</p>
      <p>
        <a href="/">メインメニューへ</a>
      </p>
    </main>
  );
}
