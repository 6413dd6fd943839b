import { lazyNamed as step } from '../../app/lazy';
import { wizardRoutes } from '../../wizard/routes';
import { systemSettingJourney } from './flow';

export const nssRoutes = wizardRoutes(systemSettingJourney, 'system-setting', {
  guidance: step(() => import('./Guidance'), 'Guidance'),
  contact: step(() => import('./ContactStep'), 'ContactStep'),
  codes: step(() => import('./CodesStep'), 'CodesStep'),
  code: step(() => import('./CodeStep'), 'CodeStep'),
  confirm: step(() => import('./ConfirmStep'), 'ConfirmStep'),
  complete: step(() => import('./CompleteStep'), 'CompleteStep'),
});
