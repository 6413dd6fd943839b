// What the システム設定申込 wizard keeps in its draft: the raw text of every field
// (valid or not) apart from the answers each step validated.
import type { Contact } from '../../domain/contact';
import type { UserCode } from '../../domain/contract';
import { isNewUserCode } from '../../domain/system-setting/checks';
import {
  englishRules,
  ENGLISH_FIELDS,
  importerCodeRules,
  industriesMessage,
  type EnglishField,
} from '../../domain/system-setting/fields';
import { hasCustomsTab } from '../../domain/system-setting/industries';
import type { CodeSetting } from '../../domain/system-setting/payload';
import type { Schedule } from '../../domain/system-setting/schedule';
import { firstError } from '../../domain/validation/rules';
import { contactRaw } from '../../wizard/contact-state';

export type StepId = 'guidance' | 'contact' | 'codes' | 'code' | 'confirm' | 'complete';

export interface SystemSettingState {
  /** every field's text as typed, keyed by field id */
  raw: Record<string, string>;
  /** 業種 ticked per code, as chosen (valid or not) */
  rawIndustries: Record<string, string[]>;
  /** validated by 「システム設定申込の入力へ進む」 */
  contact?: Contact;
  /** set by 「この内容で設定する」, in the order set */
  codes: CodeSetting[];
  /** validated by 「システム設定申込確認へ進む」 */
  schedule?: Schedule;
  /** where the user was, for 続きから */
  lastStep?: StepId;
  lastParams?: Record<string, string>;
}

export function emptyState(contact?: Contact): SystemSettingState {
  return { raw: contactRaw(contact), rawIndustries: {}, codes: [] };
}

/** Every field of a code (its ids, and its text's keys in `raw`) starts so. */
const codePrefix = (code: string) => `code-${code}-`;
export const englishKey = (code: string, field: EnglishField) => `${codePrefix(code)}${field}`;
export const importerKey = (code: string) => `${codePrefix(code)}importerCode`;
export const industriesId = (code: string) => `${codePrefix(code)}industries`;
export const SCHEDULE_KEYS = { timing: 'schedule-timing', desiredDate: 'schedule-desiredDate', note: 'schedule-note' } as const;

/** The fields of a code as first shown: what this application set, else the contract. */
export function seedCodeFields(state: SystemSettingState, code: UserCode): {
  raw: Record<string, string>;
  industries: string[];
} {
  const set = state.codes.find((c) => c.userCode === code.code);
  const english = set?.english ?? code.english;
  const raw: Record<string, string> = {};
  for (const f of ENGLISH_FIELDS) raw[englishKey(code.code, f)] = english[f];
  raw[importerKey(code.code)] = set?.importerCode ?? '';
  return { raw, industries: [...(set?.industries ?? code.industries)] };
}

/** Whether the code's fields have been opened (typed text exists for it). */
export function hasCodeFields(state: SystemSettingState, code: string): boolean {
  return englishKey(code, 'company') in state.raw;
}

export type CodeCheck = { ok: true; value: CodeSetting } | { ok: false; errors: Record<string, string> };

/** Checks one code's tabs (rule R12 for a new code); messages keyed by field id. */
export function checkCodeFields(state: SystemSettingState, code: UserCode): CodeCheck {
  const newCode = isNewUserCode(code);
  const errors: Record<string, string> = {};
  const english = {} as Record<EnglishField, string>;
  for (const f of ENGLISH_FIELDS) {
    const key = englishKey(code.code, f);
    english[f] = state.raw[key] ?? '';
    const message = firstError(english[f], englishRules(f, newCode));
    if (message) errors[key] = message;
  }
  const industries = state.rawIndustries[code.code] ?? [];
  if (industries.length === 0) errors[industriesId(code.code)] = industriesMessage(newCode);
  const importerCode = hasCustomsTab(industries) ? (state.raw[importerKey(code.code)] ?? '') : '';
  const importerMessage = firstError(importerCode, importerCodeRules);
  if (importerMessage) errors[importerKey(code.code)] = importerMessage;
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    value: { userCode: code.code, systemKind: code.systemKind, newCode, english, industries, importerCode },
  };
}

/** 削除 of a set code: its setting and everything typed for it go; the schedule must be confirmed again. */
export function dropCode(s: SystemSettingState, code: string): void {
  s.codes = s.codes.filter((c) => c.userCode !== code);
  for (const key of Object.keys(s.raw)) if (key.startsWith(codePrefix(code))) delete s.raw[key];
  delete s.rawIndustries[code];
  delete s.schedule;
}

/** 「この内容で設定する」: the code's setting replaces any earlier one, keeping its place. */
export function withCodeSetting(codes: CodeSetting[], setting: CodeSetting): CodeSetting[] {
  const i = codes.findIndex((c) => c.userCode === setting.userCode);
  return i < 0 ? [...codes, setting] : codes.map((c, j) => (j === i ? setting : c));
}
