// The one conflict rule, identical on every replica: given two versions of the
// same record, which one (or which combination) every device keeps. Pure and
// symmetric: merge(a, b) equals merge(b, a), so two devices that meet the same
// pair decide the same way without talking to each other (in the manner of
// PouchDB's winningRev). docs/sync.md explains each rule.
import type { Application, ProgressEntry } from '../application';
import type { Draft } from '../draft';
import type { Mail } from '../mail';
import type { SyncedRecord } from '../record';
import { compareProgress } from '../review';
import { canonicalJson, contentHash } from './canonical';
import type { SyncedTable } from './index';

export interface MergeResult<T> {
  /** what every replica keeps under the record's id */
  record: T;
  /** new records the merge makes: the 「競合したコピー」 of a draft that lost */
  copies: Draft[];
}

/** The same content, whatever the key order. */
export function sameRecord(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/**
 * Last writer wins, deterministically: a deletion beats a live version (nothing
 * resurrects), then the later update time, then the higher revision, then the
 * larger canonical text (an arbitrary but fixed tie-break).
 */
export function newerVersion<T extends SyncedRecord>(a: T, b: T): T {
  if (!!a.deleted !== !!b.deleted) return a.deleted ? a : b;
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  if (a.rev !== b.rev) return a.rev > b.rev ? a : b;
  return canonicalJson(a) >= canonicalJson(b) ? a : b;
}

/** The 作業項目 of the row added when an application gets a new 申込受付番号. */
export const RENUMBER_ITEM = '申込受付番号変更';

const isRenumberRow = (row: ProgressEntry) => row.item.startsWith(RENUMBER_ITEM);

/** Rows of `other` that `base` lacks (the renumbering rows), in time order with base's. */
function withRowsOf(base: ProgressEntry[], other: ProgressEntry[], pick: (row: ProgressEntry) => boolean): ProgressEntry[] {
  const seen = new Set(base.map((r) => canonicalJson(r)));
  const extra = other.filter((r) => pick(r) && !seen.has(canonicalJson(r)));
  if (extra.length === 0) return base;
  return [...base, ...extra].sort((x, y) => x.at - y.at || canonicalJson(x).localeCompare(canonicalJson(y)));
}

/** Which of two numbers of the same application stands: the renumbered one, then the smaller. */
function standingReceipt(a: Application, b: Application): Application {
  const ra = a.history.filter(isRenumberRow).length;
  const rb = b.history.filter(isRenumberRow).length;
  if (ra !== rb) return ra > rb ? a : b;
  return a.receiptNo <= b.receiptNo ? a : b;
}

const minDefined = (x?: number, y?: number) => (x === undefined ? y : y === undefined ? x : Math.min(x, y));

/**
 * Two versions of one application: the one further along wins (furtherStatus:
 * 取下げ and 無効 are final, a 修正 is newer than the 確認依頼 it answers), so the
 * center's answer beats a trainee's stale copy and a withdrawn application is
 * never resurrected. Level versions: the longer 進行状況, then the newer write.
 * The effect on the contract counts as applied if either says so.
 */
export function mergeApplications(a: Application, b: Application): Application {
  if (!!a.deleted !== !!b.deleted) return a.deleted ? a : b;
  const progress = compareProgress(a, b);
  const base = progress !== 0 ? (progress > 0 ? a : b) : a.history.length !== b.history.length ? (a.history.length > b.history.length ? a : b) : newerVersion(a, b);
  const other = base === a ? b : a;
  let merged: Application = base;
  const effectAppliedAt = minDefined(a.effectAppliedAt, b.effectAppliedAt);
  if (effectAppliedAt !== base.effectAppliedAt) merged = { ...merged, effectAppliedAt };
  if (a.receiptNo !== b.receiptNo) {
    const standing = standingReceipt(a, b);
    merged = { ...merged, receiptNo: standing.receiptNo, history: withRowsOf(merged.history, standing.history, isRenumberRow) };
  }
  if (merged === base) return base;
  return { ...merged, rev: Math.max(a.rev, b.rev) + 1, updatedAt: Math.max(a.updatedAt, b.updatedAt) };
}

/** The id of the 「競合したコピー」 of a draft version: the same on every replica. */
export function conflictCopyId(loser: Draft): string {
  return `${loser.conflictOf ? loser.id.split('~')[0] : loser.id}~${contentHash(loser).slice(0, 16)}`;
}

/**
 * Two versions of one draft: the last writer wins and the other, when both are
 * still open, is kept as a 「競合したコピー」 the user can open or discard. A
 * filed or discarded draft stays so.
 */
export function mergeDrafts(a: Draft, b: Draft): MergeResult<Draft> {
  const winner = newerVersion(a, b);
  const loser = winner === a ? b : a;
  if (winner.deleted || loser.deleted) return { record: winner, copies: [] };
  const copy: Draft = { ...loser, id: conflictCopyId(loser), conflictOf: winner.id };
  return { record: winner, copies: [copy] };
}

/** A mail read on any replica stays read. */
export function mergeMails(a: Mail, b: Mail): Mail {
  const winner = newerVersion(a, b);
  const read = a.read || b.read;
  if (winner.read === read) return winner;
  return { ...winner, read, rev: Math.max(a.rev, b.rev) + 1, updatedAt: Math.max(a.updatedAt, b.updatedAt) };
}

/** Two versions of the same record of `table`: what every replica keeps. */
export function mergeRecords(table: SyncedTable, a: SyncedRecord, b: SyncedRecord): MergeResult<SyncedRecord> {
  if (sameRecord(a, b)) return { record: a, copies: [] };
  switch (table) {
    case 'applications':
      return { record: mergeApplications(a as Application, b as Application), copies: [] };
    case 'drafts':
      return mergeDrafts(a as Draft, b as Draft);
    case 'mails':
      return { record: mergeMails(a as Mail, b as Mail), copies: [] };
    default:
      return { record: newerVersion(a, b), copies: [] };
  }
}

/** A shared setting: the later write wins, ties by content. */
export function mergeSettings<T extends { updatedAt: number }>(a: T, b: T): T {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  return canonicalJson(a) >= canonicalJson(b) ? a : b;
}

/**
 * Two applications with the same 申込受付番号 (issued by two devices before their
 * receipt slots were claimed): the later 申込日 is renumbered, ties the larger id,
 * so every replica renumbers the same one (docs/center.md).
 */
export function applicationToRenumber<T extends Pick<Application, 'id' | 'submittedAt'>>(a: T, b: T): T {
  if (a.submittedAt !== b.submittedAt) return a.submittedAt > b.submittedAt ? a : b;
  return a.id > b.id ? a : b;
}

/** The application under its new number, with a 進行状況 row dated `at` (simulated ms) saying so. */
export function renumbered(app: Application, receiptNo: string, at: number): Application {
  const row: ProgressEntry = {
    item: RENUMBER_ITEM,
    at,
    notice: `申込受付番号が重複したため、「${app.receiptNo}」を「${receiptNo}」に変更しました。`,
    status: app.status,
  };
  return { ...app, receiptNo, history: [...app.history, row] };
}
