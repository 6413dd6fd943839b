import type { RouteDefinition } from '@solidjs/router';
import { notReady } from '../../ui/NotReady';

export const nssRoutes: RouteDefinition[] = [{ path: '/broker-id', component: notReady('通関士IDの追加') }];

/** UTB (通関士証票番号登録) is a NACCS business, reached from the trainer menu. */
export const trainerRoutes: RouteDefinition[] = [{ path: '/trainer/utb', component: notReady('UTB 通関士証票番号登録') }];
