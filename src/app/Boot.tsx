import { createResource, Match, Switch } from 'solid-js';
import { clearStorageProblem, storageProblem } from '../store/errors';
import { openDatabase } from '../store/open';
import { followSession } from '../store/session';
import { Loading } from '../ui/Loading';
import { StorageBanner } from '../ui/StorageBanner';
import { App } from './App';

/** What the first screen needs: the database and who is logged in on this device. */
export async function prepare(): Promise<void> {
  await openDatabase();
  await followSession();
}

/** A clear loading state, then the app; or a clear message when the database cannot be opened. */
export function Boot(props: { onReady: () => void }) {
  const [ready] = createResource(async () => {
    await prepare();
    props.onReady();
    return true;
  });
  return (
    <Switch>
      <Match when={ready.state === 'ready'}>
        <App />
      </Match>
      <Match when={ready.state === 'errored'}>
        <BootFailed />
      </Match>
      <Match when={true}>
        <StorageBanner problem={storageProblem()} onDismiss={clearStorageProblem} />
        <Loading />
      </Match>
    </Switch>
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
