import type { RouteDefinition } from '@solidjs/router';
import { lazy } from 'solid-js';

export const nssRoutes: RouteDefinition[] = [{ path: '/contract', component: lazy(() => import('./ContractPage')) }];
