// Whether the device has a network, following the browser's online/offline events.
import { createSignal, onCleanup, type Accessor } from 'solid-js';

/** True while offline; call inside a component (listeners are removed on cleanup). */
export function createOffline(): Accessor<boolean> {
  const [offline, setOffline] = createSignal(typeof navigator !== 'undefined' && navigator.onLine === false);
  const update = () => setOffline(navigator.onLine === false);
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
  onCleanup(() => {
    window.removeEventListener('online', update);
    window.removeEventListener('offline', update);
  });
  return offline;
}
