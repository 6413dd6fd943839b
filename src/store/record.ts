import type { SyncedRecord } from '../domain/record';

/** A fresh id, unique across devices. */
export function newId(): string {
  return crypto.randomUUID();
}

/** The record as it is written: update time now, revision counted up. */
export function touched<T extends SyncedRecord>(record: T, previous?: { rev: number }): T {
  return { ...record, updatedAt: Date.now(), rev: (previous?.rev ?? record.rev ?? 0) + 1 };
}

type Markable = { deleted?: 0 | 1 };

/** The rows not marked deleted (the mark stays so that the deletion syncs). */
export function alive<T extends Markable>(rows: T[]): T[] {
  return rows.filter((r) => !r.deleted);
}

/** The row, unless it is missing or marked deleted. */
export function aliveRow<T extends Markable>(row: T | undefined): T | undefined {
  return row && !row.deleted ? row : undefined;
}
