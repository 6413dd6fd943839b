// The item screens of 変更申込 that are plain fields (企業名、事業所名、所在地等, 契約者,
// 本社情報, システム管理責任者, 請求書送付先, 請求先担当者): each field's label, character
// class and length, the contract's value pre-filled, and the check of what was typed.
// A field left as the contract holds it is the contract's own value and is not
// checked again (the demo's registered 所在地 has half-width letters); a field
// that changes must follow its rule (docs/contract-change.md).
import type { Office } from '../contract';
import { emailAddress, fullWidth, fullWidthKana, maxChars, phoneDigits, postalCode, required, firstError, type FieldRule } from '../validation/rules';
import { failed, type Checked } from '../validation/schema';

export type FieldKind = '全角' | '全角カナ' | '郵便番号' | '電話番号' | 'E-mail';

export interface FieldSpec<K extends string = string> {
  name: K;
  label: string;
  kind: FieldKind;
  max: number;
  example?: string;
}

/** The hint a field shows in brackets, as the seeds' forms do. */
export const HINTS: Record<FieldKind, string> = {
  全角: '全角',
  全角カナ: '全角カナ',
  郵便番号: '半角数字7桁',
  電話番号: '半角数字',
  'E-mail': '半角英数字',
};

export function rulesOf(spec: FieldSpec): FieldRule[] {
  const kind: Record<FieldKind, (label: string) => FieldRule> = {
    全角: fullWidth,
    全角カナ: fullWidthKana,
    郵便番号: postalCode,
    電話番号: phoneDigits,
    'E-mail': emailAddress,
  };
  return [required(spec.label), kind[spec.kind](spec.label), maxChars(spec.label, spec.max)];
}

/** One item screen made of fields. */
export interface FieldItem<K extends string = string> {
  /** the step's title 「○○ 入力」 and the block 「○○に関する項目」 */
  title: string;
  block: string;
  /** the confirmation's section title */
  section: string;
  fields: readonly FieldSpec<K>[];
  current(office: Office): Record<K, string>;
}

export type FieldValues<K extends string = string> = Record<K, string>;

/** A field of another item asked again under a name of its own (its label, kind and limit stay). */
export function fieldOf<K extends string, N extends string>(item: FieldItem<K>, from: K, name: N, example?: string): FieldSpec<N> {
  const spec = item.fields.find((f) => f.name === from)!;
  return { ...spec, name, ...(example ? { example } : {}) };
}

/** 「…の変更内容がありません。」 when every field is as the contract holds it. */
export const noChangeText = (item: string) => `${item}の変更内容がありません。変更する項目を入力してください。`;

/**
 * 「次へ進む」 of a field item screen: every changed field follows its rule, and
 * something changes. The value is every field (changed or not): the block as it
 * will be from the 利用開始日.
 */
export function checkFields<K extends string>(
  item: Pick<FieldItem<K>, 'fields' | 'title'>,
  input: Readonly<Record<K, string>>,
  current: Readonly<Record<K, string>>,
): Checked<FieldValues<K>, K> {
  const errors: Partial<Record<K, string>> = {};
  let changed = false;
  for (const spec of item.fields) {
    const value = input[spec.name] ?? '';
    if (value === current[spec.name]) continue;
    changed = true;
    const error = firstError(value, rulesOf(spec));
    if (error) errors[spec.name] = error;
  }
  if (Object.keys(errors).length) return failed(errors);
  if (!changed) return failed({ [item.fields[0].name]: noChangeText(item.title.replace(/ 入力$/, '')) } as Partial<Record<K, string>>);
  return { ok: true, value: Object.fromEntries(item.fields.map((f) => [f.name, input[f.name] ?? ''])) as FieldValues<K> };
}

/** The fields that differ from the contract: the rows the confirmation shows as changing. */
export function changedFields<K extends string>(item: Pick<FieldItem<K>, 'fields'>, after: Readonly<Record<K, string>>, before: Readonly<Record<K, string>>): FieldSpec<K>[] {
  return item.fields.filter((f) => after[f.name] !== before[f.name]);
}
