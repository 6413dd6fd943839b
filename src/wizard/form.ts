// A step's fields bound to the draft: each field's text lives in the draft's
// `raw` under its id, and a check's messages (keyed by field name) come back to
// the fields and the error summary through the same ids. A screen names its
// fields once and never maps errors to ids by hand.
import type { Checked } from '../domain/validation/schema';
import { useWizard, type WizardState } from './context';
import { boundErrors, createStepErrors } from './step-errors';

export interface BoundField {
  id: string;
  value: string;
  onValue: (text: string) => void;
  error?: string;
}

export function createStepForm<S extends WizardState, K extends string>(
  /**
   * each field's name → its id (also the key of its text in `raw`), in the order
   * the page shows them; a function where an id follows the data (the first row's button)
   */
  idsOf: Readonly<Record<K, string>> | (() => Readonly<Record<K, string>>),
  options: {
    /** runs in the same update as every edit: drop the answer the edit makes stale */
    onEdit?: (state: S, name: K) => void;
  } = {},
) {
  const { session } = useWizard<S, string>();
  const errors = createStepErrors();
  const ids = typeof idsOf === 'function' ? idsOf : () => idsOf;
  const raw = (name: K) => session.state.raw[ids()[name]] ?? '';

  function set(name: K, text: string) {
    session.update((s) => {
      s.raw[ids()[name]] = text;
      options.onEdit?.(s, name);
    });
  }

  return {
    errors,
    raw,
    set,
    /** every field's text by name */
    values: () => Object.fromEntries((Object.keys(ids()) as K[]).map((k) => [k, raw(k)])) as Record<K, string>,
    /** the props that bind an input (TextInput, TextArea, RadioGroup) to the field */
    field: (name: K): BoundField => ({
      id: ids()[name],
      value: raw(name),
      onValue: (text) => set(name, text),
      error: errors.errorOf(ids()[name]),
    }),
    /** A check's result: its messages at the fields and in the summary (then undefined), or its value with the errors cleared. */
    take<T>(result: Checked<T, K>): T | undefined {
      if (result.ok) {
        errors.clear();
        return result.value;
      }
      errors.fail(boundErrors(ids(), result.errors));
      return undefined;
    },
  };
}

export type StepForm<S extends WizardState, K extends string> = ReturnType<typeof createStepForm<S, K>>;
