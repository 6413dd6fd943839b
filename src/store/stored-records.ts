// The trainer's view of records that do not fit their table (設定 → 読み込めない記録):
// a full scan, which reports every one (store/validated.ts skips them on read), and
// their removal. Removing a bad setting brings back its default.
import { forgetAllBadRecords, forgetBadRecord } from './bad-records';
import { db } from './db';
import { guarded } from './guarded';
import { VALIDATED_TABLES } from './validated';

/** Reads every checked table once, so that every bad record is listed, not only those met so far. */
export async function scanStoredRecords(): Promise<void> {
  forgetAllBadRecords();
  for (const table of VALIDATED_TABLES) await db.table(table).toArray();
}

/** Deletes one bad record here (a replica refuses it on its own: domain/records). */
export async function removeStoredRecord(table: string, id: string): Promise<void> {
  if (!VALIDATED_TABLES.includes(table)) throw new Error(`not a checked table: ${table}`);
  await guarded(() => db.table(table).delete(id));
  forgetBadRecord(`${table}:${id}`);
}
