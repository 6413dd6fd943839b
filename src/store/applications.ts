// Filed applications: reads for the screens and the center, and the writes the
// center makes (only the center moves an application past 受付).
import Dexie from 'dexie';
import type { Application, ApplicationKind, ApplicationStatus, ReceiptLetter } from '../domain/application';
import { newCounterState, nextReceiptNo, parseReceiptNo, type ReceiptCounterState } from '../domain/receipt';
import type { Draft } from '../domain/draft';
import { db } from './db';
import { guarded } from './guarded';
import { attachmentRef, moveAttachments, newAttachmentRow, retiredAttachment, type NewAttachment } from './attachments';
import { alive, aliveRow, touched } from './record';

export async function getApplication(id: string): Promise<Application | undefined> {
  return aliveRow(await db.applications.get(id));
}

/** An application only as the office that filed it sees it: undefined for another office's. */
export async function getOfficeApplication(officeCode: string | undefined, id: string): Promise<Application | undefined> {
  const found = await getApplication(id);
  return found && found.officeCode === officeCode ? found : undefined;
}

/** The filters of 申込情報一覧 that an index serves. */
/** The application with this 申込受付番号, whichever office filed it (the center's checks of 共同利用(新規事業所)). */
export async function getApplicationByReceiptNo(receiptNo: string): Promise<Application | undefined> {
  return aliveRow(await db.applications.where('receiptNo').equals(receiptNo).first());
}

export interface ApplicationFilter {
  kind?: ApplicationKind;
  status?: ApplicationStatus;
}

/**
 * The office's applications under the filter as one index range, in the list's
 * order: 申込日, then 受付番号 (reverse it for newest first). Schema v2 has an
 * index for each combination of the filters.
 */
function officeRange(officeCode: string, filter: ApplicationFilter = {}) {
  const fields = ['officeCode', ...(filter.kind ? ['kind'] : []), ...(filter.status ? ['status'] : [])];
  const prefix = [officeCode, ...(filter.kind ? [filter.kind] : []), ...(filter.status ? [filter.status] : [])];
  return db.applications
    .where(`[${fields.join('+')}+submittedAt+receiptNo]`)
    .between(prefix, [...prefix, Dexie.maxKey], true, true);
}

/** The office's applications, newest 申込日 first; at most `limit` of them. */
export async function listOfficeApplications(officeCode: string, limit = Infinity): Promise<Application[]> {
  return officeRange(officeCode).reverse().filter((a) => !a.deleted).limit(limit).toArray();
}

/**
 * How many applications the office has under the filter, counted by the index.
 * (Applications are never marked deleted today; a marked one would be counted.)
 */
export function countOfficeApplications(officeCode: string, filter: ApplicationFilter): Promise<number> {
  return officeRange(officeCode, filter).count();
}

/** The office's applications in the given statuses (e.g. its open ones), each status read from its index. */
export async function listOfficeApplicationsIn(officeCode: string, statuses: readonly ApplicationStatus[]): Promise<Application[]> {
  const rows = await Promise.all(statuses.map((status) => officeRange(officeCode, { status }).toArray()));
  return alive(rows.flat());
}

/** One page of the office's applications under the filter, newest first: `limit` records read after skipping `offset` in the index. */
export async function pageOfficeApplications(
  officeCode: string,
  filter: ApplicationFilter,
  offset: number,
  limit: number,
): Promise<Application[]> {
  if (limit <= 0) return [];
  return alive(await officeRange(officeCode, filter).reverse().offset(offset).limit(limit).toArray());
}

export interface SearchResult {
  rows: Application[];
  total: number;
}

/**
 * 受付番号 search (normalized text), newest first. A whole number is one look-up in
 * the unique index; part of a number scans the index keys under the filter (the
 * 受付番号 is their last part, no record is read) and reads only the page shown.
 */
