// The store side of sync: what changed here since a cursor, and writing what
// came from elsewhere (a replica or a bundle) through the one merge rule, in one
// transaction. Adapters in sync/ know records only through this module.
import type { Table } from 'dexie';
import type { Application } from '../domain/application';
import type { Draft } from '../domain/draft';
import type { Mail } from '../domain/mail';
import type { SyncedRecord } from '../domain/record';
import { parseReceiptNo } from '../domain/receipt';
import { isSyncedTable, SYNCED_TABLE_NAMES, type SyncedTable } from '../domain/records';
import { applicationToRenumber, mergeRecords, mergeSettings, renumbered, sameRecord } from '../domain/records/merge';
import { MAIL_FAMILY } from '../domain/texts/kinds';
import { composeMail } from '../domain/texts/mails';
import { isoDateOf } from '../domain/time';
import { issueReceiptNo } from './applications';
import { db, type SettingRow } from './db';
import { guarded } from './guarded';
import { newId, touched } from './record';

/** Tables that sync: the records' tables and the shared settings. */
export type SyncTable = SyncedTable | 'settings';

/** One record as it travels: `table:id` (settings: `settings:key`), the record without bytes, and an attachment's bytes. */
export interface SyncRecord {
  key: string;
  table: SyncTable;
  record: Record<string, unknown>;
  blob?: Blob;
  /**
   * A later version of the very version this device holds (the revision history
   * says so): it replaces it without a merge, so the versions a draft went through
   * on another device never come back as 「競合したコピー」.
   */
  descendant?: boolean;
}

export function docKey(table: SyncTable, id: string): string {
  return `${table}:${id}`;
}

export function parseDocKey(key: string): { table: SyncTable; id: string } | null {
  const at = key.indexOf(':');
  if (at < 1) return null;
  const table = key.slice(0, at);
  const id = key.slice(at + 1);
  if (!id || (table !== 'settings' && !isSyncedTable(table))) return null;
  return { table: table as SyncTable, id };
}

/** Settings that travel: the training clock, the review rules, demo mode, the login lock rules. */
export const SHARED_SETTING_KEYS = ['clock', 'review', 'demo', 'login'] as const;

function toSyncRecord(table: SyncTable, row: Record<string, unknown>): SyncRecord {
  if (table === 'settings') return { key: docKey('settings', row.key as string), table, record: row };
  if (table === 'attachments') {
    const { blob, ...meta } = row;
    return { key: docKey(table, row.id as string), table, record: meta, blob: blob as Blob };
  }
  return { key: docKey(table, row.id as string), table, record: row };
}

const syncedTable = (t: SyncedTable) => db.table(t) as Table<Record<string, unknown>, string>;

// ---------------------------------------------------------------------------
// Local changes

/** A place in this device's change order: records by update time, then key. */
export interface LocalCursor {
  updatedAt: number;
  key: string;
}

const isAfter = (c: LocalCursor | null, updatedAt: number, key: string) =>
  !c || updatedAt > c.updatedAt || (updatedAt === c.updatedAt && key > c.key);

const byPosition = (a: SyncRecord, b: SyncRecord) =>
  (a.record.updatedAt as number) - (b.record.updatedAt as number) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** Up to `limit` records written after `after`, in change order, and the cursor after the last. */
export async function readLocalChanges(
  after: LocalCursor | null,
  limit: number,
): Promise<{ records: SyncRecord[]; cursor: LocalCursor | null; done: boolean }> {
  const from = after?.updatedAt ?? -Infinity;
  const found: SyncRecord[] = [];
  await db.transaction('r', [...SYNCED_TABLE_NAMES.map(syncedTable), db.settings], async () => {
    for (const t of SYNCED_TABLE_NAMES) {
      const rows = await syncedTable(t)
        .where('updatedAt')
        .aboveOrEqual(from)
        .filter((r) => isAfter(after, r.updatedAt as number, docKey(t, r.id as string)))
        // one more than asked, so that `done` knows whether more follow
        .limit(limit + 1)
        .toArray();
      found.push(...rows.map((r) => toSyncRecord(t, r)));
    }
    const settings = await db.settings.toArray();
    for (const s of settings) {
      if ((SHARED_SETTING_KEYS as readonly string[]).includes(s.key) && isAfter(after, s.updatedAt, docKey('settings', s.key))) {
        found.push(toSyncRecord('settings', s as unknown as Record<string, unknown>));
      }
    }
  });
  found.sort(byPosition);
  const records = found.slice(0, limit);
  const last = records.at(-1);
  return {
    records,
    cursor: last ? { updatedAt: last.record.updatedAt as number, key: last.key } : after,
    done: found.length <= limit,
  };
}

