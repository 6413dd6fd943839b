import type { RouteDefinition } from '@solidjs/router';
import { lazy } from 'solid-js';
import { LoginPage } from './LoginPage';

/** The login page is the first screen, so it is in the entry bundle; its help pages load on demand. */
export const loginRoutes: RouteDefinition[] = [
  { path: '/login', component: LoginPage },
  { path: '/login/forgot', component: lazy(() => import('./ForgotPage')) },
  { path: '/login/no-id', component: lazy(() => import('./NoIdPage')) },
];
