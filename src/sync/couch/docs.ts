// Records as CouchDB documents: `_id` is `table:id`, the body carries the record
// and the schema version, an attachment's bytes travel as a CouchDB attachment.
// A revision is `<position>-<content hash>`, so two devices that hold the same
// content name it alike and a merge made on two devices is one revision.
import * as v from 'valibot';
import { contentHash, hashText } from '../../domain/records/canonical';
import { RECORD_SCHEMAS, RECORD_SCHEMA_VERSION, settingSchema } from '../../domain/records';
import { parseDocKey, type SyncRecord } from '../../store/sync';
import type { CouchDoc } from './client';

/** The attachment name under which a file's bytes travel. */
const FILE = 'file';

export interface RevParts {
  pos: number;
  hash: string;
}

export function parseRev(rev: string): RevParts {
  const at = rev.indexOf('-');
  return { pos: Number(rev.slice(0, at)), hash: rev.slice(at + 1) };
}

/** CouchDB's winner among leaves: not deleted first, then the longer path, then the larger revision id. */
export function winningLeaf<T extends { rev: string; deleted: boolean }>(leaves: T[]): T {
  return [...leaves].sort((a, b) => {
    if (a.deleted !== b.deleted) return a.deleted ? 1 : -1;
    const pa = parseRev(a.rev);
    const pb = parseRev(b.rev);
    if (pa.pos !== pb.pos) return pb.pos - pa.pos;
    return pa.hash < pb.hash ? 1 : pa.hash > pb.hash ? -1 : 0;
  })[0];
}

export function recordHash(r: SyncRecord): string {
  return contentHash(r.record);
}

/** The revision that puts `r` after `parent` (or starts a tree). */
export function childRevision(r: SyncRecord, parent?: string, hash = recordHash(r)): { rev: string; revisions: { start: number; ids: string[] } } {
  if (!parent) return { rev: `1-${hash}`, revisions: { start: 1, ids: [hash] } };
  const p = parseRev(parent);
  return { rev: `${p.pos + 1}-${hash}`, revisions: { start: p.pos + 1, ids: [hash, p.hash] } };
}

async function base64Of(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** The document of a record at a revision, its bytes inline. */
export async function toCouchDoc(r: SyncRecord, parent?: string, hash?: string): Promise<CouchDoc> {
  const { rev, revisions } = childRevision(r, parent, hash);
  const doc: CouchDoc = { _id: r.key, _rev: rev, _revisions: revisions, nss: RECORD_SCHEMA_VERSION, table: r.table, record: r.record };
  if (r.blob && r.blob.size > 0) doc._attachments = { [FILE]: { content_type: r.blob.type || 'application/octet-stream', data: await base64Of(r.blob) } };
  return doc;
}

/** A tombstone that closes a losing leaf; the same on every device that closes it. */
export function tombstoneOf(id: string, leafRev: string): CouchDoc {
  const p = parseRev(leafRev);
  const hash = hashText(`tombstone:${leafRev}`).slice(0, 32);
  return { _id: id, _rev: `${p.pos + 1}-${hash}`, _deleted: true, _revisions: { start: p.pos + 1, ids: [hash, p.hash] } };
}

export type FromCouch =
  | { kind: 'record'; record: SyncRecord }
  /** a CouchDB deletion (tombstone) made outside this app */
  | { kind: 'deleted' }
  | { kind: 'invalid'; reason: string };

/** A fetched document as a record, validated with the table's schema. */
export function fromCouchDoc(doc: CouchDoc): FromCouch {
  if (doc._deleted) return { kind: 'deleted' };
  const parsed = parseDocKey(doc._id);
  if (!parsed) return { kind: 'invalid', reason: `知らない文書「${doc._id.slice(0, 60)}」です。` };
  if (typeof doc.nss !== 'number' || doc.nss > RECORD_SCHEMA_VERSION) {
    return { kind: 'invalid', reason: `新しいバージョンのアプリが書いた記録「${doc._id.slice(0, 60)}」です。アプリを更新してください。` };
  }
  const schema = parsed.table === 'settings' ? settingSchema : RECORD_SCHEMAS[parsed.table];
  const result = v.safeParse(schema as v.GenericSchema, doc.record);
  if (!result.success || doc.table !== parsed.table) return { kind: 'invalid', reason: `記録「${doc._id.slice(0, 60)}」の形式が正しくありません。` };
  const record = result.output as Record<string, unknown>;
  const ownId = parsed.table === 'settings' ? record.key : record.id;
  if (ownId !== parsed.id) return { kind: 'invalid', reason: `記録「${doc._id.slice(0, 60)}」のIDが文書と違います。` };
  const file = doc._attachments?.[FILE];
  const blob = parsed.table === 'attachments' ? new Blob(file?.data ? [bytesOf(file.data)] : [], { type: file?.content_type ?? (record.type as string) }) : undefined;
  return { kind: 'record', record: { key: doc._id, table: parsed.table, record, ...(blob ? { blob } : {}) } };
}
