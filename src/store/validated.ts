// Every record read from storage is checked against its table's schema
// (domain/records) before anything uses it. A record that does not fit — written
// by an older or broken build, edited in the browser's tools, half-synced — is
// skipped where it is read and reported (store/bad-records.ts), so that one bad
// record never hangs a page or stops the center, and the others still show.
import type { DBCore, DBCoreCursor, DBCoreTable, Middleware } from 'dexie';
import * as v from 'valibot';
import { RECORD_SCHEMAS, settingSchema } from '../domain/records';
import { recordLabel } from '../domain/records/labels';
import { describeIssues } from '../domain/records/problems';
import { reportBadRecord } from './bad-records';

/** An attachment as stored: its record and its bytes. */
const storedAttachmentSchema = v.strictObject({
  ...RECORD_SCHEMAS.attachments.entries,
  blob: v.custom<Blob>((x) => typeof x === 'object' && x !== null, 'ファイルの中身がありません。'),
});

const STORED_SCHEMAS: Record<string, v.GenericSchema> = {
  ...RECORD_SCHEMAS,
  attachments: storedAttachmentSchema,
  settings: settingSchema,
};

/** The tables whose records are checked on every read. */
export const VALIDATED_TABLES = Object.keys(STORED_SCHEMAS);

function idOf(table: string, record: unknown): string {
  const field = table === 'settings' ? 'key' : 'id';
  const id = record && typeof record === 'object' ? (record as Record<string, unknown>)[field] : undefined;
  return typeof id === 'string' ? id : String(id);
}

/** Whether the record fits its table; reports it when it does not. */
export function isSound(table: string, record: unknown, primaryKey?: unknown): boolean {
  const schema = STORED_SCHEMAS[table];
  if (!schema || record === undefined) return true;
  const result = v.safeParse(schema, record);
  if (result.success) return true;
  const id = typeof primaryKey === 'string' ? primaryKey : idOf(table, record);
  reportBadRecord({ table, id, label: recordLabel(table, id, record), problems: describeIssues(result.issues) });
  return false;
}

/** A cursor that steps over the records that do not fit, as if they were not there. */
function soundCursor(table: string, cursor: DBCoreCursor, withValues: boolean): DBCoreCursor {
  if (!withValues) return cursor;
  return Object.create(cursor, {
    key: { get: () => cursor.key },
    primaryKey: { get: () => cursor.primaryKey },
    value: { get: () => cursor.value },
    start: {
      value: (onNext: () => void) =>
        cursor.start(() => {
          if (isSound(table, cursor.value, cursor.primaryKey)) onNext();
          else cursor.continue();
        }),
    },
  }) as DBCoreCursor;
}

// `.then` on what the table below returns, not async/await: Dexie keeps its
// transaction across its own promises, and a native one lets it commit early.
function validatedTable(name: string, table: DBCoreTable): DBCoreTable {
  return {
    ...table,
    get: (req) => table.get(req).then((record: unknown) => (isSound(name, record, req.key) ? record : undefined)),
    getMany: (req) =>
      table.getMany(req).then((records: unknown[]) => records.map((r, i) => (isSound(name, r, req.keys[i]) ? r : undefined))),
    query: (req) =>
      req.values
        ? table.query(req).then((res) => ({ ...res, result: res.result.filter((r: unknown) => isSound(name, r)) }))
        : table.query(req),
    openCursor: (req) => table.openCursor(req).then((cursor) => cursor && soundCursor(name, cursor, req.values !== false)),
  };
}

export const validatedReadsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'validatedReads',
  create: (down) => ({
    ...down,
    table: (name) => (STORED_SCHEMAS[name] ? validatedTable(name, down.table(name)) : down.table(name)),
  }),
};
