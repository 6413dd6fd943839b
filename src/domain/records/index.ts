// One valibot schema per synced table: what a record of the table must look like
// wherever it comes from (a bundle file, a replica, later every read at the store
// boundary). The schemas follow the TypeScript types in domain/*.ts; a test checks
// them against the demo office and records the app itself writes.
import * as v from 'valibot';
import type { Application, ApplicationKind } from '../application';
import type { Bill, BillLine, Line, Mailbox, Office, Terminal, UserCode, UserId } from '../contract';
import type { Draft } from '../draft';
import type { Mail } from '../mail';
import type { Notice } from '../notice';
import type { TrainingEventRecord } from '../training/events';
import type { ExerciseResult } from '../training/result';
import { APPLICATION_STATUSES, isAcceptedKind } from '../application';
import { METHODS, SYSTEM_KINDS, TERMINAL_EQUIPMENTS } from '../contract';
import { isIsoDate } from '../time';

/** The version of the record shapes below; a bundle or replica of a later version is refused. */
export const RECORD_SCHEMA_VERSION = 1;

/** Longest text a field may hold (a mail body, a draft's typed text, a 通知内容). */
export const MAX_TEXT = 20_000;
/** Longest id, code or other short key. */
export const MAX_KEY = 200;

const key = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_KEY));
const text = v.pipe(v.string(), v.maxLength(MAX_TEXT));
const isoDate = v.pipe(v.string(), v.check(isIsoDate, '暦にある日付(YYYY-MM-DD)ではありません。'));
const epochMs = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e9));
const texts = v.pipe(v.array(text), v.maxLength(1000));

/** id, updatedAt, rev and the deletion mark every synced record carries. */
const synced = {
  id: key,
  updatedAt: epochMs,
  rev: count,
  deleted: v.optional(v.picklist([0, 1])),
};

/** Any JSON value (a kind's payload, a wizard's state), bounded in depth and size. */
const MAX_JSON_DEPTH = 32;
const MAX_JSON_NODES = 50_000;

function jsonNodes(value: unknown, depth: number, budget: { left: number }): boolean {
  if (--budget.left < 0 || depth > MAX_JSON_DEPTH) return false;
  if (value === null || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'string') return value.length <= MAX_TEXT;
  if (Array.isArray(value)) return value.every((x) => jsonNodes(x, depth + 1, budget));
  if (typeof value === 'object') {
    if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return false;
    return Object.entries(value).every(([k, x]) => k.length <= MAX_KEY && jsonNodes(x, depth + 1, budget));
  }
  return false;
}

export function isBoundedJson(value: unknown): boolean {
  return jsonNodes(value, 0, { left: MAX_JSON_NODES });
}

const json = v.custom<unknown>((x) => x === undefined || isBoundedJson(x), 'JSONとして読めない値です。');

const attachmentRef = v.strictObject({ id: key, name: text, size: count, type: v.pipe(v.string(), v.maxLength(MAX_KEY)) });

const passwordHash = v.strictObject({
  algorithm: v.literal('PBKDF2-SHA256'),
  iterations: count,
  salt: v.pipe(v.string(), v.maxLength(MAX_KEY)),
  hash: v.pipe(v.string(), v.maxLength(MAX_KEY)),
});

const systemKind = v.picklist(SYSTEM_KINDS);
const feePlan = v.nullable(v.picklist(['A', 'B']));

export const officeSchema = v.strictObject({
  ...synced,
  code: key,
  companyAbbr: text,
  companyName: text,
  companyNameKana: text,
  officeName: text,
  officeNameKana: text,
  postalCode: text,
  address: text,
  phone: text,
  systemKind,
  customs: text,
  billingCode: text,
  feePlan: v.strictObject({ netNACCS: feePlan, general: feePlan }),
  feePlanHistory: v.optional(
    v.pipe(
      v.array(v.strictObject({ from: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}$/)), plan: v.strictObject({ netNACCS: feePlan, general: feePlan }) })),
      v.maxLength(1000),
    ),
  ),
  contractor: v.strictObject({ name: text, title: text }),
  admin: v.strictObject({ name: text, nameKana: text, department: text, email: text, phone: text, emergencyFax: text }),
  headOffice: v.strictObject({ postalCode: text, address: text, phone: text }),
  billing: v.strictObject({
    postalCode: text,
    address: text,
    contactName: text,
    contactPhone: text,
    paymentMethod: v.picklist(['口座振替', '銀行振込']),
  }),
  password: passwordHash,
  passwordHistory: v.optional(v.pipe(v.array(passwordHash), v.maxLength(10))),
  passwordId: v.optional(key),
  startDate: isoDate,
  terminatedOn: v.optional(isoDate),
});

