import type { RouteDefinition } from '@solidjs/router';
import { lazy } from 'solid-js';

export const nssRoutes: RouteDefinition[] = [
  { path: '/billing', component: lazy(() => import('./BillListPage')) },
  { path: '/billing/:month', component: lazy(() => import('./BillDetailPage')) },
];
