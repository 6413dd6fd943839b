import type { RouteDefinition } from '@solidjs/router';
import { notReady } from '../../ui/NotReady';

export const nssRoutes: RouteDefinition[] = [{ path: '/applications', component: notReady('申込内容確認') }];