const english = v.strictObject({ company: text, office: text, address: text, manager: text });

export const userCodeSchema = v.strictObject({
  ...synced,
  code: key,
  officeCodes: v.pipe(v.array(key), v.maxLength(1000)),
  systemKind,
  industries: texts,
  english,
  statsPaid: v.boolean(),
  statsFree: v.boolean(),
  bondedRetention: v.boolean(),
  startDate: isoDate,
  endDate: v.optional(isoDate),
});

export const userIdSchema = v.strictObject({
  ...synced,
  userCode: key,
  idNo: key,
  officeCode: key,
  industries: texts,
  method: v.picklist(METHODS),
  broker: v.boolean(),
  brokerCardNo: v.optional(text),
  brokerCardRegisteredAt: v.optional(epochMs),
  password: v.optional(text),
  cyberport: v.optional(v.boolean()),
  startDate: isoDate,
  endDate: v.optional(isoDate),
});

const equipment = v.picklist(TERMINAL_EQUIPMENTS);

export const terminalSchema = v.strictObject({
  ...synced,
  officeCode: key,
  systemKind,
  equipment,
  packageKind: equipment,
  name: text,
  accessKey: text,
  authCodes: v.tuple([text, text, text]),
  startDate: isoDate,
  endDate: v.optional(isoDate),
  certIssuedOn: v.optional(isoDate),
  certExpiresOn: v.optional(isoDate),
  sharedWith: v.optional(v.pipe(v.array(key), v.maxLength(100))),
});

export const lineSchema = v.strictObject({
  ...synced,
  officeCode: key,
  kind: v.picklist(['専用線', 'ブロードバンド光回線', 'インターネット']),
  bandwidth: text,
  installAddress: text,
  startDate: isoDate,
  endDate: v.optional(isoDate),
});

export const mailboxSchema = v.strictObject({
  ...synced,
  officeCode: key,
  systemKind,
  name: text,
  startDate: isoDate,
  endDate: v.optional(isoDate),
});

export const billSchema = v.strictObject({
  ...synced,
  officeCode: key,
  month: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}$/)),
  billingCode: text,
  amounts: v.pipe(
    v.array(
      v.strictObject({
        label: text,
        amount: v.pipe(v.number(), v.finite()),
        kind: v.optional(v.picklist(['基本料金', '従量料金', '管理統計資料(有料分)', '保税管理資料保存サービス', '消費税'])),
        system: v.optional(v.picklist(['netNACCS', '一般NACCS'])),
        plan: v.optional(v.picklist(['A', 'B'])),
        userId: v.optional(key),
        userCode: v.optional(key),
        method: v.optional(v.picklist(METHODS)),
        quantity: v.optional(count),
        unitPrice: v.optional(v.pipe(v.number(), v.finite())),
      }),
    ),
    v.maxLength(1000),
  ),
  total: v.pipe(v.number(), v.finite()),
  dueDate: isoDate,
  fixedAt: isoDate,
  paymentMethod: v.optional(v.picklist(['口座振替', '銀行振込'])),
  subtotal: v.optional(v.pipe(v.number(), v.finite())),
  tax: v.optional(v.pipe(v.number(), v.finite())),
});

const status = v.picklist(APPLICATION_STATUSES);
const kind = v.custom<ApplicationKind>(isAcceptedKind, 'このアプリの知らない申込種別です。');

const contact = v.strictObject({
  lastName: text,
  firstName: text,
  lastNameKana: text,
  firstNameKana: text,
  department: text,
  title: text,
  phone: text,
  fax: text,
  email: text,
});

