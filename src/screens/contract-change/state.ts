// What the 契約内容の変更 wizard keeps in its draft: the raw text and choices of every
// field (valid or not) apart from the answers each step validated.
import type { Contact } from '../../domain/contact';
import type { SystemKind } from '../../domain/contract';
import type { CodeChange, IdAddition } from '../../domain/contract-change/codes';
import { CODE_ITEMS } from '../../domain/contract-change/code-items';
import type { ChangeItemId, OtherChangeId } from '../../domain/contract-change/items';
import type { ContractChangePayload } from '../../domain/contract-change/payload';
import type { PlanChoice } from '../../domain/contract-change/plan';
import type { TerminalChange } from '../../domain/contract-change/terminals';
import type { BillingChanges } from '../../domain/contract-change/billing';
import type { OfficeChanges } from '../../domain/contract-change/office';
import type { OptionChange } from '../../domain/contract-change/options';
import type { OtherParts } from '../../domain/contract-change/other-parts';
import type { OtherStepId } from './other-steps';
import type { LineChange } from '../../domain/contract-change/lines';
import type { GeneralTerminalChange } from '../../domain/contract-change/general-terminals';
import type { MailboxChange } from '../../domain/contract-change/mailboxes';
import type { IsoDate } from '../../domain/time';
import { contactRaw } from '../../wizard/contact-state';
import type { WizardState } from '../../wizard/context';

export type StepId =
  | 'guidance'
  | 'items'
  | 'contact'
  | 'codes'
  | 'code'
  | 'newCode'
  | 'shareCode'
  | 'company'
  | 'contractor'
  | 'headOffice'
  | 'admin'
  | 'terminals'
  | 'lines'
  | 'generalTerminals'
  | 'mailboxes'
  | 'plan'
  | 'options'
  | 'billingAddress'
  | 'billingContact'
  | 'payment'
  | 'confirm'
  | 'complete'
  | OtherStepId;

/** What 変更内容入力 validated. */
export interface Selection {
  items: ChangeItemId[];
  other?: OtherChangeId;
  startDate: IsoDate;
}

/**
 * The choices of one code's 詳細入力 that are not text (valid or not), kept per
 * code; its text fields are in `raw` under `detailIds(key)`.
 */
export interface CodeDraft {
  /** 識別番号の廃止 ticked */
  abolished: string[];
  /** 業種の変更 per 識別番号 */
  industryChanges: Record<string, string[]>;
  /** 識別番号の追加 rows set with 「設定する」 */
  additions: IdAddition[];
  /** the addition row 修正 loaded back */
  editing?: number;
  /** the addition fields: 業種 ticked */
  additionIndustries: string[];
}

export interface ContractChangeState extends WizardState<StepId> {
  /** 契約変更に関する項目 as ticked */
  rawItems: string[];
  selection?: Selection;
  contact?: Contact;
  /** per code: its 詳細入力 as chosen ('new:' / 'share:' keys for a code being added) */
  codeDrafts: Record<string, CodeDraft>;
  /** 申込情報: one change per code, set with 「この内容で設定する」 */
  codes: CodeChange[];
  /** 利用者コード 入力's 「次へ進む」 */
  codesDone?: boolean;
  /** 論理端末 入力: 区分の変更 and 論理端末の廃止 as chosen */
  rawReclass: Record<string, SystemKind>;
  rawAbolishedTerminals: string[];
  terminals?: TerminalChange;
  plan?: PlanChoice;
  /** 本社・事業所の変更: each block as 「次へ進む」 validated it */
  office?: OfficeChanges;
  /** 請求先の変更: each as 「次へ進む」 validated it */
  billing?: BillingChanges;
  /** 管理統計資料 / 保存サービス 入力: the codes whose settings change */
  options?: OptionChange[];
  /** その他の契約変更: what the choice's input screens validated, by choice (「次へ進む」) */
  others?: OtherParts;
  /** 回線 入力 (its fields' text is in `raw`) */
  lines?: LineChange;
  /** 一般NACCS論理端末 入力: 区分の変更 and 論理端末の廃止 as chosen, and what 「次へ進む」 validated */
  rawGeneralReclass?: Record<string, SystemKind>;
  rawGeneralAbolished?: string[];
  generalTerminals?: GeneralTerminalChange;
  /** メールボックス 入力: the mailboxes ticked for 廃止, and what 「次へ進む」 validated */
  rawMailboxAbolished?: string[];
  mailboxes?: MailboxChange;
}

