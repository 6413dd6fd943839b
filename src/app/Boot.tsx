import { Show } from 'solid-js';
import { storageProblem } from '../store/errors';
import { App } from './App';
import { storeUnavailable } from './background';

/** The app at once (the login page needs no database); a clear message when the database cannot be opened. */
export function Boot() {
  return (
    <Show when={!storeUnavailable()} fallback={<BootFailed />}>
      <App />
    </Show>
  );
}

function BootFailed() {
  const problem = storageProblem;
  return (
    <main id="main" class="boot">
      <p class="boot-title">NACCSサポートシステム</p>
      <section class="storage-banner" role="alert" aria-labelledby="boot-failed-title">
        <h1 id="boot-failed-title" class="storage-banner-title">
          データベースを開けませんでした
        </h1>
        <p>{problem()?.message ?? 'この端末のブラウザにデータを保存できないため、アプリを起動できません。'}</p>
        <p>
          <strong>対処方法：</strong>
          {problem() && problem()!.kind !== 'unknown'
            ? problem()!.action
            : 'プライベートブラウズ（シークレットモード）では保存できないことがあります。通常のウィンドウで開くか、ブラウザの設定でこのサイトのデータ保存を許可してから、ページを再読み込みしてください。'}
        </p>
        <button type="button" class="btn" onClick={() => location.reload()}>
          再読み込み
        </button>
      </section>
    </main>
  );
}
