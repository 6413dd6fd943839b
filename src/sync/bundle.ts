// The file bundle: one versioned zip with JSON inside (fflate), for devices
// that never meet a network. Reading validates everything before anything is
// written; a corrupt, truncated, hostile or future-version file writes nothing
// and says what is wrong.
import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from 'fflate';
import * as v from 'valibot';
import { describeIssues } from '../domain/records/problems';
import { isSyncedTable, RECORD_SCHEMAS, RECORD_SCHEMA_VERSION, settingSchema, SYNCED_TABLE_NAMES, type SyncedTable } from '../domain/records';
import { applyIncoming, docKey, readAllRecords, type ApplyReport, type SyncRecord, type SyncTable } from '../store/sync';

export const BUNDLE_FORMAT = 'nss-simulator-bundle';
const MANIFEST = 'manifest.json';
/** A bundle larger than this once unpacked is refused (a tablet must survive reading it). */
export const MAX_BUNDLE_BYTES = 256 * 1024 * 1024;
export const MAX_BUNDLE_ENTRIES = 200_000;
/** How many problems a refused file lists. */
const MAX_PROBLEMS = 20;

export type BundleScope =
  | { kind: 'all' }
  | { kind: 'office'; officeCode: string }
  /** every filed application with its files, notices and mails: a class's work */
  | { kind: 'applications' };

const manifestSchema = v.object({
  format: v.literal(BUNDLE_FORMAT),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
  scope: v.unknown(),
});

const tableFile = (t: SyncTable) => `records/${t}.json`;
const attachmentFile = (id: string) => `files/${id}`;

// ---------------------------------------------------------------------------
// Export

const ownedBy = (r: SyncRecord, field: string, values: Set<string>) => values.has(r.record[field] as string);

/** The records of a scope. */
export function recordsInScope(all: SyncRecord[], scope: BundleScope): SyncRecord[] {
  if (scope.kind === 'all') return all;
  const of = (t: SyncTable) => all.filter((r) => r.table === t);
  if (scope.kind === 'applications') {
    const apps = of('applications');
    const ids = new Set(apps.map((a) => a.record.id as string));
    return [
      ...apps,
      ...of('attachments').filter((r) => ownedBy(r, 'ownerId', ids)),
      ...of('notices').filter((r) => ownedBy(r, 'applicationId', ids)),
      ...of('mails').filter((r) => ownedBy(r, 'applicationId', ids)),
    ];
  }
  const code = scope.officeCode;
  const own = new Set([code]);
  const officeRows = all.filter(
    (r) =>
      (r.table === 'offices' && r.record.id === code) ||
      (r.table === 'userCodes' && (r.record.officeCodes as string[]).includes(code)) ||
      (r.table !== 'attachments' && r.table !== 'settings' && ownedBy(r, 'officeCode', own)),
  );
  const owners = new Set(officeRows.filter((r) => r.table === 'applications' || r.table === 'drafts').map((r) => r.record.id as string));
  return [...officeRows, ...of('attachments').filter((r) => ownedBy(r, 'ownerId', owners))];
}

/** The bundle of a scope, as zip bytes. */
export async function exportBundle(scope: BundleScope, exportedAt = Date.now()): Promise<Uint8Array> {
  const records = recordsInScope(await readAllRecords(), scope);
  const files: Record<string, Uint8Array> = {};
  const byTable = new Map<SyncTable, Record<string, unknown>[]>();
  for (const r of records) {
    byTable.set(r.table, [...(byTable.get(r.table) ?? []), r.record]);
    if (r.table === 'attachments' && r.blob && r.blob.size > 0) files[attachmentFile(r.record.id as string)] = new Uint8Array(await r.blob.arrayBuffer());
  }
  const manifest = { format: BUNDLE_FORMAT, schemaVersion: RECORD_SCHEMA_VERSION, exportedAt, scope };
  files[MANIFEST] = strToU8(JSON.stringify(manifest));
  for (const [t, rows] of byTable) files[tableFile(t)] = strToU8(JSON.stringify(rows));
  return zipSync(files, { level: 6 });
}

/** The file name offered for a bundle: nss-sync-YYYYMMDD-HHMM.zip (local time). */
export function bundleFileName(at: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `nss-sync-${at.getFullYear()}${p(at.getMonth() + 1)}${p(at.getDate())}-${p(at.getHours())}${p(at.getMinutes())}.zip`;
}

// ---------------------------------------------------------------------------
// Reading and validating

export type ReadBundle = { ok: true; records: SyncRecord[]; exportedAt: number } | { ok: false; problems: string[] };

function unpack(bytes: Uint8Array): Unzipped | string {
  let total = 0;
  let entries = 0;
  let tooBig = false;
  try {
    const files = unzipSync(bytes, {
      filter: (f) => {
        entries++;
        total += f.originalSize;
        if (entries > MAX_BUNDLE_ENTRIES || total > MAX_BUNDLE_BYTES) tooBig = true;
        return !tooBig;
      },
    });
    if (tooBig) return `ファイルが大きすぎます（展開後${Math.round(MAX_BUNDLE_BYTES / 1024 / 1024)}MBまで、${MAX_BUNDLE_ENTRIES}件まで）。`;
    return files;
  } catch {
    return 'ファイルが壊れているか、途中で切れています。同期ファイル（.zip）をもう一度書き出してください。';
  }
}

function parseJson(files: Unzipped, name: string): { ok: true; value: unknown } | { ok: false; problem: string } {
  try {
    return { ok: true, value: JSON.parse(strFromU8(files[name])) };
  } catch {
    return { ok: false, problem: `${name} をJSONとして読めません。` };
  }
}

const issueText = (issues: readonly v.BaseIssue<unknown>[]) => describeIssues(issues).join('、');

