// 申込担当者 (DOMAIN.md §3.6): the contact block of every application.
// Required: all but FAX番号 (GUESS, DOMAIN §3.6). Lengths: docs/wizard.md.
import * as v from 'valibot';
import type { Contact } from '../contact';
import { emailAddress, EMAIL_MISMATCH, fullWidth, fullWidthKana, maxChars, phoneDigits, required } from './rules';
import { checkWith, ruledString, type Checked } from './schema';

/** What the 申込担当者 fields hold while typed: Contact plus the E-mail 確認用. */
export interface ContactInput extends Contact {
  emailConfirm: string;
}

export const CONTACT_FIELDS = [
  'lastName',
  'firstName',
  'lastNameKana',
  'firstNameKana',
  'department',
  'title',
  'phone',
  'fax',
  'email',
  'emailConfirm',
] as const satisfies readonly (keyof ContactInput)[];

export type ContactField = (typeof CONTACT_FIELDS)[number];

export const CONTACT_MAX = {
  lastName: 20,
  firstName: 20,
  lastNameKana: 30,
  firstNameKana: 30,
  department: 40,
  title: 30,
  phone: 20,
  fax: 20,
  email: 100,
} as const;

/** The labels messages use for each field. */
export const CONTACT_LABELS: Record<ContactField, string> = {
  lastName: '氏名(姓)',
  firstName: '氏名(名)',
  lastNameKana: '氏名(フリガナ)(姓)',
  firstNameKana: '氏名(フリガナ)(名)',
  department: '所属部署名',
  title: '役職名',
  phone: '電話番号',
  fax: 'FAX番号',
  email: 'E-mailアドレス(登録用)',
  emailConfirm: 'E-mailアドレス(確認用)',
};

const L = CONTACT_LABELS;
const M = CONTACT_MAX;

export const contactInputSchema = v.pipe(
  v.object({
    lastName: ruledString([required(L.lastName), fullWidth(L.lastName), maxChars(L.lastName, M.lastName)]),
    firstName: ruledString([required(L.firstName), fullWidth(L.firstName), maxChars(L.firstName, M.firstName)]),
    lastNameKana: ruledString([
      required(L.lastNameKana),
      fullWidthKana(L.lastNameKana),
      maxChars(L.lastNameKana, M.lastNameKana),
    ]),
    firstNameKana: ruledString([
      required(L.firstNameKana),
      fullWidthKana(L.firstNameKana),
      maxChars(L.firstNameKana, M.firstNameKana),
    ]),
    department: ruledString([required(L.department), fullWidth(L.department), maxChars(L.department, M.department)]),
    title: ruledString([required(L.title), fullWidth(L.title), maxChars(L.title, M.title)]),
    phone: ruledString([required(L.phone), phoneDigits(L.phone), maxChars(L.phone, M.phone)]),
    fax: ruledString([phoneDigits(L.fax), maxChars(L.fax, M.fax)]),
    email: ruledString([required(L.email), emailAddress(L.email), maxChars(L.email, M.email)]),
    emailConfirm: ruledString([required(L.emailConfirm)]),
  }),
  v.forward(
    v.partialCheck(
      [['email'], ['emailConfirm']],
      (input) => input.email === input.emailConfirm,
      EMAIL_MISMATCH,
    ),
    ['emailConfirm'],
  ),
);

/** The filed 申込担当者 (E-mail 確認用 dropped). */
export const contactSchema = v.pipe(
  contactInputSchema,
  v.transform(({ emailConfirm: _confirm, ...contact }): Contact => contact),
);

/** Raw text of the fields (missing ones count as empty) → the Contact, or a message per field. */
export function checkContact(raw: Partial<Record<ContactField, string>>): Checked<Contact> {
  const input = Object.fromEntries(CONTACT_FIELDS.map((f) => [f, raw[f] ?? '']));
  return checkWith(contactSchema, input);
}

/** The fields' text from a filed contact (E-mail 確認用 filled in as well). */
export function contactToRaw(contact: Contact): Record<ContactField, string> {
  return { ...contact, emailConfirm: contact.email };
}
