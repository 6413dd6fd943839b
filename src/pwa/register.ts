// Registers the service worker in prompt mode: a new version waits until the
// user presses 「更新する」 (state.ts), it never takes over a page by itself.
import { registerSW } from 'virtual:pwa-register';
import { setNeedRefresh, setOfflineReady, setUpdater } from './state';

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const update = registerSW({
    onNeedRefresh: () => setNeedRefresh(true),
    onOfflineReady: () => setOfflineReady(true),
    onRegisterError: (err: unknown) => console.error('Service worker registration failed', err),
  });
  setUpdater(() => update(true));
}
