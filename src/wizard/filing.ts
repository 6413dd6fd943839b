// Filing a wizard's draft with the simulated center: the confirmation step's
// green button. The draft stops saving while it is filed and starts again if
// filing fails, so nothing typed is lost; refusals are shown in the summary.
import { useNavigate } from '@solidjs/router';
import { createSignal } from 'solid-js';
import type { SubmitRequest } from '../center/api';
import { SubmitRefusedError } from '../center/errors';
import { submitApplication } from '../center/submit';
import { useWizard } from './context';
import { stepUrl } from './journey';
import { createStepErrors } from './step-errors';

/** The id of the register button, where the summary's links lead. */
export const REGISTER_ID = 'register';

export type FilingRequest = Omit<SubmitRequest, 'officeCode' | 'draftAttachmentIds' | 'draftId' | 'amends'>;

export function createFiling<S extends object, Id extends string>(options: {
  /** said when the write fails for a reason that is not a refusal */
  failedMessage: string;
}) {
  const { session, journey, owner } = useWizard<S, Id>();
  const navigate = useNavigate();
  const errors = createStepErrors();
  const [busy, setBusy] = createSignal(false);
  const end = journey.steps.find((s) => s.place === 'end');

  const refuse = (messages: string[]) => errors.fail(messages.map((message) => ({ id: REGISTER_ID, message })));

  async function file(request: FilingRequest) {
    if (busy()) return;
    setBusy(true);
    try {
      await session.finish();
      // what this tab shows, saved: its revision is what the center checks the draft against
      const draft = session.draft();
      const result = await submitApplication({
        ...request,
        officeCode: owner,
        draftAttachmentIds: draft.attachments.map((a) => a.id),
        draftId: draft.id,
        draftRev: draft.rev,
        amends: draft.amends,
      });
      if (end) navigate(stepUrl(journey, { id: end.id, params: { applicationId: result.applicationId } }), { replace: true });
    } catch (err) {
      session.reopen();
      if (err instanceof SubmitRefusedError && err.draft) await session.refresh();
      refuse(err instanceof SubmitRefusedError ? err.messages : [options.failedMessage]);
    } finally {
      setBusy(false);
    }
  }

  /** filing cannot succeed from this tab: the draft was filed elsewhere, or another tab saved newer content */
  const blocked = () => session.gone() || !!session.conflict();

  return { ...errors, busy, blocked, file, refuse };
}
