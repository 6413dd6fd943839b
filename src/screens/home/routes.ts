import type { RouteDefinition } from '@solidjs/router';
import { notReady } from '../../ui/NotReady';

export const nssRoutes: RouteDefinition[] = [{ path: '/', component: notReady('メインメニュー') }];
