import type { RouteDefinition } from '@solidjs/router';
import { notReady } from '../../ui/NotReady';

export const trainerRoutes: RouteDefinition[] = [{ path: '/trainer/mailbox', component: notReady('受信箱') }];
