// 請求先の変更's input screens (no seed screens; DOMAIN.md §7.3, docs/contract-change.md):
// 請求書送付先 入力 and 請求先担当者 入力 (FieldItemStep), and 支払の方法 入力
// (口座振替 / 銀行振込, with the 口座振替申込専用紙 note).
import './contract-change.css';
import { createMemo } from 'solid-js';
import { BILLING_ADDRESS_ITEM, BILLING_CONTACT_ITEM, checkPayment, DEBIT_NOTE, PAYMENT_LABEL, PAYMENT_METHODS } from '../../domain/contract-change/billing';
import { getOffice } from '../../store/contracts';
import { createLiveQuery } from '../../store/live';
import { Block } from '../../ui/Block';
import { RadioGroup } from '../../ui/form/RadioGroup';
import { WizardForm } from '../../ui/form/WizardForm';
import { KeyValueTable } from '../../ui/KeyValueTable';
import { useStep, useWizard } from '../../wizard/context';
import { createStepForm } from '../../wizard/form';
import { WizardPage } from '../../wizard/WizardPage';
import { FIELD_LEAD, FieldItemStep, ItemLead, NextAction } from './FieldItemStep';
import { PAYMENT_ID, type ContractChangeState, type StepId } from './state';

export function BillingAddressStep() {
  return (
    <FieldItemStep
      step="billingAddress"
      item={BILLING_ADDRESS_ITEM}
      save={(s, v) => void ((s.billing ??= {}).billingAddress = v)}
      clear={(s) => void delete s.billing?.billingAddress}
    />
  );
}

export function BillingContactStep() {
  return (
    <FieldItemStep
      step="billingContact"
      item={BILLING_CONTACT_ITEM}
      save={(s, v) => void ((s.billing ??= {}).billingContact = v)}
      clear={(s) => void delete s.billing?.billingContact}
    />
  );
}

export function PaymentStep() {
  const { session, owner } = useWizard<ContractChangeState, StepId>();
  const step = useStep<ContractChangeState, StepId>('payment');
  const office = createLiveQuery(() => owner, getOffice);
  const form = createStepForm<ContractChangeState, 'payment'>({ payment: PAYMENT_ID }, { onEdit: (s) => void delete s.billing?.payment });
  const current = createMemo(() => office()?.billing.paymentMethod);
  const value = () => (PAYMENT_ID in session.state.raw ? form.raw('payment') : (current() ?? ''));

  function submit() {
    const c = current();
    if (!c) return;
    const method = form.take(checkPayment(value(), c));
    if (method) step.proceed((s) => void ((s.billing ??= {}).payment = method));
  }

  return (
    <WizardPage step={step} errors={form.errors}>
      <ItemLead>{FIELD_LEAD}</ItemLead>
      <WizardForm onSubmit={submit}>
        <Block id="payment-contract" title="契約情報">
          <KeyValueTable rows={[{ label: PAYMENT_LABEL, value: current() ?? '' }]} />
        </Block>
        <Block id="payment-input" title="支払の方法に関する項目">
          <RadioGroup {...form.field('payment')} value={value()} legend={PAYMENT_LABEL} options={PAYMENT_METHODS.map((m) => ({ value: m, label: m }))} />
          <p class="notes">{DEBIT_NOTE}</p>
        </Block>
        <NextAction />
      </WizardForm>
    </WizardPage>
  );
}
