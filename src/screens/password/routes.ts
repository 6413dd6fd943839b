import type { RouteDefinition } from '@solidjs/router';
import { lazy } from 'solid-js';

export const nssRoutes: RouteDefinition[] = [
  { path: '/password', component: lazy(() => import('./PasswordPage')) },
  { path: '/password/complete', component: lazy(() => import('./CompletePage')) },
];
