import type { RouteDefinition } from '@solidjs/router';
import { lazyNamed as step } from '../../app/lazy';
import { wizardRoutes } from '../../wizard/routes';
import { brokerIdJourney } from './flow';

export const nssRoutes = wizardRoutes(brokerIdJourney, 'broker-id', {
  guidance: step(() => import('./Guidance'), 'Guidance'),
  contact: step(() => import('./ContactStep'), 'ContactStep'),
  ids: step(() => import('./IdsStep'), 'IdsStep'),
  confirm: step(() => import('./ConfirmStep'), 'ConfirmStep'),
  complete: step(() => import('./CompleteStep'), 'CompleteStep'),
});

/** UTB (通関士証票番号登録) is a NACCS business, reached from the trainer menu as a NACCS terminal. */
export const trainerRoutes: RouteDefinition[] = [
  { path: '/trainer/utb', component: step(() => import('./utb/UtbPage'), 'UtbPage') },
];
