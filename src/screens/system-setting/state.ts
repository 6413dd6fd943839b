// What the システム設定申込 wizard keeps in its draft: the raw text of every field
// (valid or not) apart from the answers each step validated.
import type { Contact } from '../../domain/contact';
import type { UserCode } from '../../domain/contract';
import { isNewUserCode, settingValues } from '../../domain/system-setting/checks';
import { englishRules, ENGLISH_FIELDS, R12_TEXT, type EnglishField } from '../../domain/system-setting/fields';
import {
  DUAL_OUTPUT_TAB,
  dualOutputApplies,
  industryTabs,
  itemProblem,
  itemValue,
  PASSWORD_TAB,
  passwordApplies,
  STATS_TAB,
  statsApplies,
  type CodeContext,
  type SettingTab,
} from '../../domain/system-setting/items';
import type { CodeSetting } from '../../domain/system-setting/payload';
import type { Schedule } from '../../domain/system-setting/schedule';
import { withCompanyName } from '../../domain/system-setting/targets';
import { upsertRow } from '../../domain/rows';
import { firstError } from '../../domain/validation/rules';
import { contactRaw } from '../../wizard/contact-state';
import type { TabDef } from '../../wizard/tabs';

export type StepId = 'guidance' | 'contact' | 'codes' | 'code' | 'confirm' | 'complete';

export interface SystemSettingState {
  /** every field's text as typed, keyed by field id (a list of choices joined by spaces) */
  raw: Record<string, string>;
  /** drafts begun before the 業種 tab stopped choosing 業種 may still hold it; unused */
  rawIndustries?: Record<string, string[]>;
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
  return { raw: contactRaw(contact), codes: [] };
}

/** Every field of a code (its ids, and its text's keys in `raw`) starts so. */
const codePrefix = (code: string) => `code-${code}-`;
export const englishKey = (code: string, field: EnglishField) => `${codePrefix(code)}${field}`;
/** an item of a tab after 名称 (domain/system-setting/items.ts) */
export const itemKey = (code: string, item: string) => `${codePrefix(code)}${item}`;
export const importerKey = (code: string) => itemKey(code, 'importerCode');
export const SCHEDULE_KEYS = { timing: 'schedule-timing', desiredDate: 'schedule-desiredDate', note: 'schedule-note' } as const;

/** The fields of a code as first shown: what this application set, else the contract. */
export function seedCodeFields(state: SystemSettingState, code: UserCode): Record<string, string> {
  const set = state.codes.find((c) => c.userCode === code.code);
  const english = set?.english ?? code.english;
  const raw: Record<string, string> = {};
  for (const f of ENGLISH_FIELDS) raw[englishKey(code.code, f)] = english[f];
  if (set) for (const [key, value] of Object.entries(settingValues(set))) raw[itemKey(code.code, key)] = value;
  return raw;
}

/** Whether the code's fields have been opened (typed text exists for it). */
export function hasCodeFields(state: SystemSettingState, code: string): boolean {
  return englishKey(code, 'company') in state.raw;
}

const englishOf = (state: SystemSettingState, code: string) =>
  Object.fromEntries(ENGLISH_FIELDS.map((f) => [f, state.raw[englishKey(code, f)] ?? ''])) as Record<EnglishField, string>;

/** The typed values of a code's items, by item key (untouched ones absent). */
export function itemValuesOf(state: SystemSettingState, code: string): Record<string, string> {
  const prefix = codePrefix(code);
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(state.raw)) if (key.startsWith(prefix)) values[key.slice(prefix.length)] = value;
  return values;
}

export type CodeTab = 'names' | 'industries' | 'dual' | 'stats' | 'password';

/** The tab's messages by field id, in the order its items are shown. */
function tabProblems(state: SystemSettingState, ctx: CodeContext, tabs: readonly SettingTab[]): Record<string, string> {
  const values = itemValuesOf(state, ctx.code.code);
  const errors: Record<string, string> = {};
  for (const tab of tabs)
    for (const item of tab.items) {
      const message = itemProblem(tab, item, values, isNewUserCode(ctx.code), R12_TEXT);
      if (message) errors[itemKey(ctx.code.code, item.key)] = message;
    }
  return errors;
}

