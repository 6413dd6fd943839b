// What the service worker has told us, as Solid state. The registration itself
// lives in register.ts (it imports `virtual:pwa-register`, which only resolves in
// the Vite build), so components and tests read this module only.
import { createSignal } from 'solid-js';

const [needRefresh, setNeedRefresh] = createSignal(false);
const [offlineReady, setOfflineReady] = createSignal(false);

export { needRefresh, offlineReady, setNeedRefresh, setOfflineReady };

let applyUpdate: () => Promise<void> = async () => undefined;

/** Called by register.ts with the function that activates the waiting worker and reloads. */
export function setUpdater(update: () => Promise<void>): void {
  applyUpdate = update;
}

/** 「更新する」: the only path to a reload for a new version, always from the user's press. */
export function updateNow(): Promise<void> {
  return applyUpdate();
}

export function postponeUpdate(): void {
  setNeedRefresh(false);
}
