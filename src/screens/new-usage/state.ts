// What the NACCS利用申込 wizard keeps in its draft: every field's text (valid or
// not) in `raw`, the 利用者 rows confirmed with 「この内容を設定する」 and those set
// with 「設定」 but not yet confirmed. The tabs are checked from these; the payload
// is built from them once every tab is valid.
import type { Contact } from '../../domain/contact';
import type { UserRow } from '../../domain/new-usage/rules';
import { contactRaw } from '../../wizard/contact-state';
import type { WizardState } from '../../wizard/context';

export type StepId = 'guidance' | 'form' | 'confirm' | 'complete';

export interface NewUsageState extends WizardState<StepId> {
  users: UserRow[];
  pending: UserRow[];
  /** the next group number (rows confirmed together share one code) */
  nextGroup: number;
  /** the row 「修正」 loaded back into the fields */
  editing?: number;
  /** 「申込内容確認へ進む」 found every tab valid */
  formDone?: boolean;
}

export function emptyState(contact?: Contact): NewUsageState {
  return { raw: contactRaw(contact), users: [], pending: [], nextGroup: 1 };
}
