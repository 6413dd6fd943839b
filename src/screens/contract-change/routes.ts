import { lazyNamed as step } from '../../app/lazy';
import { wizardRoutes } from '../../wizard/routes';
import { contractChangeJourney } from './flow';

export const nssRoutes = wizardRoutes(contractChangeJourney, 'contract-change', {
  guidance: step(() => import('./Guidance'), 'Guidance'),
  items: step(() => import('./ItemsStep'), 'ItemsStep'),
  contact: step(() => import('./ContactStep'), 'ContactStep'),
  codes: step(() => import('./CodesStep'), 'CodesStep'),
  code: step(() => import('./CodeDetail'), 'CodeStep'),
  newCode: step(() => import('./CodeDetail'), 'NewCodeStep'),
  shareCode: step(() => import('./CodeDetail'), 'ShareCodeStep'),
  terminals: step(() => import('./TerminalsStep'), 'TerminalsStep'),
  plan: step(() => import('./PlanStep'), 'PlanStep'),
  confirm: step(() => import('./ConfirmStep'), 'ConfirmStep'),
  complete: step(() => import('./CompleteStep'), 'CompleteStep'),
});
