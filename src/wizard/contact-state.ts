import type { Contact } from '../domain/contact';
import { contactToRaw, type ContactField } from '../domain/validation/contact';

/** The part of a wizard's state the 申込担当者 step reads and writes. */
export interface ContactState {
  /** every field's text as typed, keyed by field id */
  raw: Record<string, string>;
  /** validated by the step's button */
  contact?: Contact;
}

/** Where a 申込担当者 field's text lives in `raw`. */
export const contactKey = (field: ContactField) => `contact-${field}`;

/** A contact's fields as raw text under their keys, to pre-fill the step. */
export function contactRaw(contact: Contact | undefined): Record<string, string> {
  if (!contact) return {};
  return Object.fromEntries(Object.entries(contactToRaw(contact)).map(([k, v]) => [contactKey(k as ContactField), v]));
}
