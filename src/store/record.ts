import type { SyncedRecord } from '../domain/record';

/** A fresh id, unique across devices. */
export function newId(): string {
  return crypto.randomUUID();
}

/** The record as it is written: update time now, revision counted up. */
export function touched<T extends SyncedRecord>(record: T, previous?: { rev: number }): T {
  return { ...record, updatedAt: Date.now(), rev: (previous?.rev ?? record.rev ?? 0) + 1 };
}
