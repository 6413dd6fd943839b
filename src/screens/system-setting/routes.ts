import type { RouteDefinition } from '@solidjs/router';
import { lazyNamed as step } from '../../app/lazy';

/** One route per step; the draft steps share one draft session (SystemSettingWizard). */
export const nssRoutes: RouteDefinition[] = [
  { path: '/system-setting', component: step(() => import('./Guidance'), 'Guidance') },
  { path: '/system-setting/complete/:applicationId', component: step(() => import('./CompleteStep'), 'CompleteStep') },
  {
    path: '/system-setting',
    component: step(() => import('./SystemSettingWizard'), 'SystemSettingWizard'),
    children: [
      { path: '/contact', component: step(() => import('./ContactStep'), 'ContactStep') },
      { path: '/codes', component: step(() => import('./CodesStep'), 'CodesStep') },
      { path: '/codes/:code', component: step(() => import('./CodeStep'), 'CodeStep') },
      { path: '/confirm', component: step(() => import('./ConfirmStep'), 'ConfirmStep') },
    ],
  },
];
