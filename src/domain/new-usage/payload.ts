// What a NACCS利用申込 (新規申込) files: the new office and company, its 利用者,
// terminals, lines, mailboxes, 料金プラン and 請求先. The 利用開始希望日 is the
// application's desiredDate, 申込担当者 its contact, 備考 its note. Validated on
// every write of an application. `payloadOf` builds it from the form once every
// tab is valid.
import * as v from 'valibot';
import { METHODS } from '../contract';
import { BILL_ADDRESS, BULK, DEBIT, F } from './fields';
import { systemsOf, ticked, type NewUsageInput, type UserRow } from './rules';

const str = v.string();
const plan = v.nullable(v.picklist(['A', 'B']));
const codeRef = v.strictObject({ billingCode: str, officeCode: str, companyName: str, officeName: str });

export const newUsagePayloadSchema = v.strictObject({
  /** the 仮ログインID that filed it */
  provisionalId: v.pipe(str, v.regex(/^KR\d{6}$/)),
  reason: str,
  officeName: str,
  officeNameKana: str,
  systems: v.strictObject({ net: v.boolean(), general: v.boolean() }),
  company: v.strictObject({ name: str, nameKana: str, abbr: v.pipe(str, v.regex(/^[A-Z]{3}$/)) }),
  office: v.strictObject({
    postalCode: v.pipe(str, v.regex(/^\d{7}$/)),
    prefecture: str,
    address: str,
    phone: str,
    contractor: v.strictObject({ name: str, title: str }),
    admin: v.strictObject({ name: str, nameKana: str, department: str, phone: str, email: str, emergencyFax: str }),
    systemKind: v.picklist(['海上', '航空']),
    customs: str,
  }),
  users: v.pipe(
    v.array(
      v.strictObject({
        mode: v.picklist(['new', 'share']),
        group: v.number(),
        userCode: v.optional(str),
        sso: v.boolean(),
        industry: str,
        method: v.picklist(METHODS),
        count: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(99)),
      }),
    ),
    v.minLength(1),
  ),
  /** null: the tab's 「機器共用・共同利用、回線付替を別途申込、または自社システムを利用します。」 */
  netTerminals: v.nullable(v.number()),
  line: v.nullable(v.strictObject({ kind: str, terminals: v.number() })),
  mailboxes: v.nullable(v.number()),
  plan: v.strictObject({ netNACCS: plan, general: plan }),
  billing: v.strictObject({
    bulk: v.nullable(codeRef),
    /** null: 事業所に同じ */
    address: v.nullable(v.strictObject({ postalCode: str, prefecture: str, street: str })),
    debit: v.nullable(codeRef),
  }),
});

export type NewUsagePayload = v.InferOutput<typeof newUsagePayloadSchema>;
export type NewUsageUser = NewUsagePayload['users'][number];

const t = (raw: Record<string, string>, id: string) => (raw[id] ?? '').trim();
const n = (raw: Record<string, string>, id: string) => Number(t(raw, id));

function codeRefOf(raw: Record<string, string>, ids: [string, string, string, string]) {
  return { billingCode: t(raw, ids[0]), officeCode: t(raw, ids[1]), companyName: t(raw, ids[2]), officeName: t(raw, ids[3]) };
}

/** The payload of a form whose every tab is valid. */
export function payloadOf(input: NewUsageInput, provisionalId: string): NewUsagePayload {
  const { raw } = input;
  const s = systemsOf(raw);
  return {
    provisionalId,
    reason: t(raw, F.reason),
    officeName: t(raw, F.officeName),
    officeNameKana: t(raw, F.officeNameKana),
    systems: s,
    company: { name: t(raw, F.companyName), nameKana: t(raw, F.companyNameKana), abbr: t(raw, F.companyAbbr) },
    office: {
      postalCode: t(raw, F.postalCode),
      prefecture: t(raw, F.prefecture),
      address: t(raw, F.address),
      phone: t(raw, F.phone),
      contractor: { name: t(raw, F.contractorName), title: t(raw, F.contractorTitle) },
      admin: {
        name: t(raw, F.adminName),
        nameKana: t(raw, F.adminNameKana),
        department: t(raw, F.adminDepartment),
        phone: t(raw, F.adminPhone),
        email: t(raw, F.adminEmail),
        emergencyFax: t(raw, F.adminFax),
      },
      systemKind: t(raw, F.systemKind) === '航空' ? '航空' : '海上',
      customs: t(raw, F.customs),
    },
    users: input.users.map((u: UserRow) => ({ ...u })),
    netTerminals: s.net && !ticked(raw, F.netSkip) ? n(raw, F.netTerminals) : null,
    line: s.general && !ticked(raw, F.lineSkip) ? { kind: t(raw, F.lineKind), terminals: n(raw, F.lineTerminals) } : null,
    mailboxes: s.general && !ticked(raw, F.mailboxSkip) ? n(raw, F.mailboxes) : null,
    plan: {
      netNACCS: s.net ? (t(raw, F.planNet) as 'A' | 'B') : null,
      general: s.general ? (t(raw, F.planGeneral) as 'A' | 'B') : null,
    },
    billing: {
      bulk: raw[F.bulk] === BULK.yes ? codeRefOf(raw, [F.bulkBillingCode, F.bulkOfficeCode, F.bulkCompany, F.bulkOffice]) : null,
      address:
        raw[F.billAddress] === BILL_ADDRESS.other
          ? { postalCode: t(raw, F.billPostalCode), prefecture: t(raw, F.billPrefecture), street: t(raw, F.billStreet) }
          : null,
      debit: raw[F.debit] === DEBIT.same ? codeRefOf(raw, [F.debitBillingCode, F.debitOfficeCode, F.debitCompany, F.debitOffice]) : null,
    },
  };
}
