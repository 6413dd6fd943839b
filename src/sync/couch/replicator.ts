// CouchDB replication with the protocol's own endpoints, after PouchDB's
// replicator: batches strictly one after another, each written before its
// checkpoint. Push: this device's changes → _revs_diff → _bulk_docs
// (new_edits: false). Pull: _changes (style=all_docs, sequences opaque) →
// _bulk_get of the leaves this device lacks → the merge rule → store → the
// merged result and tombstones for the losing leaves back to the server.
import { hashText } from '../../domain/records/canonical';
import { mergeRecords } from '../../domain/records/merge';
import type { SyncedRecord } from '../../domain/record';
import {
  applyIncoming,
  getSyncState,
  getSyncStates,
  parseDocKey,
  putSyncStates,
  LocalChangeReader,
  readRecords,
  setSyncState,
  type LocalCursor,
  type SyncRecord,
} from '../../store/sync';
import { SyncError, type SyncAdapter, type SyncCounts, type SyncProgress } from '../adapter';
import { Checkpointer } from './checkpoint';
import type { ChangeRow, CouchClient, CouchDoc } from './client';
import { childRevision, fromCouchDoc, parseRev, recordHash, toCouchDoc, tombstoneOf, winningLeaf } from './docs';

/** Records per batch: small enough that a tablet stays responsive between batches. */
export const DEFAULT_BATCH_SIZE = 100;

/**
 * The push checkpoint never passes this far behind this device's clock. Records
 * pulled from a device whose clock runs ahead carry later update times than
 * what is written here next, and a transaction may take its time stamp before
 * a scan and commit after it: so the last seconds are always looked at again
 * (cheaply: a record whose revision the server has is not sent).
 */
export const PUSH_HORIZON_MS = 10_000;

/** The cursor to store: `cursor`, held back to the horizon. */
export function heldBack(cursor: LocalCursor | null, horizon: number): LocalCursor | null {
  if (!cursor || cursor.updatedAt < horizon) return cursor;
  return { updatedAt: horizon, key: '' };
}

export interface ReplicatorOptions {
  client: CouchClient;
  /** this device's id (never synced) */
  deviceId: string;
  batchSize?: number;
  /** simulated time for rows and mails a merge writes */
  simulatedNow: () => number;
  random?: () => number;
  /** a record the server refused (forbidden) or one this app cannot read: skipped and reported */
  onSkipped?: (key: string, reason: string) => void;
}

const cryptoRandom = () => crypto.getRandomValues(new Uint32Array(1))[0] / 2 ** 32;

/** Which server and database a device's known revisions and floor belong to. */
export function targetKey(client: CouchClient): string {
  return hashText(client.dbUrl).slice(0, 16);
}

export function pushFloorKey(target: string): string {
  return `pushFloor|${target}`;
}

/**
 * Records written here with an old update time (a bundle's import) are sent on
 * the next push: the push starts again from `updatedAt` at the latest.
 */
export async function lowerPushFloor(target: string, updatedAt: number): Promise<void> {
  const current = await getSyncState<number>(pushFloorKey(target));
  if (current === undefined || updatedAt < current) await setSyncState(pushFloorKey(target), updatedAt);
}

interface Leaf {
  rev: string;
  deleted: boolean;
  record?: SyncRecord;
  /** the revisions this leaf descends from (`_revisions`), as `pos-hash` */
  ancestors?: Set<string>;
  /** written by a newer app or malformed: the document is left alone */
  unreadable?: boolean;
}

export class CouchReplicator implements SyncAdapter {
  readonly kind = 'couchdb' as const;
  private readonly batchSize: number;
  private readonly target: string;

  constructor(private readonly opts: ReplicatorOptions) {
    this.batchSize = opts.batchSize ?? DEFAULT_BATCH_SIZE;
    this.target = targetKey(opts.client);
  }

  private get client(): CouchClient {
    return this.opts.client;
  }

  /** The id of one direction's checkpoints: this device, this database, the direction (PouchDB keeps push and pull apart). */
  replicationId(direction: 'push' | 'pull'): string {
    return hashText(`${this.opts.deviceId}|${this.client.dbUrl}|${direction}`);
  }

  private knownKey(key: string): string {
    return `rev|${this.target}|${key}`;
  }

  private async knownRevs(keys: string[]): Promise<Map<string, string>> {
    const values = await getSyncStates<string>(keys.map((k) => this.knownKey(k)));
    return new Map(keys.flatMap((k, i) => (values[i] ? [[k, values[i]!] as const] : [])));
  }

  private knownRows(revs: Map<string, string>) {
    return [...revs].map(([key, rev]) => ({ key: this.knownKey(key), value: rev }));
  }

