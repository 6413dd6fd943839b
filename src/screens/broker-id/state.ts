// What the 通関士IDの追加 wizard keeps in its draft: the raw text of every field
// (valid or not) apart from the rows set with 「設定する」 and the validated answers.
import type { Contact } from '../../domain/contact';
import type { BrokerIdRow } from '../../domain/broker-id/payload';
import type { IsoDate } from '../../domain/time';
import { contactRaw } from '../../wizard/contact-state';

export type StepId = 'guidance' | 'contact' | 'ids' | 'confirm' | 'complete';

export interface BrokerIdState {
  /** every field's text as typed, keyed by field id */
  raw: Record<string, string>;
  /** validated by 「通関士用利用者IDの入力へ進む」 */
  contact?: Contact;
  /** 申込情報: the rows set with 「設定する」 */
  rows: BrokerIdRow[];
  /** the row 「修正」 put back into the inputs */
  editing?: number;
  /** validated by 「申込内容確認へ進む」 */
  startDate?: IsoDate;
  lastStep?: StepId;
  lastParams?: Record<string, string>;
}

/** Field ids (also the keys of their text in `raw`). */
export const FIELDS = {
  startDate: 'ids-startDate',
  userCode: 'ids-userCode',
  method: 'ids-method',
  count: 'ids-count',
  /** where 「設定する」 is asked for when no row is set */
  rows: 'set-row',
} as const;

export function emptyState(contact?: Contact): BrokerIdState {
  return { raw: contactRaw(contact), rows: [] };
}
