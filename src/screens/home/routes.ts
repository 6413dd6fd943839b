import type { RouteDefinition } from '@solidjs/router';
import { lazy } from 'solid-js';

export const nssRoutes: RouteDefinition[] = [{ path: '/', component: lazy(() => import('./HomePage')) }];
