import type { ApplicationKind, AttachmentRef } from './application';
import type { SyncedRecord } from './record';

/** A wizard in progress: saved on every change so that nothing typed is lost. */
export interface Draft extends SyncedRecord {
  /**
   * The owner (the name is the stored field's): the 事業所コード of the office, or the
   * 仮ログインID of a provisional 新規申込 account, whose draft this is. Only its
   * owner's session opens it; its attachments belong to the draft.
   */
  officeCode: string;
  kind: ApplicationKind;
  /** set when the draft corrects a filed application in 確認依頼 (修正) */
  amends?: string;
  /** real epoch ms */
  createdAt: number;
  /**
   * The training clock's epoch ms of the last save (or of creation): what the trainee is
   * told (「…に保存された入力内容があります」). `updatedAt` is real time, for sync.
   * Absent on drafts saved before it existed.
   */
  savedAt?: number;
  /** the flow's own state: raw field text (valid or not) and structured answers */
  state: unknown;
  attachments: AttachmentRef[];
  /**
   * Set on a 「競合したコピー」: the version that lost when two devices changed
   * this draft (id of the draft it was copied from). The user opens or discards it.
   */
  conflictOf?: string;
}
