// Persistent storage (navigator.storage): asked for only when the trainer presses
// the button on the settings page, because some browsers prompt the user.

export interface StorageState {
  /** undefined: this browser cannot tell */
  persisted: boolean | undefined;
  /** bytes, when the browser gives an estimate */
  usage?: number;
  quota?: number;
}

export async function readStorageState(): Promise<StorageState> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  const persisted = storage?.persisted ? await storage.persisted().catch(() => undefined) : undefined;
  const estimate = storage?.estimate ? await storage.estimate().catch(() => undefined) : undefined;
  return { persisted, usage: estimate?.usage, quota: estimate?.quota };
}

/** Asks the browser to keep this site's data; undefined when the browser has no such request. */
export async function requestPersistentStorage(): Promise<boolean | undefined> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!storage?.persist) return undefined;
  return storage.persist();
}

/** 1.2 MB, 512 KB: bytes as a person reads them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
}
