import { createSignal } from 'solid-js';
import type { FieldError } from '../ui/form/ErrorSummary';

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
      setErrors(found);
      setAttempt((n) => n + 1);
    },
    clear() {
      setErrors([]);
    },
  };
}

export type StepErrors = ReturnType<typeof createStepErrors>;
