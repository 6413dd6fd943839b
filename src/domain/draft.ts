import type { ApplicationKind, AttachmentRef } from './application';
import type { SyncedRecord } from './record';

/** A wizard in progress: saved on every change so that nothing typed is lost. */
export interface Draft extends SyncedRecord {
  officeCode: string;
  kind: ApplicationKind;
  /** set when the draft corrects a filed application in 確認依頼 (修正) */
  amends?: string;
  /** real epoch ms */
  createdAt: number;
  /** the flow's own state: raw field text (valid or not) and structured answers */
  state: unknown;
  attachments: AttachmentRef[];
}
