// Field rules as valibot schemas, and valibot issues as one message per field.
import * as v from 'valibot';
import { firstError, type FieldRule } from './rules';

/** A string field checked by the given rules (first failing rule wins). */
export function ruledString(rules: readonly FieldRule[]) {
  return v.pipe(
    v.string(),
    v.rawCheck<string>(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const message = firstError(dataset.value, rules);
      if (message) addIssue({ message });
    }),
  );
}

/** A 利用者コード in a filed payload: five half-width upper-case letters or digits. */
export const userCodeSchema = v.pipe(v.string(), v.regex(/^[0-9A-Z]{5}$/, '利用者コードは半角英数字5桁です。'));

/** The first message for each field, keyed by its dot path ('email', 'codes.0.company'). */
export function messagesByField(issues: readonly v.BaseIssue<unknown>[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const key = v.getDotPath(issue) ?? '';
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}

/**
 * What every check of a step's input returns: the value, or a message per field
 * (keyed by the field's name; the wizard kit binds names to field ids).
 */
export type Checked<T, K extends string = string> = { ok: true; value: T } | { ok: false; errors: Partial<Record<K, string>> };

/** A check that failed on these fields (no field left out: undefined messages are dropped). */
export function failed<K extends string>(errors: Partial<Record<K, string | undefined>>): { ok: false; errors: Partial<Record<K, string>> } {
  const kept: Partial<Record<K, string>> = {};
  for (const [k, m] of Object.entries(errors) as [K, string | undefined][]) if (m) kept[k] = m;
  return { ok: false, errors: kept };
}

/** Parses with the schema; on failure, the Japanese message of each field. */
export function checkWith<T>(schema: v.GenericSchema<unknown, T>, input: unknown): Checked<T, string> {
  const result = v.safeParse(schema, input);
  return result.success ? { ok: true, value: result.output } : { ok: false, errors: messagesByField(result.issues) };
}
