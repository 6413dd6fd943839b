// What a 変更申込 (契約内容の変更) files: the ticked items (or その他の契約変更) and,
// for each ticked item, what it changes. The 利用開始希望日 is the application's
// desiredDate; 備考 its note. Validated on every write of an application.
import * as v from 'valibot';
import { METHODS, SYSTEM_KINDS } from '../contract';
import { userCodeSchema } from '../validation/schema';
import type { CodeChange } from './codes';
import { MAX_IDS_PER_ADDITION } from './codes';
import { CHANGE_ITEMS, CODE_ITEMS, OTHER_CHANGES, R1_TEXT, type ChangeItemId, type OtherChangeId } from './items';
import type { PlanChoice } from './plan';
import type { BillingChanges } from './billing';
import type { OfficeChanges } from './office';
import type { OptionChange } from './options';
import { MAX_TERMINALS_PER_CELL, type TerminalChange } from './terminals';
import { OTHER_PARTS } from './other-parts';
import { LINE_KINDS, type LineChange } from './lines';
import type { GeneralTerminalChange } from './general-terminals';
import { MAX_MAILBOXES_ADDED, type MailboxChange } from './mailboxes';

const idNoSchema = v.pipe(v.string(), v.regex(/^[0-9A-Z]{3}$/, '識別番号は半角英数字3桁です。'));
const industriesSchema = v.pipe(v.array(v.string()), v.minLength(1, '業種を1つ以上選択してください。'));
const systemKindSchema = v.picklist(SYSTEM_KINDS, 'システム区分を選択してください。');

const codeChangeSchema = v.object({
  userCode: userCodeSchema,
  action: v.picklist(['追加', '共用', '変更']),
  systemKind: systemKindSchema,
  statsPaid: v.boolean(),
  statsFree: v.boolean(),
  bondedRetention: v.boolean(),
  additions: v.array(
    v.object({
      method: v.picklist(METHODS, '処理方式を選択してください。'),
      industries: industriesSchema,
      count: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_IDS_PER_ADDITION)),
    }),
  ),
  industryChanges: v.array(v.object({ idNo: idNoSchema, industries: industriesSchema })),
  abolished: v.array(idNoSchema),
  endsCode: v.boolean(),
}) satisfies v.GenericSchema<unknown, CodeChange>;

const text_ = v.pipe(v.string(), v.maxLength(100));
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_TERMINALS_PER_CELL));
const countsBySystem = v.object({ 海上: count, 航空: count, 共用: count });

const terminalChangeSchema = v.object({
  additions: v.object({ netNACCS: countsBySystem, webNACCS: countsBySystem, ebMS: countsBySystem }),
  reclassed: v.array(v.object({ name: v.string(), systemKind: systemKindSchema })),
  abolished: v.array(v.string()),
}) satisfies v.GenericSchema<unknown, TerminalChange>;

const lineKind = v.picklist(LINE_KINDS, '回線種別を選択してください。');
const lineChangeSchema = v.object({
  added: v.array(v.object({ kind: lineKind, installAddress: text_ })),
  changed: v.array(v.object({ id: v.string(), kind: lineKind, installAddress: text_ })),
  abolished: v.array(v.string()),
}) satisfies v.GenericSchema<unknown, LineChange>;

const generalTerminalChangeSchema = v.object({
  additions: countsBySystem,
  reclassed: v.array(v.object({ name: v.string(), systemKind: systemKindSchema })),
  abolished: v.array(v.string()),
}) satisfies v.GenericSchema<unknown, GeneralTerminalChange>;

const mailboxChangeSchema = v.object({
  add: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_MAILBOXES_ADDED)),
  abolished: v.array(v.string()),
}) satisfies v.GenericSchema<unknown, MailboxChange>;

const plan = v.nullable(v.picklist(['A', 'B']));
const planSchema = v.object({ netNACCS: plan, general: plan }) satisfies v.GenericSchema<unknown, PlanChoice>;

