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
