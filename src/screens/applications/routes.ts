import type { RouteDefinition } from '@solidjs/router';
import { lazy } from 'solid-js';
import { notReady } from '../../ui/NotReady';

export const nssRoutes: RouteDefinition[] = [
  { path: '/applications', component: lazy(() => import('./ApplicationsPage')) },
  { path: '/applications/:id', component: lazy(() => import('./ApplicationDetailPage')) },
  // ID通知内容 参照 is built with 通関士IDの追加 (issue 5).
  { path: '/applications/:id/id-notice', component: notReady('ID通知内容 参照') },
];
