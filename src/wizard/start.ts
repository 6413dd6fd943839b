// Where every wizard starts and resumes: the 申込担当者 pre-filled from the
// office's last application, and 続きから to the step the user left.
import type { Contact } from '../domain/contact';
import type { Draft } from '../domain/draft';
import { listOfficeApplications } from '../store/applications';
import { draftStepUrl } from './context';
import { firstIncompleteStep, resolveVisit, stepUrl, type Journey } from './journey';

/** What every wizard's draft state remembers of where the user was. */
export interface RememberedStep<Id extends string = string> {
  lastStep?: Id;
  lastParams?: Record<string, string>;
}

/** The 申込担当者 of the office's most recent application, to pre-fill the next one. */
export async function lastContact(officeCode: string): Promise<Contact | undefined> {
  return (await listOfficeApplications(officeCode))[0]?.contact;
}

/** 続きから: the step the user was on, or the first incomplete one. */
export function resumeUrlOf<S extends RememberedStep<Id>, Id extends string>(journey: Journey<S, Id>, draft: Draft): string {
  const state = draft.state as S;
  const last = state.lastStep && journey.canVisit(state.lastStep, state) ? state.lastStep : undefined;
  const step = last ?? resolveVisit(journey, firstIncompleteStep(journey, state), state);
  if (step === journey.steps[0].id) return stepUrl(journey, step);
  return draftStepUrl(journey, draft.id, step, last ? (state.lastParams ?? {}) : {});
}
