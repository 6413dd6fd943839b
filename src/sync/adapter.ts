// The one interface the rest of the app knows sync by. Two implementations:
// the file bundle (bundle-adapter.ts) and CouchDB replication (couch/).

/** What one push or pull moved. */
export interface SyncCounts {
  /** records the other side received (push) or this device stored (pull) */
  sent: number;
  received: number;
}

export interface SyncProgress {
  direction: 'push' | 'pull';
  /** records handled so far in this run */
  done: number;
}

/** Why a run stopped, in words for the user, and whether trying again may help. */
export class SyncError extends Error {
  constructor(
    message: string,
    readonly kind: 'offline' | 'auth' | 'server' | 'invalid' | 'aborted',
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'SyncError';
  }

  get retryable(): boolean {
    return this.kind === 'offline' || this.kind === 'server';
  }
}

export interface SyncAdapter {
  readonly kind: 'bundle' | 'couchdb';
  /** sends this device's changes since the adapter's checkpoint */
  push(onProgress?: (p: SyncProgress) => void, signal?: AbortSignal): Promise<SyncCounts>;
  /** stores the other side's changes since the adapter's checkpoint */
  pull(onProgress?: (p: SyncProgress) => void, signal?: AbortSignal): Promise<SyncCounts>;
}
