import type { RouteDefinition } from '@solidjs/router';
import { lazy } from 'solid-js';

export const trainerRoutes: RouteDefinition[] = [{ path: '/trainer/mailbox', component: lazy(() => import('./MailboxPage')) }];
