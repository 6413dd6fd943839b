// 契約解除 入力 (契約解除、事業所廃止; no seed screen, in the NSS style of the item screens,
// docs/contract-change.md): the office being terminated (契約情報), what ends on the
// 契約満了日 (契約解除の対象), the 解約理由, and a confirmation that the trainee knows
// the office can no longer log in from that day.
import './contract-change.css';
import { Show } from 'solid-js';
import {
  CONFIRM_TEXT,
  REASON_DETAIL_LABEL,
  REASON_DETAIL_MAX,
  REASON_LABEL,
  TERMINATION_REASONS,
  checkTermination,
} from '../../domain/contract-change/termination';
import { toYmd8 } from '../../domain/time';
import { getOfficeContract } from '../../store/contracts';
import { createLiveQuery } from '../../store/live';
import { Block } from '../../ui/Block';
import { CheckboxGroup } from '../../ui/form/CheckboxGroup';
import { RadioGroup } from '../../ui/form/RadioGroup';
import { Sections } from '../../ui/form/Sections';
import { TextInput } from '../../ui/form/TextInput';
import { WizardForm } from '../../ui/form/WizardForm';
import { KeyValueTable } from '../../ui/KeyValueTable';
import { useStep, useWizard } from '../../wizard/context';
import { createStepForm } from '../../wizard/form';
import { WizardPage } from '../../wizard/WizardPage';
import type { ContractChangeState, StepId } from './state';
import { TERMINATION_IDS, terminationTargetTable } from './termination';
import { NextAction } from './FieldItemStep';

export function TerminationStep() {
  const { session, owner } = useWizard<ContractChangeState, StepId>();
  const step = useStep<ContractChangeState, StepId>('termination');
  const contract = createLiveQuery(() => owner, getOfficeContract);
  const form = createStepForm<ContractChangeState, keyof typeof TERMINATION_IDS>(TERMINATION_IDS, {
    onEdit: (s) => void delete s.others?.termination,
  });
  const confirmed = () => form.raw('confirmed') === '1';

  function submit() {
    const v = form.values();
    const part = form.take(checkTermination({ reason: v.reason, detail: v.detail, confirmed: confirmed() }));
    if (part) step.proceed((s) => (s.others = { ...s.others, termination: part }));
  }

  return (
    <WizardPage step={step} errors={form.errors}>
      <p class="lead">
        契約を解除する事業所の契約内容と、契約満了日に利用を終了するものを確認してください。
        <br />
        解約理由を入力し、確認欄にチェックを入れて、「次へ進む」ボタンをクリックしてください。
      </p>
      <WizardForm onSubmit={submit}>
        <Show when={contract()}>
          {(c) => (
            <>
              <Block id="termination-office" title="契約情報">
                <KeyValueTable
                  rows={[
                    { label: '事業所コード', value: c().office.code },
                    { label: '企業名', value: c().office.companyName },
                    { label: '事業所名', value: c().office.officeName },
                    { label: '所在地', value: c().office.address },
                    { label: '契約開始日', value: toYmd8(c().office.startDate) },
                    { label: '契約満了希望日', value: session.state.selection ? toYmd8(session.state.selection.startDate) : '' },
                  ]}
                />
              </Block>
              <Sections sections={[{ id: 'termination-targets', title: '契約解除の対象', content: [{ type: 'table', ...terminationTargetTable(c()) }] }]} />
            </>
          )}
        </Show>
        <Block id="termination-reason-block" title="契約解除に関する項目">
          <RadioGroup {...form.field('reason')} legend={REASON_LABEL} options={TERMINATION_REASONS.map((r) => ({ value: r, label: r }))} />
          <TextInput
            {...form.field('detail')}
            label={`${REASON_DETAIL_LABEL} (「その他」の場合は必須)`}
            hint={`${REASON_DETAIL_MAX}文字以内`}
            width="l"
          />
          <CheckboxGroup
            id={TERMINATION_IDS.confirmed}
            legend="確認"
            options={[CONFIRM_TEXT]}
            values={confirmed() ? [CONFIRM_TEXT] : []}
            onValues={(values) => form.set('confirmed', values.length ? '1' : '')}
            error={form.field('confirmed').error}
          />
        </Block>
        <NextAction />
      </WizardForm>
    </WizardPage>
  );
}