function readTable(files: Unzipped, table: SyncTable, problems: string[]): SyncRecord[] {
  const name = tableFile(table);
  if (!files[name]) return [];
  const parsed = parseJson(files, name);
  if (!parsed.ok) {
    problems.push(parsed.problem);
    return [];
  }
  if (!Array.isArray(parsed.value)) {
    problems.push(`${name} は記録の一覧（配列）ではありません。`);
    return [];
  }
  const schema = table === 'settings' ? settingSchema : RECORD_SCHEMAS[table];
  const seen = new Set<string>();
  const out: SyncRecord[] = [];
  parsed.value.forEach((row: unknown, i: number) => {
    const result = v.safeParse(schema as v.GenericSchema, row);
    if (!result.success) {
      problems.push(`${name} の${i + 1}件目が正しくありません（${issueText(result.issues)}）。`);
      return;
    }
    const record = result.output as Record<string, unknown>;
    const id = (table === 'settings' ? record.key : record.id) as string;
    if (seen.has(id)) {
      problems.push(`${name} に同じID「${id.slice(0, 60)}」の記録が複数あります。`);
      return;
    }
    seen.add(id);
    out.push({ key: docKey(table, id), table, record });
  });
  return out;
}

function attachBytes(files: Unzipped, records: SyncRecord[], problems: string[]): void {
  const metas = new Set<string>();
  for (const r of records) {
    if (r.table !== 'attachments') continue;
    const id = r.record.id as string;
    metas.add(id);
    const bytes = files[attachmentFile(id)];
    const size = r.record.size as number;
    if (!bytes && size > 0 && !r.record.deleted) {
      problems.push(`添付ファイル「${String(r.record.name).slice(0, 60)}」の中身がありません。`);
      continue;
    }
    if (bytes && bytes.length !== size) {
      problems.push(`添付ファイル「${String(r.record.name).slice(0, 60)}」の大きさが記録と違います。`);
      continue;
    }
    r.blob = new Blob(bytes ? [bytes as Uint8Array<ArrayBuffer>] : [], { type: r.record.type as string });
  }
  for (const name of Object.keys(files)) {
    if (name.startsWith('files/') && !metas.has(name.slice('files/'.length))) problems.push(`${name.slice(0, 80)} に対応する添付ファイルの記録がありません。`);
  }
}

const KNOWN_ENTRY = /^(manifest\.json|records\/[A-Za-z]+\.json|files\/.+)$/;

/** Reads and validates a whole bundle; nothing is written. */
export function readBundle(bytes: Uint8Array): ReadBundle {
  const files = unpack(bytes);
  if (typeof files === 'string') return { ok: false, problems: [files] };
  if (!files[MANIFEST]) return { ok: false, problems: ['同期ファイルではありません（manifest.json がありません）。'] };
  const manifestJson = parseJson(files, MANIFEST);
  if (!manifestJson.ok) return { ok: false, problems: [manifestJson.problem] };
  // A later version may shape its manifest differently: say so before judging the shape.
  const claimed = manifestJson.value as { format?: unknown; schemaVersion?: unknown } | null;
  if (claimed?.format === BUNDLE_FORMAT && typeof claimed.schemaVersion === 'number' && claimed.schemaVersion > RECORD_SCHEMA_VERSION) {
    return {
      ok: false,
      problems: [
        `新しいバージョンのアプリで書き出されたファイルです（形式 ${claimed.schemaVersion}、このアプリは ${RECORD_SCHEMA_VERSION} まで）。アプリを更新してから読み込んでください。`,
      ],
    };
  }
  const manifest = v.safeParse(manifestSchema, manifestJson.value);
  if (!manifest.success) return { ok: false, problems: ['このアプリの同期ファイルではありません（manifest.json の形式が違います）。'] };
  const problems: string[] = [];
  for (const name of Object.keys(files)) {
    const table = /^records\/([A-Za-z]+)\.json$/.exec(name)?.[1];
    if (!KNOWN_ENTRY.test(name) || (table && table !== 'settings' && !isSyncedTable(table))) problems.push(`知らない内容「${name.slice(0, 80)}」が含まれています。`);
  }
  const records = [...SYNCED_TABLE_NAMES, 'settings' as const].flatMap((t: SyncedTable | 'settings') => readTable(files, t, problems));
  attachBytes(files, records, problems);
  if (problems.length > 0) {
    const shown = problems.slice(0, MAX_PROBLEMS);
    if (problems.length > MAX_PROBLEMS) shown.push(`ほか${problems.length - MAX_PROBLEMS}件の問題があります。`);
    return { ok: false, problems: shown };
  }
  return { ok: true, records, exportedAt: manifest.output.exportedAt };
}

export interface ImportReport {
  added: number;
  updated: number;
  /** already here, or this device's version won */
  skipped: number;
  renumbered: number;
  conflictCopies: number;
}

export type ImportResult = { ok: true; report: ImportReport; apply: ApplyReport } | { ok: false; problems: string[] };

/** Validates the whole file, then writes it in one transaction merged by the replication rules. */
export async function importBundle(
  bytes: Uint8Array,
  opts: { simulatedNow: number; random: () => number; alsoWrite?: (r: ApplyReport) => Promise<void> },
): Promise<ImportResult> {
  const read = readBundle(bytes);
  if (!read.ok) return read;
  const apply = await applyIncoming(read.records, opts);
  const count = (o: string) => apply.results.filter((r) => r.outcome === o).length;
  return {
    ok: true,
    apply,
    report: {
      added: count('added'),
      updated: count('updated'),
      skipped: count('kept'),
      renumbered: apply.renumbered.length,
      conflictCopies: apply.copies.length,
    },
  };
}
