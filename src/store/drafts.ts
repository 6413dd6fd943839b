// Drafts: a wizard in progress, saved on every change. Every write names the
// revision it was based on; a write based on a stale revision is refused, so two
// tabs on one draft never silently overwrite each other (optimistic concurrency).
// Draft attachments are written in the same transaction as the draft.
import { liveQuery } from 'dexie';
import type { ApplicationKind, AttachmentRef } from '../domain/application';
import type { Draft } from '../domain/draft';
import { attachmentRef, newAttachmentRow, retiredAttachment, type NewAttachment } from './attachments';
import { db } from './db';
import { guarded } from './guarded';
import { alive, aliveRow, newId, touched } from './record';

export interface NewDraft {
  officeCode: string;
  kind: ApplicationKind;
  amends?: string;
  state: unknown;
  /** files the draft starts with (a 修正 starts with the filed application's) */
  attachments?: AttachmentRef[];
  /** the training clock's time of creation (Draft.savedAt) */
  savedAt?: number;
}

/** A file the user adds to a draft. */
export type FileInput = NewAttachment;

export type SaveResult =
  | { ok: true; draft: Draft }
  /** someone else saved since `baseRev`: here is what they saved */
  | { ok: false; reason: 'stale'; current: Draft }
  /** the draft was filed or discarded elsewhere */
  | { ok: false; reason: 'gone' };

export interface DraftStore {
  get(id: string): Promise<Draft | undefined>;
  /** the office's open drafts of a kind, newest first */
  listOpen(officeCode: string, kind: ApplicationKind): Promise<Draft[]>;
  create(input: NewDraft): Promise<Draft>;
  // each write takes the training clock's time, which the draft keeps as `savedAt`
  // (without it, the draft keeps the one it has)
  save(id: string, baseRev: number, state: unknown, savedAt?: number): Promise<SaveResult>;
  addAttachments(id: string, baseRev: number, files: FileInput[], savedAt?: number): Promise<SaveResult>;
  removeAttachment(id: string, baseRev: number, attachmentId: string, savedAt?: number): Promise<SaveResult>;
  readAttachment(attachmentId: string): Promise<Blob | undefined>;
  /** 新しく始める: the draft and its files are gone */
  discard(id: string): Promise<void>;
  /** called with the stored draft whenever it changes, in this tab or another */
  watch(id: string, listener: (draft: Draft | undefined) => void): () => void;
}

const isOpen = (d: Draft | undefined): d is Draft => !!d && !d.deleted;
const newestFirst = (a: Draft, b: Draft) => b.updatedAt - a.updatedAt;

function freshDraft(input: NewDraft, now: number): Draft {
  return {
    id: newId(),
    officeCode: input.officeCode,
    kind: input.kind,
    ...(input.amends ? { amends: input.amends } : {}),
    createdAt: now,
    ...(input.savedAt !== undefined ? { savedAt: input.savedAt } : {}),
    state: input.state,
    attachments: [...(input.attachments ?? [])],
    updatedAt: now,
    rev: 1,
  };
}

/** The draft with the training clock's time of this write, when the caller gave one. */
const withSavedAt = (d: Draft, at: number | undefined): Draft => (at === undefined ? d : { ...d, savedAt: at });

/** The memory store's reference for a new file (it keeps the bytes in `blobs`). */
function refOf(file: FileInput): AttachmentRef {
  return { id: newId(), name: file.name, size: file.size, type: file.type };
}

