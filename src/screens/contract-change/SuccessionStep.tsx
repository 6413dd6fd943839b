// 地位の承継 入力 (no seed screen; in the NSS style of the item screens,
// docs/contract-change.md): 契約情報 (the company today), then the successor's 企業名,
// 企業略称, 契約者 and 本社, pre-filled from the contract — overwrite what changes.
import './contract-change.css';
import { createMemo, For } from 'solid-js';
import { HINTS, type FieldKind, type FieldSpec } from '../../domain/contract-change/fields';
import { ABBR_LABEL, checkSuccession, SUCCESSION_ITEM, SUCCESSION_LEAD, type SuccessionInputField } from '../../domain/contract-change/succession';
import { getOffice } from '../../store/contracts';
import { createLiveQuery } from '../../store/live';
import { Block } from '../../ui/Block';
import { TextInput } from '../../ui/form/TextInput';
import { WizardForm } from '../../ui/form/WizardForm';
import { KeyValueTable } from '../../ui/KeyValueTable';
import { useStep, useWizard } from '../../wizard/context';
import { createStepForm } from '../../wizard/form';
import { WizardPage } from '../../wizard/WizardPage';
import { ItemLead, NextAction } from './FieldItemStep';
import { fieldId, type ContractChangeState, type StepId } from './state';

/** The fields in the page's order: 企業略称 after the company's names, as ID通知内容 lists it. */
const FIELDS: readonly (Omit<FieldSpec<SuccessionInputField>, 'kind'> & { kind?: FieldKind })[] = [
  ...SUCCESSION_ITEM.fields.slice(0, 2),
  { name: 'companyAbbr', label: ABBR_LABEL, max: 3, example: 'KWB' },
  ...SUCCESSION_ITEM.fields.slice(2),
];
const NAMES = FIELDS.map((f) => f.name);
const IDS = Object.fromEntries(NAMES.map((n) => [n, fieldId('succession', n)])) as Record<SuccessionInputField, string>;

export function SuccessionStep() {
  const { session, owner } = useWizard<ContractChangeState, StepId>();
  const step = useStep<ContractChangeState, StepId>('succession');
  const office = createLiveQuery(() => owner, getOffice);
  const form = createStepForm<ContractChangeState, SuccessionInputField>(IDS, { onEdit: (s) => void delete s.others?.succession });
  const current = createMemo(() => {
    const o = office();
    return o ? { ...SUCCESSION_ITEM.current(o), companyAbbr: o.companyAbbr } : undefined;
  });
  const value = (name: SuccessionInputField) => (IDS[name] in session.state.raw ? form.raw(name) : (current()?.[name] ?? ''));

  function submit() {
    const o = office();
    if (!o) return;
    const input = Object.fromEntries(NAMES.map((n) => [n, value(n)])) as Record<SuccessionInputField, string>;
    const change = form.take(checkSuccession(input, o));
    if (change) step.proceed((s) => (s.others = { ...s.others, succession: change }));
  }

  return (
    <WizardPage step={step} errors={form.errors}>
      <ItemLead>{SUCCESSION_LEAD}</ItemLead>
      <WizardForm onSubmit={submit}>
        <Block id="succession-contract" title="契約情報">
          <KeyValueTable rows={FIELDS.map((f) => ({ label: f.label, value: current()?.[f.name] ?? '' }))} />
        </Block>
        <Block id="succession-input" title={SUCCESSION_ITEM.block}>
          <For each={FIELDS}>
            {(f) => {
              const kind = f.kind;
              return (
                <TextInput
                  {...form.field(f.name)}
                  value={value(f.name)}
                  label={f.label}
                  hint={kind ? HINTS[kind] : '半角英大文字3桁'}
                  example={f.example}
                  required
                  width={f.max > 30 ? 'l' : f.max <= 7 ? 's' : 'm'}
                  type={kind === '電話番号' ? 'tel' : 'text'}
                  inputMode={kind === '郵便番号' || kind === '電話番号' ? 'numeric' : undefined}
                  note={kind === '電話番号' ? '「-」(ハイフン)は入力しないでください。' : undefined}
                />
              );
            }}
          </For>
        </Block>
        <NextAction />
      </WizardForm>
    </WizardPage>
  );
}
