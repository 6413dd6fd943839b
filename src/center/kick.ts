import { createSignal } from 'solid-js';

// A way to ask the engine for a run without importing it: the engine registers
// itself when it starts, so the wizards and screens that file or act do not pull
// the engine (and every kind) into their chunks.
let runner: (() => void) | undefined;

export function setCenterRunner(run: () => void): void {
  runner = run;
}

/** Ask the engine to look for due work soon; nothing happens before it has started. */
export function requestCenterRun(): void {
  runner?.();
}

const [processedAt, setProcessedAt] = createSignal<number>();

/**
 * The training-clock time up to which this tab's center has done everything due,
 * or undefined where it does not run (a 研修生 device) or has not run yet. The
 * trainer console shows it: after the clock moves, the center answers a moment later.
 */
export const centerProcessedAt = processedAt;

export function markCenterProcessed(at: number): void {
  setProcessedAt(at);
}