/** The Dexie implementation the app uses. */
export const dexieDraftStore: DraftStore = {
  async get(id) {
    const d = await db.drafts.get(id);
    return isOpen(d) ? d : undefined;
  },

  async listOpen(officeCode, kind) {
    const rows = await db.drafts.where('[officeCode+kind]').equals([officeCode, kind]).toArray();
    return rows.filter(isOpen).sort(newestFirst);
  },

  async create(input) {
    const draft = freshDraft(input, Date.now());
    await guarded(() => db.drafts.add(draft));
    return draft;
  },

  save(id, baseRev, state, at) {
    return writeDraft(id, baseRev, at, async (d) => ({ ...d, state }));
  },

  addAttachments(id, baseRev, files, at) {
    return writeDraft(id, baseRev, at, async (d) => {
      const rows = files.map((f) => newAttachmentRow(id, f));
      await db.attachments.bulkAdd(rows);
      return { ...d, attachments: [...d.attachments, ...rows.map(attachmentRef)] };
    });
  },

  removeAttachment(id, baseRev, attachmentId, at) {
    return writeDraft(id, baseRev, at, async (d) => {
      // a file carried over from the filed application (修正) stays its own until re-submitted
      const row = aliveRow(await db.attachments.get(attachmentId));
      if (row?.ownerId === id) await db.attachments.put(retiredAttachment(row));
      return { ...d, attachments: d.attachments.filter((a) => a.id !== attachmentId) };
    });
  },

  async readAttachment(attachmentId) {
    return aliveRow(await db.attachments.get(attachmentId))?.blob;
  },

  async discard(id) {
    await guarded(() =>
      db.transaction('rw', db.drafts, db.attachments, async () => {
        const d = await db.drafts.get(id);
        if (!d) return;
        const files = alive(await db.attachments.where('ownerId').equals(id).toArray());
        await db.attachments.bulkPut(files.map(retiredAttachment));
        await db.drafts.put(touched({ ...d, state: null, attachments: [], deleted: 1 }, d));
      }),
    );
  },

  watch(id, listener) {
    const sub = liveQuery(() => db.drafts.get(id)).subscribe({
      next: (d) => listener(isOpen(d) ? d : undefined),
      error: () => undefined,
    });
    return () => sub.unsubscribe();
  },
};

/** Read, compare the revision, write — all in one transaction with the attachments. */
function writeDraft(id: string, baseRev: number, at: number | undefined, change: (d: Draft) => Promise<Draft>): Promise<SaveResult> {
  return guarded(() =>
    db.transaction('rw', db.drafts, db.attachments, async (): Promise<SaveResult> => {
      const current = await db.drafts.get(id);
      if (!isOpen(current)) return { ok: false, reason: 'gone' };
      if (current.rev !== baseRev) return { ok: false, reason: 'stale', current };
      const next = touched(withSavedAt(await change(current), at), current);
      await db.drafts.put(next);
      return { ok: true, draft: next };
    }),
  );
}

/** An in-memory DraftStore for tests: the same rules, no IndexedDB. */
export function createMemoryDraftStore(): DraftStore & { blobs: Map<string, Blob> } {
  const drafts = new Map<string, Draft>();
  const blobs = new Map<string, Blob>();
  const listeners = new Map<string, Set<(d: Draft | undefined) => void>>();
  let clock = 0;
  const notify = (id: string) => listeners.get(id)?.forEach((l) => l(structuredClone(drafts.get(id))));
  const write = async (id: string, baseRev: number, at: number | undefined, change: (d: Draft) => Draft): Promise<SaveResult> => {
    const current = drafts.get(id);
    if (!current) return { ok: false, reason: 'gone' };
    if (current.rev !== baseRev) return { ok: false, reason: 'stale', current: structuredClone(current) };
    const next = { ...withSavedAt(change(current), at), rev: current.rev + 1, updatedAt: ++clock };
    drafts.set(id, next);
    queueMicrotask(() => notify(id));
    return { ok: true, draft: structuredClone(next) };
  };
  return {
    blobs,
    async get(id) {
      return structuredClone(drafts.get(id));
    },
    async listOpen(officeCode, kind) {
      return [...drafts.values()].filter((d) => d.officeCode === officeCode && d.kind === kind).sort(newestFirst);
    },
    async create(input) {
      const d = { ...freshDraft(input, ++clock), state: structuredClone(input.state) };
      drafts.set(d.id, d);
      return structuredClone(d);
    },
    save(id, baseRev, state, at) {
      return write(id, baseRev, at, (d) => ({ ...d, state: structuredClone(state) }));
    },
    addAttachments(id, baseRev, files, at) {
      const refs = files.map(refOf);
      return write(id, baseRev, at, (d) => {
        refs.forEach((r, i) => blobs.set(r.id, files[i].blob));
        return { ...d, attachments: [...d.attachments, ...refs] };
      });
    },
    removeAttachment(id, baseRev, attachmentId, at) {
      return write(id, baseRev, at, (d) => {
        blobs.delete(attachmentId);
        return { ...d, attachments: d.attachments.filter((a) => a.id !== attachmentId) };
      });
    },
    async readAttachment(attachmentId) {
      return blobs.get(attachmentId);
    },
    async discard(id) {
      drafts.get(id)?.attachments.forEach((a) => blobs.delete(a.id));
      drafts.delete(id);
      queueMicrotask(() => notify(id));
    },
    watch(id, listener) {
      const set = listeners.get(id) ?? new Set();
      set.add(listener);
      listeners.set(id, set);
      return () => set.delete(listener);
    },
  };
}
