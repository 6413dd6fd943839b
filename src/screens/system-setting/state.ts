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
import { upsertRow } from '../../domain/rows';
import { firstError } from '../../domain/validation/rules';
import { contactRaw } from '../../wizard/contact-state';
import type { TabDef } from '../../wizard/tabs';

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

const englishOf = (state: SystemSettingState, code: string) =>
  Object.fromEntries(ENGLISH_FIELDS.map((f) => [f, state.raw[englishKey(code, f)] ?? ''])) as Record<EnglishField, string>;
const industriesOf = (state: SystemSettingState, code: string) => state.rawIndustries[code] ?? [];
const importerCodeOf = (state: SystemSettingState, code: string) =>
  hasCustomsTab(industriesOf(state, code)) ? (state.raw[importerKey(code)] ?? '') : '';

export type CodeTab = 'names' | 'industries' | 'customs';

/**
 * The tabs of システム設定情報入力 (seed 000 ⑤), each with its checks (rule R12 for a
 * new code): 名称, 業種, and 通関・自社通関 while the code's 業種 include 通関.
 */
export const CODE_TABS: readonly TabDef<SystemSettingState, UserCode, CodeTab>[] = [
  {
    key: 'names',
    label: '名称',
    check(state, code) {
      const english = englishOf(state, code.code);
      const errors: Record<string, string> = {};
      for (const f of ENGLISH_FIELDS) {
        const message = firstError(english[f], englishRules(f, isNewUserCode(code)));
        if (message) errors[englishKey(code.code, f)] = message;
      }
      return errors;
    },
  },
  {
    key: 'industries',
    label: '業種',
    check: (state, code) =>
      industriesOf(state, code.code).length === 0 ? { [industriesId(code.code)]: industriesMessage(isNewUserCode(code)) } : {},
  },
  {
    key: 'customs',
    label: '通関・自社通関',
    applies: (state, code) => hasCustomsTab(industriesOf(state, code.code)),
    check(state, code) {
      const message = firstError(importerCodeOf(state, code.code), importerCodeRules);
      return message ? { [importerKey(code.code)]: message } : {};
    },
  },
];

/** The code's setting as 「この内容で設定する」 registers it (its tabs already checked). */
export function codeSettingOf(state: SystemSettingState, code: UserCode): CodeSetting {
  return {
    userCode: code.code,
    systemKind: code.systemKind,
    newCode: isNewUserCode(code),
    english: englishOf(state, code.code),
    industries: [...industriesOf(state, code.code)],
    importerCode: importerCodeOf(state, code.code),
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
  return upsertRow(codes, setting, (c) => c.userCode);
}
