import type { RouteDefinition } from '@solidjs/router';
import '../../ui/form/form.css';
import { CodeStep } from './CodeStep';
import { CodesStep } from './CodesStep';
import { CompleteStep } from './CompleteStep';
import { ConfirmStep } from './ConfirmStep';
import { ContactStep } from './ContactStep';
import { SystemSettingWizard } from './SystemSettingWizard';
import { Guidance } from './Guidance';

/** One route per step; the draft steps share one draft session (SystemSettingWizard). */
export const nssRoutes: RouteDefinition[] = [
  { path: '/system-setting', component: Guidance },
  { path: '/system-setting/complete/:applicationId', component: CompleteStep },
  {
    path: '/system-setting',
    component: SystemSettingWizard,
    children: [
      { path: '/contact', component: ContactStep },
      { path: '/codes', component: CodesStep },
      { path: '/codes/:code', component: CodeStep },
      { path: '/confirm', component: ConfirmStep },
    ],
  },
];