export async function searchOfficeApplications(
  officeCode: string,
  filter: ApplicationFilter,
  text: string,
  offset: number,
  limit: number,
): Promise<SearchResult> {
  if (parseReceiptNo(text)) {
    const app = aliveRow(await db.applications.where('receiptNo').equals(text).first());
    const hit =
      !!app &&
      app.officeCode === officeCode &&
      (!filter.kind || app.kind === filter.kind) &&
      (!filter.status || app.status === filter.status);
    return { rows: hit && offset === 0 && limit > 0 ? [app] : [], total: hit ? 1 : 0 };
  }
  const ids: string[] = [];
  await officeRange(officeCode, filter)
    .reverse()
    .eachKey((key, cursor) => {
      const parts = key as unknown[];
      if (String(parts[parts.length - 1]).includes(text)) ids.push(cursor.primaryKey as string);
    });
  const page = ids.slice(offset, offset + Math.max(0, limit));
  const rows = (await db.applications.bulkGet(page)).filter((a): a is Application => !!a && !a.deleted);
  return { rows, total: ids.length };
}

/** Every office's applications in the given statuses, oldest first (the trainer's queue). */
export async function listApplicationsByStatus(statuses: readonly ApplicationStatus[]): Promise<Application[]> {
  return oldestSubmissionFirst(alive(await db.applications.where('status').anyOf([...statuses]).toArray()));
}

/**
 * The applications the center must look at by `at`: those whose stored next-due
 * time (store/due.ts) has come, read from its index; oldest submission first.
 */
export async function listDueApplications(at: number): Promise<Application[]> {
  return oldestSubmissionFirst(alive(await db.applications.where('nextDueAt').belowOrEqual(at).toArray()));
}

function oldestSubmissionFirst(rows: Application[]): Application[] {
  return rows.sort((a, b) => a.lastSubmittedAt - b.lastSubmittedAt || a.receiptNo.localeCompare(b.receiptNo));
}

/**
 * The office's applications of one kind (e.g. its システム設定申込 for the 無効 rule),
 * optionally only those first submitted in [from, before) (simulated ms).
 */
export async function listOfficeApplicationsOfKind(
  officeCode: string,
  kind: ApplicationKind,
  submitted: { from: number; before: number } = { from: -Infinity, before: Infinity },
): Promise<Application[]> {
  const rows = await db.applications
    .where('[officeCode+kind+submittedAt+receiptNo]')
    .between([officeCode, kind, submitted.from, Dexie.minKey], [officeCode, kind, submitted.before, Dexie.minKey])
    .toArray();
  return alive(rows);
}

/** The office's drafts (shown as 作成中), newest first. */
export async function listOfficeDrafts(officeCode: string): Promise<Draft[]> {
  const rows = alive(await db.drafts.where('officeCode').equals(officeCode).toArray());
  return rows.sort((a, b) => b.updatedAt - a.updatedAt);
}

// ---------------------------------------------------------------------------
// Writes (called by center/ only)

/**
 * Runs `work` in one read-write transaction over every table, so that a step of
 * the center (status, history, notices, mails, the effect on the contract) is
 * written entirely or not at all. IndexedDB serialises overlapping read-write
 * transactions, also across tabs: two runs of the same step never interleave.
 */
export function inCenterTransaction<T>(work: () => Promise<T>): Promise<T> {
  const tables = db.tables.filter((t) => t.name !== 'syncState');
  return guarded(() => db.transaction('rw', tables, work));
}

/** Writes an application (inside a center transaction), with a new revision. */
export async function putApplication(app: Application, previous?: Application): Promise<Application> {
  const row = touched(app, previous);
  await db.applications.put(row);
  return row;
}

const RECEIPT_COUNTER_KEY = 'receiptCounter';

/**
 * Issues the next 申込受付番号 inside the caller's transaction: counts this
 * device's counter up (device table) and skips any number whose serial exists.
 */
export async function issueReceiptNo(yy: string, letter: ReceiptLetter, random: () => number): Promise<string> {
  const row = await db.device.get(RECEIPT_COUNTER_KEY);
  let state = (row?.value as ReceiptCounterState | undefined) ?? newCounterState(random);
  for (;;) {
    const issued = nextReceiptNo(state, yy, letter, random);
    state = issued.state;
    // keys only: a record too broken to read still holds its number
    const clash = await db.applications.where('receiptNo').anyOf(issued.sameSerial).primaryKeys();
    if (clash.length === 0) {
      await db.device.put({ key: RECEIPT_COUNTER_KEY, value: state });
      return issued.receiptNo;
    }
  }
}

