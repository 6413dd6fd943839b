import { createSignal } from 'solid-js';
import type { FieldError } from '../ui/form/ErrorSummary';
import { logStepErrors } from './training-log';

/**
 * The errors a step shows in its summary and at its fields. Every `fail` counts
 * as a new attempt, so the summary takes focus again even with the same errors.
 */
export function createStepErrors() {
  const [errors, setErrors] = createSignal<FieldError[]>([]);
  const [attempt, setAttempt] = createSignal(0);
  return {
    errors,
    attempt,
    /** the message at a field, if any */
    errorOf: (id: string) => errors().find((e) => e.id === id)?.message,
    fail(found: FieldError[]) {
      logStepErrors(found);
      setErrors(found);
      setAttempt((n) => n + 1);
    },
    /** show these errors without taking focus (a tab just left was checked) */
    show(found: FieldError[]) {
      setErrors(found);
    },
    clear() {
      setErrors([]);
    },
  };
}

export type StepErrors = ReturnType<typeof createStepErrors>;

/** A check's messages (keyed by field name) as summary entries, in the order of `ids`, bound to the fields' ids. */
export function boundErrors<K extends string>(ids: Readonly<Record<K, string>>, errors: Partial<Record<K, string>>): FieldError[] {
  return (Object.keys(ids) as K[]).filter((k) => errors[k]).map((k) => ({ id: ids[k], message: errors[k]! }));
}