const text = v.pipe(v.string(), v.maxLength(100));
const officeChangesSchema = {
  company: v.optional(
    v.object({ companyName: text, companyNameKana: text, officeName: text, officeNameKana: text, postalCode: text, address: text, phone: text }),
  ),
  contractor: v.optional(v.object({ name: text, title: text })),
  headOffice: v.optional(v.object({ postalCode: text, address: text, phone: text })),
  admin: v.optional(v.object({ name: text, nameKana: text, department: text, email: text, phone: text, emergencyFax: text })),
} satisfies { [K in keyof OfficeChanges]-?: v.GenericSchema<unknown, OfficeChanges[K]> };

const billingChangesSchema = {
  billingAddress: v.optional(v.object({ postalCode: text, address: text })),
  billingContact: v.optional(v.object({ contactName: text, contactPhone: text })),
  payment: v.optional(v.picklist(['口座振替', '銀行振込'])),
} satisfies { [K in keyof BillingChanges]-?: v.GenericSchema<unknown, BillingChanges[K]> };

const optionSchema = v.object({
  userCode: userCodeSchema,
  statsPaid: v.boolean(),
  statsFree: v.boolean(),
  bondedRetention: v.boolean(),
}) satisfies v.GenericSchema<unknown, OptionChange>;

/** Each block item and the payload key that holds what it changes (the key is the item's id). */
const BLOCK_ITEMS = ['company', 'contractor', 'headOffice', 'admin', 'billingAddress', 'billingContact', 'payment'] as const;

const itemIds = CHANGE_ITEMS.map((i) => i.id) as [ChangeItemId, ...ChangeItemId[]];

export const contractChangePayloadSchema = v.pipe(
  v.object({
    items: v.array(v.picklist(itemIds)),
    other: v.optional(v.picklist(OTHER_CHANGES.map((o) => o.id) as [OtherChangeId, ...OtherChangeId[]])),
    codes: v.optional(v.array(codeChangeSchema)),
    terminals: v.optional(terminalChangeSchema),
    plan: v.optional(planSchema),
    ...officeChangesSchema,
    ...billingChangesSchema,
    /** 管理統計資料 / 保存サービス: the codes whose settings change */
    options: v.optional(v.array(optionSchema)),
    /** その他の契約変更: what the choice's input screens filed, under its id (other-parts.ts) */
    ...OTHER_PARTS,
    /** 一般NACCS回線 / 一般NACCS端末 / メールボックス (issue 10) */
    lines: v.optional(lineChangeSchema),
    generalTerminals: v.optional(generalTerminalChangeSchema),
    mailboxes: v.optional(mailboxChangeSchema),
  }),
  v.check((p) => !(p.items.length > 0 && p.other), R1_TEXT),
  v.check((p) => p.items.length > 0 || !!p.other, '変更申込を行う項目を選択してください。'),
  v.check(
    (p) => !p.other || !(p.other in OTHER_PARTS) || (p as Record<string, unknown>)[p.other] !== undefined,
    'その他の契約変更の内容を入力してください。',
  ),
  v.check(
    (p) => !p.items.some((i) => CODE_ITEMS.includes(i)) || (p.codes?.length ?? 0) > 0,
    '利用者コードの変更内容を設定してください。',
  ),
  v.check((p) => !p.items.includes('netTerminal') || !!p.terminals, '論理端末の変更内容を入力してください。'),
  v.check((p) => !p.items.includes('plan') || !!p.plan, '料金プランを選択してください。'),
  v.check((p) => !p.items.includes('line') || !!p.lines, '回線の変更内容を入力してください。'),
  v.check((p) => !p.items.includes('generalTerminal') || !!p.generalTerminals, '一般NACCSの論理端末の変更内容を入力してください。'),
  v.check((p) => !p.items.includes('mailbox') || !!p.mailboxes, 'メールボックスの変更内容を入力してください。'),
  v.check((p) => BLOCK_ITEMS.every((i) => !p.items.includes(i) || p[i] !== undefined), '変更内容を入力してください。'),
  v.check(
    (p) => !(p.items.includes('stats') || p.items.includes('retention')) || (p.options?.length ?? 0) > 0,
    '管理統計資料・保税管理資料保存サービスの変更内容を入力してください。',
  ),
  v.check(
    (p) => new Set((p.codes ?? []).map((c) => c.userCode)).size === (p.codes ?? []).length,
    '同じ利用者コードが複数設定されています。',
  ),
);

export type ContractChangePayload = v.InferOutput<typeof contractChangePayloadSchema>;
