import type { ParentProps } from 'solid-js';
import { WizardShell } from '../../wizard/context';
import { brokerIdJourney } from './flow';
import type { BrokerIdState, StepId } from './state';
import './broker-id.css';

/** The layout route of the draft steps: one draft session for all of them. */
export function BrokerIdWizard(props: ParentProps) {
  return (
    <WizardShell<BrokerIdState, StepId> journey={brokerIdJourney} kind="broker-id">
      {props.children}
    </WizardShell>
  );
}
