// The route map. Each flow folder exports its own routes; paths are fixed here
// so that menus, notices and mails can link to them.
import type { RouteDefinition } from '@solidjs/router';
import { nssRoutes as applications } from '../screens/applications/routes';
import { nssRoutes as billing } from '../screens/billing/routes';
import { nssRoutes as brokerId, trainerRoutes as brokerIdTrainer } from '../screens/broker-id/routes';
import { nssRoutes as certReissue } from '../screens/cert-reissue/routes';
import { trainerRoutes as center } from '../screens/center/routes';
import { nssRoutes as contractChange } from '../screens/contract-change/routes';
import { nssRoutes as contract } from '../screens/contract/routes';
import { nssRoutes as home } from '../screens/home/routes';
import { exerciseRoutes as exercises, trainerRoutes as exerciseResults } from '../screens/exercises/routes';
import { nssRoutes as newUsage } from '../screens/new-usage/routes';
import { trainerRoutes as mailbox } from '../screens/mailbox/routes';
import { nssRoutes as password } from '../screens/password/routes';
import { trainerRoutes as settings } from '../screens/settings/routes';
import { nssRoutes as systemSetting } from '../screens/system-setting/routes';

/** Screens of the NSS itself, behind login, inside the NSS header and tabs. */
export const nssRoutes: RouteDefinition[] = [
  ...home,
  ...contract,
  ...applications,
  ...billing,
  ...password,
  ...contractChange,
  ...systemSetting,
  ...brokerId,
  ...certReissue,
  ...newUsage,
];

/** The trainer's side (the simulated NACCS Center), outside the NSS tabs. */
export const trainerRoutes: RouteDefinition[] = [...center, ...mailbox, ...settings, ...brokerIdTrainer, ...exerciseResults];

/** 演習 (the trainee's side), outside the NSS tabs and its login. */
export const exerciseRoutes: RouteDefinition[] = [...exercises];