const idNotice = v.strictObject({
  issuedAt: epochMs,
  startDate: isoDate,
  office: v.optional(
    v.strictObject({ code: key, password: text, companyAbbr: text, billingCode: text, newUserCodes: v.pipe(v.array(key), v.maxLength(100)) }),
  ),
  userIds: v.pipe(
    v.array(
      v.strictObject({ userId: key, userCode: key, idNo: key, method: text, industries: texts, password: text }),
    ),
    v.maxLength(1000),
  ),
  terminals: v.pipe(
    v.array(
      v.strictObject({
        systemKind: text,
        equipment: text,
        packageKind: text,
        name: text,
        accessKey: text,
        authCodes: v.tuple([text, text, text]),
      }),
    ),
    v.maxLength(1000),
  ),
});

export const applicationSchema = v.strictObject({
  ...synced,
  kind,
  receiptNo: v.pipe(v.string(), v.regex(/^\d{7}[ABCD]$/)),
  officeCode: key,
  contact,
  payload: json,
  desiredDate: v.optional(isoDate),
  confirmedDate: v.optional(isoDate),
  note: text,
  attachments: v.pipe(v.array(attachmentRef), v.maxLength(1000)),
  status,
  submittedAt: epochMs,
  lastSubmittedAt: epochMs,
  submissions: v.pipe(count, v.minValue(1)),
  reviewEndedAt: v.optional(epochMs),
  history: v.pipe(
    v.array(v.strictObject({ item: text, at: epochMs, notice: text, status })),
    v.maxLength(1000),
  ),
  review: v.strictObject({ pickupAt: v.optional(epochMs), dueAt: v.optional(epochMs), manual: v.optional(v.boolean()) }),
  effectAppliedAt: v.optional(epochMs),
  idNotice: v.optional(idNotice),
  // the center's index (store/due.ts): stored beside the record, derived again on every write
  nextDueAt: v.optional(epochMs),
});

export const draftSchema = v.pipe(
  v.strictObject({
    ...synced,
    officeCode: key,
    kind,
    amends: v.optional(key),
    createdAt: epochMs,
    savedAt: v.optional(epochMs),
    state: json,
    attachments: v.pipe(v.array(attachmentRef), v.maxLength(1000)),
    conflictOf: v.optional(key),
  }),
  // an open draft's answers are an object (続きから starts from them); a discarded one keeps none
  v.forward(
    v.check(
      (d) => d.deleted === 1 || (typeof d.state === 'object' && d.state !== null && !Array.isArray(d.state)),
      '入力内容として読めない値です。',
    ),
    ['state'],
  ),
);

export const noticeSchema = v.strictObject({
  ...synced,
  officeCode: key,
  at: epochMs,
  category: v.picklist(['利用申込', 'システム設定', '利用料金', '証明書発行']),
  receiptNo: v.optional(text),
  applicationId: v.optional(key),
  text,
  detail: v.optional(text),
});

export const mailSchema = v.strictObject({
  ...synced,
  to: text,
  role: v.picklist(['申込担当者', '管理責任者']),
  officeCode: key,
  at: epochMs,
  subject: text,
  body: text,
  applicationId: v.optional(key),
  receiptNo: v.optional(text),
  read: v.boolean(),
});

/** An attachment's record without its bytes (the bytes travel beside it). */
export const attachmentMetaSchema = v.strictObject({
  ...synced,
  ownerId: key,
  name: text,
  type: v.pipe(v.string(), v.maxLength(MAX_KEY)),
  size: count,
});

const trainingEvent = v.variant('type', [
  v.strictObject({ type: v.literal('error'), flow: key, step: key, field: key, message: text }),
  v.strictObject({ type: v.literal('visit'), flow: key, step: key }),
  v.strictObject({ type: v.literal('abandon'), flow: key }),
  v.strictObject({ type: v.literal('idNotice'), applicationId: key, visible: v.boolean() }),
  v.strictObject({ type: v.literal('utb'), job: key, userId: text, cardNo: text, ok: v.boolean(), message: v.optional(text) }),
  v.strictObject({ type: v.literal('login'), loginId: text, provisional: v.boolean(), ok: v.boolean(), message: v.optional(text) }),
]);

/** One entry of 演習's event log (domain/training/events.ts). */
export const trainingEventSchema = v.strictObject({
  ...synced,
  runId: key,
  at: epochMs,
  event: trainingEvent,
});

