import type { RouteDefinition } from '@solidjs/router';
import { notReady } from '../../ui/NotReady';

export const trainerRoutes: RouteDefinition[] = [{ path: '/trainer', component: notReady('審査コンソール') }];
