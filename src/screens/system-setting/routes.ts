import type { RouteDefinition } from '@solidjs/router';
import { notReady } from '../../ui/NotReady';

export const nssRoutes: RouteDefinition[] = [{ path: '/system-setting', component: notReady('システム設定の申込') }];
