// What the wizards call to file an application with the simulated center.
// Implemented in submit.ts; this file is the contract between the two.
import type { ApplicationKind } from '../domain/application';
import type { Contact } from '../domain/contact';
import type { IsoDate } from '../domain/time';
import type { NewAttachment } from '../store/attachments';

export interface SubmitRequest {
  kind: ApplicationKind;
  officeCode: string;
  contact: Contact;
  /** the kind's answers; validated by the kind's payloadSchema before anything is written */
  payload: unknown;
  /** 利用開始希望日 / NACCS登録希望日 */
  desiredDate?: IsoDate;
  /** 備考 */
  note?: string;
  /** new files to store with the application, in the same transaction */
  attachments?: NewAttachment[];
  /** ids of attachments already stored for the draft (they move to the application) */
  draftAttachmentIds?: string[];
  /** a correction (修正) of an application in 確認依頼: re-submitted under the same 受付番号 */
  amends?: string;
  /** the draft to remove in the same transaction */
  draftId?: string;
  /** the draft's revision the filing tab shows; a draft saved since is refused */
  draftRev?: number;
}

export interface SubmitResult {
  applicationId: string;
  receiptNo: string;
}
