import type { RouteDefinition } from '@solidjs/router';
import { notReady } from '../../ui/NotReady';

export const trainerRoutes: RouteDefinition[] = [{ path: '/trainer/settings', component: notReady('設定') }];
