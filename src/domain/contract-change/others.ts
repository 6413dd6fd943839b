// その他の契約変更 (DOMAIN.md §3.2, §3.3): what the app knows about each choice beyond
// its screens, one entry per choice: what its date is called, the center's checks,
// and what it does to the contract on that date. A choice's payload part is in
// other-parts.ts; its screens in screens/contract-change/others.ts.
import type { DocumentKind } from '../documents';
import type { IsoDate } from '../time';
import type { ChangeCheckInput } from './checks';
import type { ContractEdits, ContractRows } from './effect';
import type { OtherChangeId } from './items';
import type { ContractChangePayload } from './payload';
import { JOINT_USE_NEW_OFFICE_RULES } from './joint-new';
import { JOINT_USE_RULES, SHARE_RULES } from './share';
import { SUCCESSION_RULES } from './succession';
import { TERMINATION_RULES } from './termination';
import { TRANSFER_RULES } from './transfer';

export interface OtherChangeRules {
  /** what the wish and the confirmed date are called (default: 利用開始日) */
  dateLabel?: '契約満了日';
  /** as 申込情報一覧 lists the application (default: the kind's 変更申込) */
  listLabel?: string;
  /** the center's checks, each a 確認依頼 paragraph */
  checks?(payload: ContractChangePayload, input: ChangeCheckInput): string[];
  /** what it does to the contract on its date, after the items (none with a choice, R1) */
  effect?(payload: ContractChangePayload, contract: ContractRows, date: IsoDate): Partial<ContractEdits>;
  /** the documents of its detail (default: 承認通知 and 申込書) */
  documents?: readonly DocumentKind[];
}

export const OTHER_CHANGE_RULES: Partial<Record<OtherChangeId, OtherChangeRules>> = {
  share: SHARE_RULES,
  jointUse: JOINT_USE_RULES,
  jointUseNewOffice: JOINT_USE_NEW_OFFICE_RULES,
  transfer: TRANSFER_RULES,
  succession: SUCCESSION_RULES,
  termination: TERMINATION_RULES,
};

export function otherRules(payload: Pick<ContractChangePayload, 'other'>): OtherChangeRules | undefined {
  return payload.other ? OTHER_CHANGE_RULES[payload.other] : undefined;
}
