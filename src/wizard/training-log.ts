// What a wizard tells 演習's event log (store/events.ts): the step a trainee is on
// and the messages a step refused input with. Only written while an exercise
// runs; the flow and step are read off the address, so no screen passes them.
import type { FieldError } from '../ui/form/ErrorSummary';
import { logEvent } from '../store/events';

function where(): { flow: string; step: string } {
  const path = typeof location === 'undefined' ? '' : location.pathname;
  const [flow = '', ...rest] = path.replace(/^\/+/, '').split('/');
  const step = rest.join('/');
  return { flow: flow || 'home', step: step || 'guidance' };
}

export function logStepErrors(found: readonly FieldError[]): void {
  const { flow, step } = where();
  for (const e of found) logEvent({ type: 'error', flow, step, field: e.id, message: e.message });
}

export function logStepVisit(): void {
  logEvent({ type: 'visit', ...where() });
}

export function logDraftAbandoned(): void {
  logEvent({ type: 'abandon', flow: where().flow });
}
