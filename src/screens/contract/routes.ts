import type { RouteDefinition } from '@solidjs/router';
import { notReady } from '../../ui/NotReady';

export const nssRoutes: RouteDefinition[] = [{ path: '/contract', component: notReady('契約内容確認') }];