/**
 * This device's changes after a cursor, batch after batch, for one push run:
 * each table is read a page at a time and the pages are merged in change order,
 * so a record is read once however many batches the run takes (readLocalChanges
 * reads every table again for each batch). Records written after a table's last
 * page was read are left to the next run.
 */
export class LocalChangeReader {
  private readonly pages = new Map<SyncTable, { rows: SyncRecord[]; more: boolean }>();

  constructor(
    private cursor: LocalCursor | null,
    private readonly pageSize: number,
  ) {}

  private async fill(table: SyncTable, after: LocalCursor | null): Promise<void> {
    let rows: SyncRecord[];
    let more = false;
    if (table === 'settings') {
      const all = await db.settings.toArray();
      rows = all
        .filter((s) => (SHARED_SETTING_KEYS as readonly string[]).includes(s.key))
        .map((s) => toSyncRecord('settings', s as unknown as Record<string, unknown>))
        .filter((r) => isAfter(after, r.record.updatedAt as number, r.key))
        .sort(byPosition);
    } else {
      const found = await syncedTable(table)
        .where('updatedAt')
        .aboveOrEqual(after?.updatedAt ?? -Infinity)
        .filter((r) => isAfter(after, r.updatedAt as number, docKey(table, r.id as string)))
        .limit(this.pageSize + 1)
        .toArray();
      more = found.length > this.pageSize;
      rows = found.slice(0, this.pageSize).map((r) => toSyncRecord(table, r));
    }
    this.pages.set(table, { rows, more });
  }

  /** The next `limit` records in change order, the cursor after them, and whether none remain. */
  async next(limit: number): Promise<{ records: SyncRecord[]; cursor: LocalCursor | null; done: boolean }> {
    const tables: SyncTable[] = [...SYNCED_TABLE_NAMES, 'settings'];
    for (const t of tables) if (!this.pages.has(t)) await this.fill(t, this.cursor);
    const records: SyncRecord[] = [];
    while (records.length < limit) {
      let head: SyncTable | undefined;
      for (const t of tables) {
        const page = this.pages.get(t)!;
        if (page.rows.length === 0) continue;
        if (!head || byPosition(page.rows[0], this.pages.get(head)!.rows[0]) < 0) head = t;
      }
      if (!head) break;
      const page = this.pages.get(head)!;
      const record = page.rows.shift()!;
      records.push(record);
      // a table must show its next page before anything later than its last row is taken
      if (page.rows.length === 0 && page.more) await this.fill(head, { updatedAt: record.record.updatedAt as number, key: record.key });
    }
    const last = records.at(-1);
    if (last) this.cursor = { updatedAt: last.record.updatedAt as number, key: last.key };
    const done = tables.every((t) => this.pages.get(t)!.rows.length === 0 && !this.pages.get(t)!.more);
    return { records, cursor: this.cursor, done };
  }
}

/** Every synced record of this device (for a bundle or a first push), with attachments' bytes. */
export async function readAllRecords(tables: readonly SyncTable[] = [...SYNCED_TABLE_NAMES, 'settings']): Promise<SyncRecord[]> {
  const out: SyncRecord[] = [];
  await db.transaction('r', [...SYNCED_TABLE_NAMES.map(syncedTable), db.settings], async () => {
    for (const t of tables) {
      if (t === 'settings') {
        const rows = await db.settings.toArray();
        out.push(
          ...rows
            .filter((s) => (SHARED_SETTING_KEYS as readonly string[]).includes(s.key))
            .map((s) => toSyncRecord('settings', s as unknown as Record<string, unknown>)),
        );
      } else {
        out.push(...(await syncedTable(t).toArray()).map((r) => toSyncRecord(t, r)));
      }
    }
  });
  return out;
}

/** The stored version of each key (missing keys are left out), read table by table. */
export async function readRecords(keys: string[]): Promise<Map<string, SyncRecord>> {
  const out = new Map<string, SyncRecord>();
  const byTable = new Map<SyncTable, string[]>();
  for (const key of keys) {
    const parsed = parseDocKey(key);
    if (parsed) byTable.set(parsed.table, [...(byTable.get(parsed.table) ?? []), parsed.id]);
  }
  for (const [table, ids] of byTable) {
    const rows = table === 'settings' ? await db.settings.bulkGet(ids) : await syncedTable(table).bulkGet(ids);
    rows.forEach((row, i) => row && out.set(docKey(table, ids[i]), toSyncRecord(table, row as unknown as Record<string, unknown>)));
  }
  return out;
}

// ---------------------------------------------------------------------------
// Writing what came from elsewhere

export type IncomingOutcome = 'added' | 'updated' | 'kept';

export interface IncomingResult {
  key: string;
  outcome: IncomingOutcome;
  /** what this device holds for the key now */
  stored: SyncRecord;
}

