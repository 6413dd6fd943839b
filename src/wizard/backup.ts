// A synchronous backup of a draft's unsaved changes in sessionStorage. The
// autosave to IndexedDB is debounced and asynchronous: a reload within the
// debounce can end the page before the write commits. sessionStorage is written
// at once, belongs to the tab and survives its reload, so the next session on
// the same draft finds what was typed (docs/wizard.md).

/** What sessionStorage offers; tests pass their own. */
export type BackupStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface DraftBackup {
  /** the stored revision the unsaved state was based on */
  baseRev: number;
  state: unknown;
}

export interface BackupSlot {
  read(): DraftBackup | undefined;
  write(baseRev: number, state: unknown): void;
  clear(): void;
}

const keyOf = (draftId: string) => `nss-draft-backup:${draftId}`;

/** The tab's sessionStorage, or none where the browser refuses it (storage blocked). */
export function tabStorage(): BackupStorage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

/**
 * The backup slot of one draft. The backup is a second line behind the autosave,
 * so a storage that refuses a write (quota, blocked) leaves the autosave alone:
 * the failure is logged, not shown.
 */
export function backupSlot(storage: BackupStorage | undefined, draftId: string): BackupSlot {
  const key = keyOf(draftId);
  const attempt = <T>(what: string, action: () => T): T | undefined => {
    if (!storage) return undefined;
    try {
      return action();
    } catch (err) {
      console.warn(`draft backup: ${what} failed`, err);
      return undefined;
    }
  };
  return {
    read() {
      const text = attempt('read', () => storage!.getItem(key));
      if (!text) return undefined;
      try {
        const parsed = JSON.parse(text) as Partial<DraftBackup>;
        return typeof parsed.baseRev === 'number' && 'state' in parsed
          ? { baseRev: parsed.baseRev, state: parsed.state }
          : undefined;
      } catch {
        return undefined;
      }
    },
    write(baseRev, state) {
      attempt('write', () => storage!.setItem(key, JSON.stringify({ baseRev, state })));
    },
    clear() {
      attempt('clear', () => storage!.removeItem(key));
    },
  };
}

/** Where the user was (useStepGuard's `lastStep`, `lastParams`): not content, so not a difference. */
const POSITION_KEYS = new Set(['lastStep', 'lastParams']);

/** The same JSON whatever the key order, without the position keys at the top. */
function contentOf(state: unknown): string {
  const sorted = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(sorted);
    if (value && typeof value === 'object')
      return Object.fromEntries(
        Object.keys(value)
          .sort()
          .map((k) => [k, sorted((value as Record<string, unknown>)[k])]),
      );
    return value;
  };
  const top = state && typeof state === 'object' && !Array.isArray(state) ? state : { value: state };
  const content = Object.fromEntries(Object.entries(top).filter(([k]) => !POSITION_KEYS.has(k)));
  return JSON.stringify(sorted(content));
}

export type Recovery =
  /** nothing to recover: no backup, or the stored draft already holds it */
  | 'none'
  /** the stored draft is still the backup's base: take the backup and save it */
  | 'apply'
  /** another tab saved since: show the backup's text with the conflict message, save nothing */
  | 'conflict';

/** What a session starting on the stored draft does with the tab's backup. */
export function recoveryOf(backup: DraftBackup | undefined, stored: { rev: number; state: unknown }): Recovery {
  if (!backup || contentOf(backup.state) === contentOf(stored.state)) return 'none';
  return backup.baseRev === stored.rev ? 'apply' : 'conflict';
}