  /** The writes a server refused one by one: forbidden ones are skipped and reported, anything else aborts the batch. */
  private settle(errors: { id: string; error?: string; reason?: string }[]): Set<string> {
    const denied = new Set<string>();
    for (const e of errors) {
      if (e.error === 'forbidden' || e.error === 'unauthorized') {
        denied.add(e.id);
        this.opts.onSkipped?.(e.id, e.reason ?? e.error);
      } else {
        throw new SyncError('サーバーが記録の一部を受け付けませんでした。自動的に再試行します。', 'server', `${e.id}: ${e.error} ${e.reason ?? ''}`);
      }
    }
    return denied;
  }

  // -------------------------------------------------------------------------
  // Push

  async push(onProgress?: (p: SyncProgress) => void, signal?: AbortSignal): Promise<SyncCounts> {
    await this.client.ensureDatabase(signal);
    const checkpointer = new Checkpointer(this.client, this.replicationId('push'), crypto.randomUUID());
    let cursor = (await checkpointer.read(signal)) as LocalCursor | null;
    const floor = await getSyncState<number>(pushFloorKey(this.target));
    if (floor !== undefined && cursor && floor <= cursor.updatedAt) cursor = { updatedAt: floor, key: '' };
    let sent = 0;
    const horizon = Date.now() - PUSH_HORIZON_MS;
    const reader = new LocalChangeReader(cursor, this.batchSize);
    for (;;) {
      const batch = await reader.next(this.batchSize);
      if (batch.records.length === 0) break;
      sent += await this.pushBatch(batch.records, signal);
      await checkpointer.write(heldBack(batch.cursor, horizon), signal);
      cursor = batch.cursor;
      onProgress?.({ direction: 'push', done: sent });
      if (batch.done) break;
    }
    if (floor !== undefined) await setSyncState(pushFloorKey(this.target), undefined);
    return { sent, received: 0 };
  }

  private async pushBatch(records: SyncRecord[], signal?: AbortSignal): Promise<number> {
    const known = await this.knownRevs(records.map((r) => r.key));
    const planned = records.flatMap((r) => {
      const parent = known.get(r.key);
      const hash = recordHash(r);
      if (parent && parseRev(parent).hash === hash) return [];
      return [{ r, parent, rev: childRevision(r, parent, hash).rev }];
    });
    if (planned.length === 0) return 0;
    const diff = await this.client.revsDiff(Object.fromEntries(planned.map((p) => [p.r.key, [p.rev]])), signal);
    const missing = planned.filter((p) => diff[p.r.key]?.missing?.includes(p.rev));
    const docs = await Promise.all(missing.map((p) => toCouchDoc(p.r, p.parent, parseRev(p.rev).hash)));
    const denied = this.settle(await this.client.bulkDocs(docs, signal));
    const nowKnown = new Map(planned.filter((p) => !denied.has(p.r.key)).map((p) => [p.r.key, p.rev]));
    await putSyncStates(this.knownRows(nowKnown));
    return missing.length - denied.size;
  }

  // -------------------------------------------------------------------------
  // Pull

  async pull(onProgress?: (p: SyncProgress) => void, signal?: AbortSignal): Promise<SyncCounts> {
    await this.client.ensureDatabase(signal);
    const checkpointer = new Checkpointer(this.client, this.replicationId('pull'), crypto.randomUUID());
    let since = await checkpointer.read(signal);
    let received = 0;
    let sent = 0;
    for (;;) {
      const changes = await this.client.changes({ since: since ?? 0, limit: this.batchSize }, signal);
      if (changes.results.length === 0) {
        // nothing to do still moves the checkpoint (PouchDB does the same)
        if (changes.last_seq !== undefined && JSON.stringify(changes.last_seq) !== JSON.stringify(since)) await checkpointer.write(changes.last_seq, signal);
        break;
      }
      const counts = await this.pullBatch(changes.results, signal);
      received += counts.received;
      sent += counts.sent;
      since = changes.last_seq ?? changes.results.at(-1)!.seq;
      await checkpointer.write(since, signal);
      onProgress?.({ direction: 'pull', done: received });
      if (changes.results.length < this.batchSize) break;
    }
    return { sent, received };
  }

  /** Every leaf of the changed documents, fetched where this device does not know it. */
  private async leavesOf(rows: ChangeRow[], known: Map<string, string>, signal?: AbortSignal): Promise<Map<string, Leaf[]>> {
    const wanted = rows.flatMap((row) => row.changes.filter((c) => c.rev !== known.get(row.id)).map((c) => ({ id: row.id, rev: c.rev })));
    const fetched = await this.client.bulkGet(wanted, signal);
    const failed = fetched.find((f) => f.error || !f.doc);
    if (failed) throw new SyncError('サーバーから記録を取得できませんでした。自動的に再試行します。', 'server', `${failed.id} ${failed.rev}: ${failed.error}`);
    const out = new Map<string, Leaf[]>();
    for (const row of rows) {
      const leaves: Leaf[] = [];
      for (const c of row.changes) {
        if (c.rev === known.get(row.id)) {
          leaves.push({ rev: c.rev, deleted: row.changes.length === 1 && !!row.deleted });
          continue;
        }
        const doc = fetched.find((f) => f.id === row.id && f.rev === c.rev)?.doc as CouchDoc;
        const parsed = fromCouchDoc(doc);
        if (parsed.kind === 'invalid') {
          this.opts.onSkipped?.(row.id, parsed.reason);
          leaves.push({ rev: c.rev, deleted: false, unreadable: true });
        } else {
          const revisions = doc._revisions;
          const ancestors = revisions ? new Set(revisions.ids.map((id, i) => `${revisions.start - i}-${id}`)) : undefined;
          leaves.push({ rev: c.rev, deleted: parsed.kind === 'deleted', record: parsed.kind === 'record' ? parsed.record : undefined, ancestors });
        }
      }
      out.set(row.id, leaves);
    }
    return out;
  }

