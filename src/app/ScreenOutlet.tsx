import { Show, Suspense, type ParentProps } from 'solid-js';
import { Loading } from '../ui/Loading';
import { appReady } from './background';

/** Where a layout shows its screen: once the clock and the demo office are ready, with a line while the screen loads. */
export function ScreenOutlet(props: ParentProps) {
  return (
    <Show when={appReady()} fallback={<Loading />}>
      <Suspense fallback={<p role="status">読み込み中…</p>}>{props.children}</Suspense>
    </Show>
  );
}
