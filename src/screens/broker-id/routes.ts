import type { RouteDefinition } from '@solidjs/router';
import { lazyNamed as step } from '../../app/lazy';

/** One route per step; the draft steps share one draft session (BrokerIdWizard). */
export const nssRoutes: RouteDefinition[] = [
  { path: '/broker-id', component: step(() => import('./Guidance'), 'Guidance') },
  { path: '/broker-id/complete/:applicationId', component: step(() => import('./CompleteStep'), 'CompleteStep') },
  {
    path: '/broker-id',
    component: step(() => import('./BrokerIdWizard'), 'BrokerIdWizard'),
    children: [
      { path: '/contact', component: step(() => import('./ContactStep'), 'ContactStep') },
      { path: '/ids', component: step(() => import('./IdsStep'), 'IdsStep') },
      { path: '/confirm', component: step(() => import('./ConfirmStep'), 'ConfirmStep') },
    ],
  },
];

/** UTB (通関士証票番号登録) is a NACCS business, reached from the trainer menu as a NACCS terminal. */
export const trainerRoutes: RouteDefinition[] = [
  { path: '/trainer/utb', component: step(() => import('./utb/UtbPage'), 'UtbPage') },
];
