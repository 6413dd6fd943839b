import type { SyncedRecord } from './record';

/** A mail the simulated NSS sent; the 受信箱 lists them by address. */
export interface Mail extends SyncedRecord {
  /** recipient address */
  to: string;
  /** whom it is addressed to: 申込担当者 or 管理責任者 */
  role: '申込担当者' | '管理責任者';
  officeCode: string;
  /** simulated epoch ms */
  at: number;
  subject: string;
  body: string;
  applicationId?: string;
  receiptNo?: string;
  read: boolean;
}