  private async pullBatch(allRows: ChangeRow[], signal?: AbortSignal): Promise<SyncCounts> {
    const candidates = allRows.filter((r) => parseDocKey(r.id));
    if (candidates.length === 0) return { sent: 0, received: 0 };
    const known = await this.knownRevs(candidates.map((r) => r.id));
    const leaves = await this.leavesOf(candidates, known, signal);
    const rows = candidates.filter((r) => !leaves.get(r.id)!.some((l) => l.unreadable));
    const local = await readRecords(rows.map((r) => r.id));

    const incoming: SyncRecord[] = [];
    const winners = new Map<string, string>();
    for (const row of rows) {
      const list = leaves.get(row.id)!;
      winners.set(row.id, winningLeaf(list).rev);
      const records = list.flatMap((l) => (l.record ? [l.record] : []));
      // this device still holds what it last synced, and the one live leaf descends from it: a fast-forward, no merge
      const knownRev = known.get(row.id);
      const mine = local.get(row.id);
      const live = list.filter((l) => !l.deleted);
      if (
        knownRev &&
        mine &&
        recordHash(mine) === parseRev(knownRev).hash &&
        live.length === 1 &&
        live[0].record &&
        live[0].ancestors?.has(knownRev)
      ) {
        incoming.push({ ...live[0].record, descendant: true });
        continue;
      }
      if (records.length > 0) {
        let merged = records[0];
        for (const next of records.slice(1)) {
          const result = mergeRecords(merged.table as never, merged.record as unknown as SyncedRecord, next.record as unknown as SyncedRecord);
          const blobOf = result.record === (next.record as unknown) ? next.blob : merged.blob;
          merged = { ...merged, record: result.record as unknown as Record<string, unknown>, ...(blobOf ? { blob: blobOf } : {}) };
          for (const copy of result.copies) incoming.push({ key: `drafts:${copy.id}`, table: 'drafts', record: copy as unknown as Record<string, unknown> });
        }
        incoming.push(merged);
      } else if (list.every((l) => l.deleted)) {
        // deleted on the server outside this app: a deletion never resurrects
        const mine = local.get(row.id);
        if (mine && mine.table !== 'settings' && !mine.record.deleted) {
          incoming.push({ ...mine, record: { ...mine.record, deleted: 1, rev: (mine.record.rev as number) + 1 } });
        }
      }
    }

    const report = await applyIncoming(incoming, {
      simulatedNow: this.opts.simulatedNow(),
      random: this.opts.random ?? cryptoRandom,
      alsoWrite: () => putSyncStates(this.knownRows(winners)),
    });

    // What the server must get back: the merged version where it is not the
    // winning leaf, tombstones for the other live leaves, and the new copies.
    const docs: CouchDoc[] = [];
    const nowKnown = new Map<string, string>();
    const stored = new Map(report.results.map((r) => [r.key, r.stored]));
    for (const row of rows) {
      const list = leaves.get(row.id)!;
      const winner = winningLeaf(list);
      const mine = stored.get(row.id) ?? local.get(row.id);
      if (mine && (winner.deleted || parseRev(winner.rev).hash !== recordHash(mine))) {
        const doc = await toCouchDoc(mine, winner.rev);
        docs.push(doc);
        nowKnown.set(row.id, doc._rev!);
      }
      for (const leaf of list) if (leaf !== winner && !leaf.deleted) docs.push(tombstoneOf(row.id, leaf.rev));
    }
    for (const extra of [...report.copies, ...report.renumbered]) {
      if (nowKnown.has(extra.key) || rows.some((r) => r.id === extra.key)) continue;
      const parent = (await this.knownRevs([extra.key])).get(extra.key);
      const doc = await toCouchDoc(extra, parent);
      docs.push(doc);
      nowKnown.set(extra.key, doc._rev!);
    }
    const denied = this.settle(await this.client.bulkDocs(docs, signal));
    for (const id of denied) nowKnown.delete(id);
    await putSyncStates(this.knownRows(nowKnown));
    const received = report.results.filter((r) => r.outcome !== 'kept').length;
    return { sent: docs.length - denied.size, received };
  }
}
