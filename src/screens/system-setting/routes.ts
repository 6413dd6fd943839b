import type { RouteDefinition } from '@solidjs/router';
import { lazy } from 'solid-js';

// Loaded on demand: the wizard, valibot and the holiday data stay out of the login page's download.
const step = <K extends string>(load: () => Promise<Record<K, unknown>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] as () => ReturnType<typeof import('solid-js').createComponent> }));

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