export interface FileInput {
  /** the application without its number; status 受付 */
  application: Omit<Application, 'receiptNo'>;
  letter: ReceiptLetter;
  /** two-digit year of the simulated submission date */
  yy: string;
  attachments: NewAttachment[];
  draftAttachmentIds: string[];
  draftId?: string;
  /** the draft's revision the filing tab shows: filing refuses a draft saved since (another tab's edit) */
  draftRev?: number;
  random: () => number;
  /** more writes of the same transaction (the 受付完了 mails) */
  alsoWrite?: (app: Application) => Promise<void>;
}

/**
 * Files a new application in one transaction: the 申込受付番号, the application,
 * the draft's files moved to it, new files stored, the draft marked deleted.
 * Any failure leaves nothing written.
 */
export function fileApplication(input: FileInput): Promise<Application> {
  return inCenterTransaction(async () => {
    if (input.draftId) await consumeDraft(input.draftId, input.draftRev);
    const receiptNo = await issueReceiptNo(input.yy, input.letter, input.random);
    const appId = input.application.id;
    const moved = await moveAttachments(input.draftAttachmentIds, input.draftId ? [input.draftId] : [], appId);
    const added = input.attachments.map((f) => newAttachmentRow(appId, f));
    await db.attachments.bulkAdd(added);
    const app = touched({ ...input.application, receiptNo, attachments: [...moved, ...added.map(attachmentRef)] });
    await db.applications.add(app);
    await input.alsoWrite?.(app);
    return app;
  });
}

export interface AmendInput {
  /** builds the corrected application from the one read inside the transaction */
  amend: (current: Application, attachments: Application['attachments']) => Application;
  applicationId: string;
  attachments: NewAttachment[];
  draftAttachmentIds: string[];
  draftId?: string;
  /** as for filing: a draft saved since this revision is refused */
  draftRev?: number;
  /** more writes of the same transaction */
  alsoWrite?: (app: Application) => Promise<void>;
}

/**
 * A correction (修正) in one transaction: files kept from the application or
 * moved from the draft, new files stored, the files no longer listed marked
 * deleted, the application replaced, the draft marked deleted.
 */
export function amendApplication(input: AmendInput): Promise<Application> {
  return inCenterTransaction(async () => {
    if (input.draftId) await consumeDraft(input.draftId, input.draftRev);
    const current = await getApplication(input.applicationId);
    if (!current) throw new Error('修正する申込が見つかりません。');
    const owners = [current.id, ...(input.draftId ? [input.draftId] : [])];
    const kept = await moveAttachments(input.draftAttachmentIds, owners, current.id);
    const added = input.attachments.map((f) => newAttachmentRow(current.id, f));
    await db.attachments.bulkAdd(added);
    const keptIds = new Set(kept.map((r) => r.id));
    for (const old of current.attachments) {
      if (keptIds.has(old.id)) continue;
      const row = aliveRow(await db.attachments.get(old.id));
      if (row) await db.attachments.put(retiredAttachment(row));
    }
    const next = input.amend(current, [...kept, ...added.map(attachmentRef)]);
    const written = await putApplication(next, current);
    await input.alsoWrite?.(written);
    return written;
  });
}

/** Why a draft cannot be filed: filed or discarded already ('gone'), or saved by another tab since ('stale'). */
export class DraftNotCurrentError extends Error {
  constructor(readonly reason: 'gone' | 'stale') {
    super(reason === 'gone' ? 'the draft was filed or discarded' : 'the draft was saved by another tab');
    this.name = 'DraftNotCurrentError';
  }
}

/**
 * Filing consumes its draft inside the filing transaction: a draft already filed
 * or discarded, or saved since the revision the filing tab shows, is refused, so a
 * draft is filed exactly once and never with content older than its latest save.
 * The filed draft is marked deleted (the mark syncs), not erased.
 */
async function consumeDraft(draftId: string, rev: number | undefined): Promise<void> {
  const draft = await db.drafts.get(draftId);
  if (!draft || draft.deleted) throw new DraftNotCurrentError('gone');
  if (rev !== undefined && draft.rev !== rev) throw new DraftNotCurrentError('stale');
  await db.drafts.put(touched({ ...draft, deleted: 1 }, draft));
}