export interface ApplyReport {
  results: IncomingResult[];
  /** 「競合したコピー」 of drafts made by the merge */
  copies: SyncRecord[];
  /** applications given a new 申込受付番号 (here or incoming), as stored */
  renumbered: SyncRecord[];
}

export interface ApplyOptions {
  /** simulated time for 進行状況 rows and mails the merge writes */
  simulatedNow: number;
  /** receipt-slot draws when a clash needs a new number */
  random: () => number;
  /** more writes in the same transaction (the adapter's known revisions) */
  alsoWrite?: (report: ApplyReport) => Promise<void>;
}

function withoutBytes(stored: SyncRecord['record']): SyncRecord['record'] {
  const { blob: _blob, ...meta } = stored;
  return meta;
}

async function writeRow(table: SyncTable, record: Record<string, unknown>, blob?: Blob): Promise<void> {
  if (table === 'settings') {
    await db.settings.put(record as unknown as SettingRow);
  } else if (table === 'attachments') {
    await syncedTable(table).put({ ...record, blob: blob ?? new Blob([]) });
  } else {
    await syncedTable(table).put(record);
  }
}

/** Mails to the 申込担当者 and the 管理責任者 that the application has a new number. */
async function renumberMails(app: Application, previous: string, at: number): Promise<Mail[]> {
  const office = await db.offices.get(app.officeCode);
  // the receipt letter stands for the family (domain/texts/kinds)
  const family = MAIL_FAMILY[parseReceiptNo(app.receiptNo)?.letter ?? 'A'];
  const recipients: { role: Mail['role']; to: string; name: string; department: string }[] = [
    { role: '申込担当者', to: app.contact.email, name: `${app.contact.lastName} ${app.contact.firstName}`, department: app.contact.department },
    ...(office ? [{ role: '管理責任者' as const, to: office.admin.email, name: office.admin.name, department: office.admin.department }] : []),
  ];
  return recipients.map((r) => {
    const text = composeMail({
      event: 'renumbered',
      family,
      receiptNo: app.receiptNo,
      previousReceiptNo: previous,
      submittedOn: isoDateOf(app.submittedAt),
      to: { companyName: office?.companyName ?? '', officeName: office?.officeName ?? '', department: r.department, name: r.name },
    });
    return touched({
      id: newId(),
      updatedAt: 0,
      rev: 0,
      to: r.to,
      role: r.role,
      officeCode: app.officeCode,
      at,
      subject: text.subject,
      body: text.body,
      applicationId: app.id,
      receiptNo: app.receiptNo,
      read: false,
    });
  });
}

/** What a batch needs from this device, read once before the batch is merged in. */
interface Prefetched {
  /** `table:id` → this device's row (attachments with their bytes) */
  rows: Map<string, Record<string, unknown>>;
  /** 申込受付番号 → the applications here that hold it */
  holders: Map<string, Application[]>;
}

async function prefetch(items: SyncRecord[]): Promise<Prefetched> {
  const rows = new Map<string, Record<string, unknown>>();
  const byTable = new Map<SyncTable, string[]>();
  for (const item of items) byTable.set(item.table, [...(byTable.get(item.table) ?? []), parseDocKey(item.key)?.id ?? '']);
  for (const [table, ids] of byTable) {
    const found = table === 'settings' ? await db.settings.bulkGet(ids) : await syncedTable(table).bulkGet(ids);
    found.forEach((row, i) => row && rows.set(docKey(table, ids[i]), row as unknown as Record<string, unknown>));
  }
  const receiptNos = [...new Set(items.filter((i) => i.table === 'applications').map((i) => i.record.receiptNo as string))];
  const holders = new Map<string, Application[]>();
  if (receiptNos.length > 0) {
    for (const app of await db.applications.where('receiptNo').anyOf(receiptNos).toArray()) {
      holders.set(app.receiptNo, [...(holders.get(app.receiptNo) ?? []), app]);
    }
  }
  return { rows, holders };
}

/** Keeps the prefetched holders right after an application is written. */
function holdApplication(pre: Prefetched, app: Application, previousReceiptNo?: string): void {
  if (previousReceiptNo !== undefined) {
    pre.holders.set(previousReceiptNo, (pre.holders.get(previousReceiptNo) ?? []).filter((a) => a.id !== app.id));
  }
  pre.holders.set(app.receiptNo, [...(pre.holders.get(app.receiptNo) ?? []).filter((a) => a.id !== app.id), app]);
  pre.rows.set(docKey('applications', app.id), app as unknown as Record<string, unknown>);
}

/**
 * Before `incoming` is stored: when another application holds its 申込受付番号,
 * the later one gets the next number of this device's slot (docs/center.md).
 * Returns the application to store for `incoming`.
 */