/** One graded run of an exercise (domain/training/result.ts). */
export const exerciseResultSchema = v.strictObject({
  ...synced,
  runId: key,
  trainee: text,
  exerciseId: key,
  exerciseTitle: text,
  startedAt: epochMs,
  gradedAt: epochMs,
  checks: v.pipe(
    v.array(v.strictObject({ id: key, label: text, met: v.boolean(), why: v.optional(text) })),
    v.maxLength(100),
  ),
  mistakes: v.pipe(v.array(v.strictObject({ text, count })), v.maxLength(1000)),
});

// What each shared setting may hold. A stored value may leave fields out (the
// default fills them in: store/settings.ts) but never holds a wrong type.
const wholeNumber = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e9));
const settingValues = {
  clock: v.partial(v.object({ offsetMs: v.pipe(v.number(), v.finite(), v.minValue(-8.64e15), v.maxValue(8.64e15)) })),
  review: v.partial(
    v.object({
      speed: v.picklist(['immediate', 'nextBusinessDay', 'businessDays', 'manual']),
      businessDays: wholeNumber,
      scenario: v.picklist(['approve', 'firstRequest', 'random']),
      seed: v.pipe(v.number(), v.integer()),
      answerHour: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(23)),
      standardDays: v.pipe(v.record(v.pipe(v.string(), v.maxLength(MAX_KEY)), wholeNumber), v.check((r) => Object.keys(r).length <= 100)),
    }),
  ),
  demo: v.partial(v.object({ enabled: v.boolean() })),
  login: v.partial(v.object({ maxFailures: wholeNumber, lockMinutes: wholeNumber })),
};

const settingOf = <K extends keyof typeof settingValues>(key: K) =>
  v.strictObject({ key: v.literal(key), value: settingValues[key], updatedAt: epochMs });

/** A shared setting (training clock, review settings, demo mode, login lock rules). */
export const settingSchema = v.variant('key', [settingOf('clock'), settingOf('review'), settingOf('demo'), settingOf('login')]);

/** Every synced table and the schema of its records (attachments without their bytes). */
export const RECORD_SCHEMAS = {
  offices: officeSchema,
  userCodes: userCodeSchema,
  userIds: userIdSchema,
  terminals: terminalSchema,
  lines: lineSchema,
  mailboxes: mailboxSchema,
  applications: applicationSchema,
  drafts: draftSchema,
  notices: noticeSchema,
  mails: mailSchema,
  bills: billSchema,
  attachments: attachmentMetaSchema,
  events: trainingEventSchema,
  exerciseResults: exerciseResultSchema,
} as const;

export type SyncedTable = keyof typeof RECORD_SCHEMAS;
export const SYNCED_TABLE_NAMES = Object.keys(RECORD_SCHEMAS) as SyncedTable[];

export function isSyncedTable(name: string): name is SyncedTable {
  return Object.hasOwn(RECORD_SCHEMAS, name);
}

// The schemas must accept exactly what the types describe; these lines fail to
// compile when a type gains a field its schema does not know.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Out<S extends v.GenericSchema> = v.InferOutput<S>;
type Check<T extends true> = T;
export type RecordSchemasMatchTypes = [
  Check<Same<keyof Out<typeof officeSchema>, keyof Office>>,
  Check<Same<keyof Out<typeof userCodeSchema>, keyof UserCode>>,
  Check<Same<keyof Out<typeof userIdSchema>, keyof UserId>>,
  Check<Same<keyof Out<typeof terminalSchema>, keyof Terminal>>,
  Check<Same<keyof Out<typeof lineSchema>, keyof Line>>,
  Check<Same<keyof Out<typeof mailboxSchema>, keyof Mailbox>>,
  Check<Same<keyof Out<typeof billSchema>, keyof Bill>>,
  Check<Same<keyof Out<typeof billSchema>['amounts'][number], keyof BillLine>>,
  Check<Same<keyof Out<typeof applicationSchema>, keyof (Application & { nextDueAt?: number })>>, // nextDueAt: store/due.ts
  Check<Same<keyof Out<typeof draftSchema>, keyof Draft>>,
  Check<Same<keyof Out<typeof noticeSchema>, keyof Notice>>,
  Check<Same<keyof Out<typeof mailSchema>, keyof Mail>>,
  Check<Same<keyof Out<typeof trainingEventSchema>, keyof TrainingEventRecord>>,
  Check<Same<keyof Out<typeof exerciseResultSchema>, keyof ExerciseResult>>,
];
