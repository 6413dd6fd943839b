import type { Contact } from '../domain/contact';
import { CONTACT_FIELDS, contactToRaw, type ContactField } from '../domain/validation/contact';
import type { WizardState } from './context';

/** The part of a wizard's state the 申込担当者 step reads and writes. */
export interface ContactState extends WizardState {
  /** validated by the step's button */
  contact?: Contact;
}

/** Each 申込担当者 field's id (also where its text lives in `raw`). */
export const CONTACT_IDS = Object.fromEntries(CONTACT_FIELDS.map((f) => [f, `contact-${f}`])) as Readonly<
  Record<ContactField, string>
>;

/** A contact's fields as raw text under their ids, to pre-fill the step. */
export function contactRaw(contact: Contact | undefined): Record<string, string> {
  if (!contact) return {};
  return Object.fromEntries(Object.entries(contactToRaw(contact)).map(([k, v]) => [CONTACT_IDS[k as ContactField], v]));
}
