import { Show, Suspense, type ParentProps } from 'solid-js';
import { Loading } from '../ui/Loading';
import { appReady, whenAppReady } from './background';

/** Where a layout shows its screen: once the clock and the demo office are ready, with a line while the screen loads. */
export function ScreenOutlet(props: ParentProps) {
  // a screen behind a layout needs the database and the clock now, not when the page is idle
  whenAppReady().catch(() => undefined); // background.ts reports a failure
  return (
    <Show when={appReady()} fallback={<Loading />}>
      <Suspense fallback={<p role="status">読み込み中…</p>}>{props.children}</Suspense>
    </Show>
  );
}