/** 事業所間の登録情報の移動(付替) 入力's fields; the ticked IDs and terminals are kept one a line. */
export const TRANSFER_IDS = { to: 'transfer-to', userIds: 'transfer-user-ids', terminals: 'transfer-terminals', moved: 'transfer-moved' } as const;
/** 共用 入力's and 共同利用 入力's fields; the ticked terminals are kept one a line. */
export const shareIdsOf = (kind: 'share' | 'jointUse') => ({ action: `${kind}-action`, partner: `${kind}-partner`, terminals: `${kind}-terminals` }) as const;
/** 共同利用(新規事業所) 入力's fields; the ticked terminals are kept one a line. */
export const JOINT_NEW_IDS = { action: 'joint-new-action', receiptNo: 'joint-new-receipt-no', terminals: 'joint-new-terminals' } as const;
/** The lines of a kept list of choices. */
export const linesOf = (text: string) => text.split('\n').filter(Boolean);

/** The field items: the step of each is the item's id, its fields' ids `${item}-${field}` in `raw`. */
export const fieldId = (item: string, field: string) => `${item}-${field}`;
export const PAYMENT_ID = 'payment-method';
export const optionId = (code: string, flag: string) => `opt-${code}-${flag}`;

/** Field ids (and the keys of their text in `raw`). */
export const ITEMS_FIELDS = {
  items: 'change-items',
  otherChoice: 'other-change',
  otherKind: 'other-change-kind',
  startDate: 'change-startDate',
} as const;

export const NOTE_ID = 'change-note';
export const PLAN_IDS = { netNACCS: 'plan-netNACCS', general: 'plan-general' } as const;

export function emptyState(contact?: Contact): ContractChangeState {
  return { raw: contactRaw(contact), rawItems: [], codeDrafts: {}, codes: [], rawReclass: {}, rawAbolishedTerminals: [] };
}

export { ticked } from './ticked';

/** The draft key of a 詳細入力: the code, or 'new' / 'share' while a code is being added. */
export type DetailKey = string;

/** The field ids of a 詳細入力 (and the keys of their text in `raw`). */
export function detailIds(key: DetailKey) {
  const p = `cd-${key}-`;
  return {
    userCode: `${p}userCode`,
    systemKind: `${p}systemKind`,
    statsPaid: `${p}statsPaid`,
    statsFree: `${p}statsFree`,
    bondedRetention: `${p}bondedRetention`,
    addMethod: `${p}addMethod`,
    addIndustries: `${p}addIndustries`,
    addCount: `${p}addCount`,
    additions: `${p}additions`,
    ids: `${p}ids`,
  } as const;
}

export const yesNo = (flag: boolean) => (flag ? '要' : '否');

export function emptyDraft(): CodeDraft {
  return { abolished: [], industryChanges: {}, additions: [], additionIndustries: [] };
}

/** What the application files: the ticked items and, for each, what it changes. */
export function payloadOf(s: ContractChangeState): ContractChangePayload {
  const items = s.selection?.items ?? [];
  return {
    items,
    ...(s.selection?.other ? { other: s.selection.other } : {}),
    ...(items.some((i) => CODE_ITEMS.includes(i)) ? { codes: s.codes } : {}),
    ...(items.includes('netTerminal') && s.terminals ? { terminals: s.terminals } : {}),
    ...(items.includes('plan') && s.plan ? { plan: s.plan } : {}),
    ...(items.includes('company') && s.office?.company ? { company: s.office.company } : {}),
    ...(items.includes('contractor') && s.office?.contractor ? { contractor: s.office.contractor } : {}),
    ...(items.includes('headOffice') && s.office?.headOffice ? { headOffice: s.office.headOffice } : {}),
    ...(items.includes('admin') && s.office?.admin ? { admin: s.office.admin } : {}),
    ...((items.includes('stats') || items.includes('retention')) && s.options ? { options: s.options } : {}),
    ...(items.includes('billingAddress') && s.billing?.billingAddress ? { billingAddress: s.billing.billingAddress } : {}),
    ...(items.includes('billingContact') && s.billing?.billingContact ? { billingContact: s.billing.billingContact } : {}),
    ...(items.includes('payment') && s.billing?.payment ? { payment: s.billing.payment } : {}),
    ...otherPartOf(s),
    ...(items.includes('line') && s.lines ? { lines: s.lines } : {}),
    ...(items.includes('generalTerminal') && s.generalTerminals ? { generalTerminals: s.generalTerminals } : {}),
    ...(items.includes('mailbox') && s.mailboxes ? { mailboxes: s.mailboxes } : {}),
  };
}

/** その他の契約変更: the chosen choice's part, under its id (domain/contract-change/other-parts.ts). */
function otherPartOf(s: ContractChangeState): OtherParts {
  const other = s.selection?.other;
  if (!other || !s.others || !(other in s.others)) return {};
  return { [other]: s.others[other as keyof OtherParts] } as OtherParts;
}
