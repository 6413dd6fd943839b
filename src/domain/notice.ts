import type { SyncedRecord } from './record';

/** 新着情報 categories as the top menu shows them. */
export type NoticeCategory = '利用申込' | 'システム設定' | '利用料金' | '証明書発行';

export interface Notice extends SyncedRecord {
  officeCode: string;
  /** simulated epoch ms; the list shows the date */
  at: number;
  category: NoticeCategory;
  /** 申込受付番号 shown as 【…】, absent for billing notices */
  receiptNo?: string;
  applicationId?: string;
  text: string;
  /** what 詳細 opens when there is no application (billing notices) */
  detail?: string;
}
