// Where every wizard starts and resumes: the 申込担当者 pre-filled from the
// owner's last application, and 続きから to the step the user left.
import type { Contact } from '../domain/contact';
import type { Draft } from '../domain/draft';
import { listOfficeApplications } from '../store/applications';
import { draftStepUrl, type WizardState } from './context';
import { isProvisionalId } from '../domain/new-usage/provisional';
import { getProvisionalAccount } from '../store/provisional';
import { canVisit, firstIncompleteStep, resolveVisit, stepOf, stepUrl, type Journey, type StepRef } from './journey';

/**
 * The 申込担当者 of the owner's most recent application, to pre-fill the next one; for a
 * 仮ログインID that has filed nothing yet, the 申込担当者 it was registered with (新規申込).
 */
export async function lastContact(owner: string): Promise<Contact | undefined> {
  const last = (await listOfficeApplications(owner))[0]?.contact;
  if (last || !isProvisionalId(owner)) return last;
  return (await getProvisionalAccount(owner))?.contact;
}

/** 続きから: the step the user was on, or the first incomplete one. */
export function resumeUrlOf<S extends WizardState<Id>, Id extends string>(journey: Journey<S, Id>, draft: Draft): string {
  const state = draft.state as S;
  const last: StepRef<Id> | undefined = state.lastStep ? { id: state.lastStep, params: state.lastParams ?? {} } : undefined;
  const target = last && canVisit(journey, last, state) ? last : resolveVisit(journey, firstIncompleteStep(journey, state), state);
  if (stepOf(journey, target.id).place === 'start') return stepUrl(journey, target);
  return draftStepUrl(journey, draft.id, target);
}
