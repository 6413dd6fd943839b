// Whether the login page shows the demo logins, known before the database code has
// loaded: the last value of the shared 'demo' setting this device read, kept in
// localStorage (store/settings.ts keeps it current: setSetting, and followDemoMode once
// the login page has loaded the database). Without one
// (first visit) demo mode is on, as the setting's default is.
import { createSignal } from 'solid-js';

const KEY = 'nss-simulator:demo-mode';

function remembered(): boolean {
  try {
    return globalThis.localStorage?.getItem(KEY) !== 'off';
  } catch {
    return true;
  }
}

const [enabled, setEnabled] = createSignal(remembered());

// another tab of this browser changed it: a login page that has not loaded the database
// yet (it does at the first input, app/background.ts) shows the change at once
globalThis.addEventListener?.('storage', (event) => {
  if (event.key === KEY) setEnabled(event.newValue !== 'off');
});

export const demoModeShown = enabled;

export function rememberDemoMode(on: boolean): void {
  setEnabled(on);
  try {
    globalThis.localStorage?.setItem(KEY, on ? 'on' : 'off');
  } catch {
    // private mode without storage: the signal alone serves this page
  }
}
