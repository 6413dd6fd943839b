import { lazyNamed as step } from '../../app/lazy';
import { wizardRoutes } from '../../wizard/routes';
import { certReissueJourney } from './flow';

export const nssRoutes = wizardRoutes(certReissueJourney, 'cert-reissue', {
  guidance: step(() => import('./Guidance'), 'Guidance'),
  contact: step(() => import('./ContactStep'), 'ContactStep'),
  terminal: step(() => import('./TerminalStep'), 'TerminalStep'),
  confirm: step(() => import('./ConfirmStep'), 'ConfirmStep'),
  complete: step(() => import('./CompleteStep'), 'CompleteStep'),
});