async function settleReceiptClash(incoming: Application, opts: ApplyOptions, report: ApplyReport, pre: Prefetched): Promise<Application> {
  const other = (pre.holders.get(incoming.receiptNo) ?? []).find((h) => h.id !== incoming.id && !h.deleted);
  if (!other) return incoming;
  const loser = applicationToRenumber(incoming, other);
  const parts = parseReceiptNo(loser.receiptNo);
  const receiptNo = await issueReceiptNo(parts?.yy ?? '00', parts?.letter ?? 'A', opts.random);
  const moved = touched(renumbered(loser, receiptNo, opts.simulatedNow), loser);
  await db.mails.bulkPut(await renumberMails(moved, loser.receiptNo, opts.simulatedNow));
  report.renumbered.push(toSyncRecord('applications', moved as unknown as Record<string, unknown>));
  if (loser === incoming) return moved;
  await db.applications.put(moved);
  holdApplication(pre, moved, other.receiptNo);
  return incoming;
}

async function applyOne(item: SyncRecord, opts: ApplyOptions, report: ApplyReport, pre: Prefetched): Promise<void> {
  const { table } = item;
  const local = pre.rows.get(item.key);
  if (table === 'settings') {
    const keep = local ? mergeSettings(local as { updatedAt: number }, item.record as { updatedAt: number }) : item.record;
    const changed = !local || !sameRecord(keep, local);
    if (changed) {
      await writeRow(table, keep as Record<string, unknown>);
      pre.rows.set(item.key, keep as Record<string, unknown>);
    }
    report.results.push({ key: item.key, outcome: !local ? 'added' : changed ? 'updated' : 'kept', stored: toSyncRecord(table, keep as Record<string, unknown>) });
    return;
  }
  const localMeta = local && withoutBytes(local);
  const keep =
    localMeta && !item.descendant
      ? mergeRecords(table, localMeta as unknown as SyncedRecord, item.record as unknown as SyncedRecord)
      : { record: item.record as unknown as SyncedRecord, copies: [] as Draft[] };
  let record = keep.record as unknown as Record<string, unknown>;
  if (table === 'applications' && (!localMeta || localMeta.receiptNo !== record.receiptNo)) {
    record = (await settleReceiptClash(record as unknown as Application, opts, report, pre)) as unknown as Record<string, unknown>;
  }
  const changed = !localMeta || !sameRecord(record, localMeta);
  const blob = record === item.record ? item.blob : (local?.blob as Blob | undefined) ?? item.blob;
  if (changed) {
    await writeRow(table, record, blob);
    if (table === 'applications') holdApplication(pre, record as unknown as Application, localMeta?.receiptNo as string | undefined);
    else pre.rows.set(item.key, table === 'attachments' ? { ...record, blob } : record);
  }
  for (const copy of keep.copies) {
    if (pre.rows.has(docKey('drafts', copy.id)) || (await db.drafts.get(copy.id))) continue;
    await db.drafts.put(copy);
    pre.rows.set(docKey('drafts', copy.id), copy as unknown as Record<string, unknown>);
    report.copies.push(toSyncRecord('drafts', copy as unknown as Record<string, unknown>));
  }
  report.results.push({
    key: item.key,
    outcome: !localMeta ? 'added' : changed ? 'updated' : 'kept',
    stored: { key: item.key, table, record, ...(table === 'attachments' ? { blob } : {}) },
  });
}

/**
 * Stores records that came from elsewhere, each merged with this device's
 * version by the one rule, all in one transaction: any failure writes nothing.
 * The caller has validated them (domain/records schemas).
 */
export function applyIncoming(items: SyncRecord[], opts: ApplyOptions): Promise<ApplyReport> {
  return guarded(() =>
    db.transaction('rw', db.tables, async () => {
      const report: ApplyReport = { results: [], copies: [], renumbered: [] };
      const pre = await prefetch(items);
      for (const item of items) await applyOne(item, opts, report, pre);
      await opts.alsoWrite?.(report);
      return report;
    }),
  );
}

// ---------------------------------------------------------------------------
// Sync state rows (never leave the device)

export async function getSyncState<T>(key: string): Promise<T | undefined> {
  return (await db.syncState.get(key))?.value as T | undefined;
}

export async function setSyncState(key: string, value: unknown): Promise<void> {
  await guarded(() => db.syncState.put({ adapterId: key, value }));
}

/** Values of many sync-state rows (undefined where missing). */
export async function getSyncStates<T>(keys: string[]): Promise<(T | undefined)[]> {
  const rows = await db.syncState.bulkGet(keys);
  return rows.map((r) => r?.value as T | undefined);
}

/** Writes many sync-state rows (inside the caller's transaction when there is one). */
export async function putSyncStates(rows: { key: string; value: unknown }[]): Promise<void> {
  await db.syncState.bulkPut(rows.map((r) => ({ adapterId: r.key, value: r.value })));
}
