import type { RouteDefinition } from '@solidjs/router';
import { lazy } from 'solid-js';

export const nssRoutes: RouteDefinition[] = [
  { path: '/applications', component: lazy(() => import('./ApplicationsPage')) },
  { path: '/applications/:id', component: lazy(() => import('./ApplicationDetailPage')) },
  { path: '/applications/:id/id-notice', component: lazy(() => import('./IdNoticePage')) },
];
