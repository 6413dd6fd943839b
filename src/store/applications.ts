// Filed applications: reads for the screens and the center, and the writes the
// center makes (only the center moves an application past 受付).
import type { Application, ApplicationStatus, ReceiptLetter } from '../domain/application';
import { newCounterState, nextReceiptNo, type ReceiptCounterState } from '../domain/receipt';
import type { Draft } from '../domain/draft';
import { db } from './db';
import { guarded } from './errors';
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

/** The office's applications, newest 申込日 first. */
export async function listOfficeApplications(officeCode: string): Promise<Application[]> {
  const rows = alive(await db.applications.where('officeCode').equals(officeCode).toArray());
  return rows.sort((a, b) => b.submittedAt - a.submittedAt || b.receiptNo.localeCompare(a.receiptNo));
}

/** Every office's applications in the given statuses, oldest first (the trainer's queue, the engine). */
export async function listApplicationsByStatus(statuses: readonly ApplicationStatus[]): Promise<Application[]> {
  const rows = alive(await db.applications.where('status').anyOf([...statuses]).toArray());
  return rows.sort((a, b) => a.lastSubmittedAt - b.lastSubmittedAt || a.receiptNo.localeCompare(b.receiptNo));
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
    const clash = await db.applications.where('receiptNo').anyOf(issued.sameSerial).count();
    if (clash === 0) {
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
