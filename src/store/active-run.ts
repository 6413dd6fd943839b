// Which database this device works in: the back office, or the fresh copy of one
// exercise run (演習). Kept in localStorage, read synchronously before the
// database is opened, so every tab of the device opens the same one; a tab that
// sees another tab switch reloads (watchActiveRun). Free of Dexie: the utility bar reads it.

export const DATABASE_NAME = 'nss-simulator';

/** An exercise a trainee is doing on this device. */
export interface ActiveRun {
  runId: string;
  exerciseId: string;
  trainee: string;
  /** real time (ms) */
  startedAt: number;
}

const KEY = 'nss-exercise-run';

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // storage refused (a privacy setting): no exercise can run
  }
}

function parse(text: string | null | undefined): ActiveRun | undefined {
  if (!text) return undefined;
  try {
    const run = JSON.parse(text) as Partial<ActiveRun>;
    const ok =
      typeof run.runId === 'string' &&
      /^[\w-]{1,64}$/.test(run.runId) &&
      typeof run.exerciseId === 'string' &&
      typeof run.trainee === 'string' &&
      typeof run.startedAt === 'number';
    return ok ? (run as ActiveRun) : undefined;
  } catch {
    return undefined;
  }
}

export function activeRun(): ActiveRun | undefined {
  return parse(storage()?.getItem(KEY));
}

export function setActiveRun(run: ActiveRun | undefined): void {
  const s = storage();
  if (!s) throw new Error('localStorage is not available');
  if (run) s.setItem(KEY, JSON.stringify(run));
  else s.removeItem(KEY);
}

/** The database of a run, or the back office's. */
export function databaseNameOf(run: ActiveRun | undefined = activeRun()): string {
  return run ? `${DATABASE_NAME}-exercise-${run.runId}` : DATABASE_NAME;
}

/** Another tab started or ended an exercise: this tab works in the wrong database until it reloads. */
export function watchActiveRun(onSwitch: () => void): void {
  if (typeof window === 'undefined') return;
  window.addEventListener('storage', (e) => {
    if (e.key === KEY || e.key === null) onSwitch();
  });
}
