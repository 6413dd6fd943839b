// The simulated NACCS Center's engine: it watches the clock and moves every
// application whose time has come. Started once per tab after the database opens.
import { now, onClockChange, startClock } from './clock';
import { markCenterProcessed, setCenterRunner } from './kick';
import { runBilling } from './billing';
import { runDue } from './review';

/** How often the engine looks for due work besides clock changes and submissions. */
export const CENTER_TICK_MS = 5_000;

let started = false;
let running = false;
let again = false;
let enabled = true;

/** A 研修生 device, or a センター whose claim another device holds, does not run the center (docs/sync.md). */
export function setCenterEnabled(on: boolean): void {
  enabled = on;
  if (on && started) requestRun();
}

async function runLoop(): Promise<void> {
  if (!enabled) return;
  if (running) {
    again = true;
    return;
  }
  running = true;
  try {
    do {
      again = false;
      const at = now();
      await runDue(at);
      // after the applications, so a change that began in the billed month is in its bill
      await runBilling(at);
      markCenterProcessed(at);
    } while (again);
  } catch (err) {
    console.error('center: run failed', err);
  } finally {
    running = false;
  }
}

function requestRun(): void {
  void runLoop();
}

/**
 * Start the center in this tab: load the training clock first (so nothing is
 * judged against the wrong time), then run what is due now, on every clock
 * change (also from other tabs) and every few seconds.
 */
export async function startCenter(): Promise<void> {
  if (started) return;
  started = true;
  await startClock();
  setCenterRunner(requestRun);
  onClockChange(requestRun);
  setInterval(requestRun, CENTER_TICK_MS);
  await runLoop();
}
