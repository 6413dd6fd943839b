import type { ParentProps } from 'solid-js';
import { WizardShell } from '../../wizard/context';
import { systemSettingJourney } from './flow';
import type { StepId, SystemSettingState } from './state';

/** The layout route of the draft steps: one draft session for all of them. */
export function SystemSettingWizard(props: ParentProps) {
  return (
    <WizardShell<SystemSettingState, StepId> journey={systemSettingJourney} kind="system-setting">
      {props.children}
    </WizardShell>
  );
}