/**
 * The tabs of システム設定情報入力 (seed 000 ⑤), each with its checks (rule R12 for a
 * new code: the required items of 名称 and 業種), shown according to the contract.
 */
export const CODE_TABS: readonly TabDef<SystemSettingState, CodeContext, CodeTab>[] = [
  {
    key: 'names',
    label: '名称',
    check(state, ctx) {
      const english = englishOf(state, ctx.code.code);
      const errors: Record<string, string> = {};
      for (const f of ENGLISH_FIELDS) {
        const message = firstError(english[f], englishRules(f, isNewUserCode(ctx.code)));
        if (message) errors[englishKey(ctx.code.code, f)] = message;
      }
      return errors;
    },
  },
  {
    key: 'industries',
    label: '業種',
    applies: (_, ctx) => ctx.industries.length > 0,
    check: (state, ctx) => tabProblems(state, ctx, industryTabs(ctx.industries)),
  },
  { key: 'dual', label: DUAL_OUTPUT_TAB.label, applies: (_, ctx) => dualOutputApplies(ctx), check: (s, ctx) => tabProblems(s, ctx, [DUAL_OUTPUT_TAB]) },
  { key: 'stats', label: STATS_TAB.label, applies: (_, ctx) => statsApplies(ctx), check: (s, ctx) => tabProblems(s, ctx, [STATS_TAB]) },
  { key: 'password', label: PASSWORD_TAB.label, applies: (_, ctx) => passwordApplies(ctx), check: (s, ctx) => tabProblems(s, ctx, [PASSWORD_TAB]) },
];

/** The setting tabs (after 名称) shown for the code, flattened: 業種 sub-tabs, 二重出力, … */
export function shownSettingTabs(ctx: CodeContext): SettingTab[] {
  return [
    ...industryTabs(ctx.industries),
    ...(dualOutputApplies(ctx) ? [DUAL_OUTPUT_TAB] : []),
    ...(statsApplies(ctx) ? [STATS_TAB] : []),
    ...(passwordApplies(ctx) ? [PASSWORD_TAB] : []),
  ];
}

/** The code's setting as 「この内容で設定する」 registers it (its tabs already checked). */
export function codeSettingOf(state: SystemSettingState, ctx: CodeContext): CodeSetting {
  const values = itemValuesOf(state, ctx.code.code);
  const settings: Record<string, string> = {};
  let importerCode = '';
  for (const tab of shownSettingTabs(ctx))
    for (const item of tab.items) {
      const value = itemValue(item, values).trim();
      if (value === '') continue;
      if (item.key === 'importerCode') importerCode = value;
      else settings[item.key] = value;
    }
  return {
    userCode: ctx.code.code,
    systemKind: ctx.code.systemKind,
    newCode: isNewUserCode(ctx.code),
    english: englishOf(state, ctx.code.code),
    industries: [...ctx.industries],
    importerCode,
    settings,
  };
}

/** 削除 of a set code: its setting and everything typed for it go; the schedule must be confirmed again. */
export function dropCode(s: SystemSettingState, code: string): void {
  s.codes = s.codes.filter((c) => c.userCode !== code);
  for (const key of Object.keys(s.raw)) if (key.startsWith(codePrefix(code))) delete s.raw[key];
  delete s.rawIndustries?.[code];
  delete s.schedule;
}

/**
 * 「この内容で設定する」: the code's setting replaces any earlier one, keeping its place;
 * its 企業名 becomes the 企業名 of the other codes of the company set (one company, one
 * 企業名(英)), in their typed text too.
 */
export function setCode(s: SystemSettingState, setting: CodeSetting): void {
  s.codes = upsertRow(withCompanyName(s.codes, setting), setting, (c) => c.userCode);
  for (const c of s.codes) if (c.userCode !== setting.userCode && englishKey(c.userCode, 'company') in s.raw) s.raw[englishKey(c.userCode, 'company')] = c.english.company;
}
