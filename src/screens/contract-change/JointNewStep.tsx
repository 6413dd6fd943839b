// 共同利用(新規事業所) 入力 (no seed screen; in the NSS style of 共同利用 入力, ShareStep.tsx,
// docs/contract-change.md): the 区分 (追加 only), the 申込受付番号 of the new office's
// 新規申込, and which of this office's 論理端末 it will use.
import './contract-change.css';
import { createMemo } from 'solid-js';
import {
  checkJointNew,
  JOINT_NEW_ACTION_LABEL,
  JOINT_NEW_ACTIONS,
  JOINT_NEW_LEAD,
  JOINT_NEW_RECEIPT_LABEL,
  JOINT_NEW_SECTION,
  JOINT_NEW_TERMINALS_LABEL,
  jointNewCandidates,
} from '../../domain/contract-change/joint-new';
import { listTerminalsOf } from '../../store/contracts';
import { createLiveQuery } from '../../store/live';
import { Block } from '../../ui/Block';
import { DataTable } from '../../ui/DataTable';
import { RadioGroup } from '../../ui/form/RadioGroup';
import { TextInput } from '../../ui/form/TextInput';
import { WizardForm } from '../../ui/form/WizardForm';
import { FieldMessage } from '../../ui/form/FieldMessage';
import { useStep, useWizard } from '../../wizard/context';
import { createStepForm } from '../../wizard/form';
import { WizardPage } from '../../wizard/WizardPage';
import { ItemLead, NextAction } from './FieldItemStep';
import { ListCheckbox } from './ListCheckbox';
import { JOINT_NEW_IDS, linesOf, type ContractChangeState, type StepId } from './state';
import { sharedWithCell, TERMINAL_COLUMNS, terminalCells } from './terminal-row';

export function JointNewStep() {
  const { owner } = useWizard<ContractChangeState, StepId>();
  const step = useStep<ContractChangeState, StepId>('jointUseNewOffice');
  const form = createStepForm<ContractChangeState, keyof typeof JOINT_NEW_IDS>(JOINT_NEW_IDS, {
    onEdit: (s) => void delete s.others?.jointUseNewOffice,
  });
  const terminals = createLiveQuery(() => owner, (code) => listTerminalsOf([code]));
  const candidates = createMemo(() => jointNewCandidates(owner, terminals() ?? []));

  function submit() {
    const change = form.take(
      checkJointNew(
        { action: form.raw('action'), receiptNo: form.raw('receiptNo'), terminals: linesOf(form.raw('terminals')) },
        { officeCode: owner, terminals: terminals() ?? [] },
      ),
    );
    if (change) step.proceed((s) => (s.others = { ...s.others, jointUseNewOffice: change }));
  }

  return (
    <WizardPage step={step} errors={form.errors}>
      <ItemLead>{JOINT_NEW_LEAD}</ItemLead>
      <WizardForm onSubmit={submit}>
        <Block id="joint-new-input" title={JOINT_NEW_SECTION}>
          <RadioGroup {...form.field('action')} legend={JOINT_NEW_ACTION_LABEL} options={JOINT_NEW_ACTIONS.map((a) => ({ value: a, label: a }))} />
          <TextInput {...form.field('receiptNo')} label={JOINT_NEW_RECEIPT_LABEL} hint="半角英数字8桁" example="2612001A" width="s" />
          <div id={JOINT_NEW_IDS.terminals} tabIndex={-1}>
            <FieldMessage fieldId={JOINT_NEW_IDS.terminals} message={form.field('terminals').error} />
            <h3 class="sub-title">{JOINT_NEW_TERMINALS_LABEL}</h3>
            <DataTable
              caption={JOINT_NEW_TERMINALS_LABEL}
              columns={[...TERMINAL_COLUMNS, '他事業所と共用', { label: '選択', class: 'center' }]}
              rows={candidates()}
              rowHeader={3}
              cells={(t) => [
                ...terminalCells(t),
                sharedWithCell(t),
                <ListCheckbox form={form} name="terminals" value={t.name} label={`論理端末「${t.name}」を選択`} />,
              ]}
              empty="共同利用できる論理端末はありません。"
              emptyInTable
            />
          </div>
        </Block>
        <NextAction />
      </WizardForm>
    </WizardPage>
  );
}
