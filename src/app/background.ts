// The clock (which carries the business calendar and its holiday data), the demo
// office and the simulated center are not needed to draw the login page, so they
// load right after it. Screens behind the layouts wait for `appReady()`, so no
// screen ever reads the time before the training offset is loaded.
import { createSignal } from 'solid-js';
import { reportStorageError } from '../store/errors';

type Clock = typeof import('../center/clock');

const [ready, setReady] = createSignal(false);

/** True once the clock runs with its offset and the demo office exists. */
export const appReady = ready;

let preparing: Promise<Clock> | undefined;

/** Starts (once) the clock and the first-start demo seed; resolves with the clock. */
export function whenAppReady(): Promise<Clock> {
  preparing ??= (async () => {
    const [clock, demo] = await Promise.all([import('../center/clock'), import('../store/demo/seed')]);
    await clock.startClock();
    await demo.seedDemoDataIfEmpty(clock.now());
    setReady(true);
    return clock;
  })().catch((err: unknown) => {
    preparing = undefined;
    throw err;
  });
  return preparing;
}

/**
 * After the first screen: the clock, the demo seed, then the simulated center
 * (never on a 研修生 device, so not even its first pass runs there), then sync,
 * which stops a センター's center when another device holds the claim.
 */
export function startInBackground(): void {
  whenAppReady()
    .then(() => Promise.all([import('../center/engine'), import('../sync/config')]))
    .then(async ([engine, config]) => {
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
