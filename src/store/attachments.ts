// Attached files (添付ファイル): the bytes live in `attachments`, owned by a draft
// while the wizard runs and by the application once it is filed.
import type { AttachmentRef } from '../domain/application';
import { db, type AttachmentBlob } from './db';
import { guarded } from './guarded';
import { alive, aliveRow, newId, touched } from './record';

export interface NewAttachment {
  name: string;
  type: string;
  size: number;
  blob: Blob;
}

export function attachmentRef(row: Pick<AttachmentBlob, 'id' | 'name' | 'size' | 'type'>): AttachmentRef {
  return { id: row.id, name: row.name, size: row.size, type: row.type };
}

/** The row to write for a new file owned by `ownerId` (a draft or an application id). */
export function newAttachmentRow(ownerId: string, file: NewAttachment): AttachmentBlob {
  return touched({ id: newId(), ownerId, name: file.name, type: file.type, size: file.size, blob: file.blob, rev: 0, updatedAt: 0 });
}

/** The row of a removed file: marked deleted (the deletion syncs), its bytes dropped. */
export function retiredAttachment(row: AttachmentBlob): AttachmentBlob {
  return touched({ ...row, deleted: 1, blob: new Blob([]), size: 0 }, row);
}

/** Stores a file for a draft (or any owner) and returns its reference. */
export async function addAttachment(ownerId: string, file: NewAttachment): Promise<AttachmentRef> {
  const row = newAttachmentRow(ownerId, file);
  await guarded(() => db.attachments.add(row));
  return attachmentRef(row);
}

/** Marks a file deleted (the deletion syncs; the bytes are dropped). */
export async function removeAttachment(id: string): Promise<void> {
  await guarded(() =>
    db.transaction('rw', db.attachments, async () => {
      const row = aliveRow(await db.attachments.get(id));
      if (row) await db.attachments.put(retiredAttachment(row));
    }),
  );
}

/** The files an owner holds, oldest first. */
export async function listAttachments(ownerId: string): Promise<AttachmentBlob[]> {
  const rows = alive(await db.attachments.where('ownerId').equals(ownerId).toArray());
  return rows.sort((a, b) => a.updatedAt - b.updatedAt);
}

/**
 * Moves files to an application (inside the caller's transaction). `fromOwners`
 * lists who may own them now (the draft, or the application itself for a 修正);
 * a file that is missing or someone else's is refused, so nothing is half-moved.
 */
export async function moveAttachments(ids: string[], fromOwners: string[] | undefined, toOwnerId: string): Promise<AttachmentRef[]> {
  const refs: AttachmentRef[] = [];
  for (const id of ids) {
    const row = await db.attachments.get(id);
    if (!row || row.deleted || (fromOwners !== undefined && !fromOwners.includes(row.ownerId))) {
      throw new Error(`添付ファイルが見つかりません（${id}）。もう一度添付してください。`);
    }
    if (row.ownerId !== toOwnerId) await db.attachments.put(touched({ ...row, ownerId: toOwnerId }, row));
    refs.push(attachmentRef(row));
  }
  return refs;
}
