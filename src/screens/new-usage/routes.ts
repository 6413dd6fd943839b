import type { RouteDefinition } from '@solidjs/router';
import { lazyNamed } from '../../app/lazy';

/** 新規申込 before any login (outside the NSS layout). */
export const signupRoutes: RouteDefinition[] = [
  { path: '/signup', component: lazyNamed(() => import('./SignupPages'), 'SignupTerms') },
  { path: '/signup/contact', component: lazyNamed(() => import('./SignupPages'), 'SignupContact') },
  { path: '/signup/confirm', component: lazyNamed(() => import('./SignupPages'), 'SignupConfirm') },
  { path: '/signup/complete', component: lazyNamed(() => import('./SignupPages'), 'SignupComplete') },
];

import { lazyNamed as step } from '../../app/lazy';
import { wizardRoutes } from '../../wizard/routes';
import { newUsageJourney } from './flow';

/** The NACCS利用申込, behind the 仮ログインID's login (the NSS layout shows it and nothing else). */
export const nssRoutes = wizardRoutes(newUsageJourney, 'new-usage', {
  guidance: step(() => import('./Guidance'), 'Guidance'),
  form: step(() => import('./FormStep'), 'FormStep'),
  confirm: step(() => import('./ConfirmStep'), 'ConfirmStep'),
  complete: step(() => import('./CompleteStep'), 'CompleteStep'),
});
