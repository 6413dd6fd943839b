// Nothing but the login page is needed to draw the first screen. At the first input
// on it (a touch, a key, focus in a field), in idle time so that typing is never held
// up: the database (Dexie) and who is logged in, then the clock (which carries the business calendar and its holiday
// data) with the demo office, then the simulated center. Screens behind the layouts
// wait for `appReady()`, so no screen ever reads the time before the training
// offset is loaded; the login page waits for it only when ログイン is pressed.
import { createSignal } from 'solid-js';
import { activeRun } from '../store/active-run';
import { reportStorageError } from '../store/errors';
import { sessionStoredHint } from '../store/session-state';

type Clock = typeof import('../center/clock');

const [ready, setReady] = createSignal(false);
const [unavailable, setUnavailable] = createSignal(false);

/** True once the clock runs with its offset and the demo office exists. */
export const appReady = ready;

/** True when the database cannot be opened at all: Boot says so instead of showing the app. */
export const storeUnavailable = unavailable;

let opening: Promise<void> | undefined;

/** Opens (once) the database and loads who is logged in on this device. */
export function whenStoreOpen(): Promise<void> {
  opening ??= import('./prepare')
    .then(({ prepare }) => prepare())
    .catch((err: unknown) => {
      setUnavailable(true);
      throw err;
    });
  return opening;
}

let preparing: Promise<Clock> | undefined;

/** Starts (once) the clock and the first-start demo seed, after the database; resolves with the clock. */
export function whenAppReady(): Promise<Clock> {
  preparing ??= (async () => {
    await whenStoreOpen();
    const [clock, demo] = await Promise.all([import('../center/clock'), import('../store/demo/seed')]);
    const run = activeRun();
    const exercise = run && (await import('../exercises/run'));
    if (run && exercise) await exercise.prepareClock(run);
    await clock.startClock();
    await demo.seedDemoDataIfEmpty(clock.now());
    if (run && exercise) await exercise.prepareSituation(run, clock.now());
    setReady(true);
    startEngines();
    return clock;
  })().catch((err: unknown) => {
    preparing = undefined;
    throw err;
  });
  return preparing;
}

let enginesStarted = false;

/**
 * As soon as the app is ready, by whichever path: the simulated center (never on a
 * 研修生 device, so not even its first pass runs there), then sync, which stops a
 * センター's center when another device holds the claim.
 */
function startEngines(): void {
  if (enginesStarted) return;
  enginesStarted = true;
  // in idle time, once the screen that asked for the app has been drawn: the center's
  // code (its kinds and their schemas) is evaluated in a task of its own, then it runs
  idle()
    .then(() => Promise.all([import('../center/engine'), import('../sync/config')]))
    .then(async ([engine, config]) => {
      await idle();
      // an exercise runs in a copy of its own: its center runs here, and the copy never syncs
      if (activeRun()) return engine.startCenter();
      const { role } = await config.getSyncConfig();
      engine.setCenterEnabled(role !== 'trainee');
      await engine.startCenter();
      const sync = await import('../sync/service');
      await sync.startSync({ setCenterEnabled: engine.setCenterEnabled });
    })
    .catch((err: unknown) => {
      console.error('The simulated center could not start', err);
      reportStorageError(err);
    });
}

/** Resolves when the main thread is idle (or after `timeout` ms at the latest). */
function idle(timeout = 1_000): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, 0);
  });
}

/** What a person does first on a page: a touch, a click, a key, or focus moving into a field. */
const FIRST_INPUT_EVENTS = ['pointerdown', 'touchstart', 'keydown', 'focusin'] as const;

let firstInput: Promise<void> | undefined;

/**
 * When the login page wants the database: at the first input on the page (at once when
 * focus is already in a field, or when this device's stored session has something for
 * the login page: a session to go on with, or why the last one ended). The login page
 * needs no database to be drawn or typed into, and a trainee takes seconds to type a
 * ログインID and a password: loading the database code then keeps the page's first
 * seconds free of long tasks, and pressing ログイン awaits the rest.
 */
export function onFirstInput(): Promise<void> {
  firstInput ??= new Promise<void>((resolve) => {
    if (typeof document === 'undefined' || sessionStoredHint() || document.activeElement instanceof HTMLInputElement) return resolve();
    const done = () => {
      for (const type of FIRST_INPUT_EVENTS) document.removeEventListener(type, done, true);
      resolve();
    };
    for (const type of FIRST_INPUT_EVENTS) document.addEventListener(type, done, { capture: true, passive: true });
  });
  return firstInput;
}

/**
 * After the first input on the page, each step in idle time: the business calendar with
 * its holiday data (the store derives due dates with it), the database, then the clock
 * and demo seed. Each import is evaluated in a task of its own. A screen behind the
 * layouts asks for `whenAppReady()` at once instead, and the engines start from there.
 */
export function startInBackground(): void {
  onFirstInput()
    .then(() => idle())
    .then(() => import('../domain/calendar'))
    .then(() => idle())
    .then(whenStoreOpen)
    .then(() => idle())
    .then(whenAppReady)
    .catch((err: unknown) => {
      console.error('The app could not get ready', err);
      reportStorageError(err);
    });
}
