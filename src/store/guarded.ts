// Store writes that report storage failures. Apart from errors.ts, which the login
// page's shell reads before Dexie has loaded (the initial route carries no Dexie).
import Dexie from 'dexie';
import { reportStorageError, resolveStorageProblem } from './errors';

/** Whether the error came from the storage itself, not from a rule that refused the write. */
export function isStorageError(err: unknown): boolean {
  return err instanceof Dexie.DexieError || err instanceof DOMException;
}

/**
 * Run a store write; a storage failure is reported to the banner and rethrown, so
 * the caller keeps what the user typed and may retry. A refusal thrown by the
 * write's own rules (a draft filed elsewhere) is the caller's to explain: no banner.
 */
export async function guarded<T>(write: () => Promise<T>): Promise<T> {
  try {
    const result = await write();
    resolveStorageProblem(['quota', 'unknown']);
    return result;
  } catch (err) {
    if (isStorageError(err)) reportStorageError(err);
    throw err;
  }
}
