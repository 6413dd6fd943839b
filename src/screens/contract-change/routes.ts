import { lazyNamed as step } from '../../app/lazy';
import { wizardRoutes } from '../../wizard/routes';
import { contractChangeJourney } from './flow';

export const nssRoutes = wizardRoutes(contractChangeJourney, 'contract-change', {
  guidance: step(() => import('./Guidance'), 'Guidance'),
  items: step(() => import('./ItemsStep'), 'ItemsStep'),
  contact: step(() => import('./ContactStep'), 'ContactStep'),
  codes: step(() => import('./CodesStep'), 'CodesStep'),
  code: step(() => import('./CodeDetail'), 'CodeStep'),
  newCode: step(() => import('./CodeDetail'), 'NewCodeStep'),
  shareCode: step(() => import('./CodeDetail'), 'ShareCodeStep'),
  company: step(() => import('./OfficeStep'), 'CompanyStep'),
  contractor: step(() => import('./OfficeStep'), 'ContractorStep'),
  headOffice: step(() => import('./OfficeStep'), 'HeadOfficeStep'),
  admin: step(() => import('./OfficeStep'), 'AdminStep'),
  options: step(() => import('./OptionsStep'), 'OptionsStep'),
  billingAddress: step(() => import('./BillingStep'), 'BillingAddressStep'),
  billingContact: step(() => import('./BillingStep'), 'BillingContactStep'),
  payment: step(() => import('./BillingStep'), 'PaymentStep'),
  terminals: step(() => import('./TerminalsStep'), 'TerminalsStep'),
  plan: step(() => import('./PlanStep'), 'PlanStep'),
  // その他の契約変更
  termination: step(() => import('./TerminationStep'), 'TerminationStep'),
  share: step(() => import('./ShareStep'), 'ShareStep'),
  jointUse: step(() => import('./ShareStep'), 'JointUseStep'),
  jointUseNewOffice: step(() => import('./JointNewStep'), 'JointNewStep'),
  transfer: step(() => import('./TransferStep'), 'TransferStep'),
  succession: step(() => import('./SuccessionStep'), 'SuccessionStep'),
  lines: step(() => import('./LinesStep'), 'LinesStep'),
  generalTerminals: step(() => import('./GeneralTerminalsStep'), 'GeneralTerminalsStep'),
  mailboxes: step(() => import('./MailboxesStep'), 'MailboxesStep'),
  confirm: step(() => import('./ConfirmStep'), 'ConfirmStep'),
  complete: step(() => import('./CompleteStep'), 'CompleteStep'),
});
