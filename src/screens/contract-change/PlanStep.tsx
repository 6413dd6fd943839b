// 料金プラン 入力 (no seed screen; in the NSS style of the item screens, docs/contract-change.md):
// the contract's plans (契約情報), and A or B for netNACCS and 一般NACCS. Plans change in
// monthly units; the office's first netNACCS must choose one (R3).
import './contract-change.css';
import { createMemo } from 'solid-js';
import { checkPlan, PLAN_LABELS, PLAN_OPTIONS, planText } from '../../domain/contract-change/plan';
import { getOfficeContract } from '../../store/contracts';
import { createLiveQuery } from '../../store/live';
import { Block } from '../../ui/Block';
import { RadioGroup } from '../../ui/form/RadioGroup';
import { WizardForm } from '../../ui/form/WizardForm';
import { KeyValueTable } from '../../ui/KeyValueTable';
import { useStep, useWizard } from '../../wizard/context';
import { createStepForm } from '../../wizard/form';
import { WizardPage } from '../../wizard/WizardPage';
import { PLAN_IDS, ticked, type ContractChangeState, type StepId } from './state';
import { NextAction } from './FieldItemStep';

const NONE = { value: '', label: '利用なし' };

export function PlanStep() {
  const { session, owner } = useWizard<ContractChangeState, StepId>();
  const step = useStep<ContractChangeState, StepId>('plan');
  const contract = createLiveQuery(() => owner, getOfficeContract);
  const form = createStepForm<ContractChangeState, keyof typeof PLAN_IDS>(PLAN_IDS, { onEdit: (s) => delete s.plan });
  const current = createMemo(() => contract()?.office.feePlan);
  /** the office has no netNACCS yet and this application adds some (R3) */
  const addsNetNaccs = () => {
    const c = contract();
    const hasNet = !!c && (c.userIds.some((i) => i.method === 'net' && !i.endDate) || c.terminals.some((t) => !t.endDate));
    return !hasNet && ticked(session.state, 'netTerminal');
  };
  // the fields start from the contract
  const value = (field: keyof typeof PLAN_IDS) =>
    PLAN_IDS[field] in session.state.raw ? form.raw(field) : (current()?.[field] ?? '');

  function submit() {
    const c = current();
    if (!c) return;
    const plan = form.take(checkPlan({ netNACCS: value('netNACCS'), general: value('general') }, c, addsNetNaccs()));
    if (plan) step.proceed((s) => (s.plan = plan));
  }

  return (
    <WizardPage step={step} errors={form.errors}>
      <p class="lead">
        現在の契約内容が表示されていますので、料金プランを選択してください。
        <br />
        入力完了後に、「次へ進む」ボタンをクリックしてください。
      </p>
      <WizardForm onSubmit={submit}>
        <Block id="plan-contract" title="契約情報">
          <KeyValueTable
            rows={[
              { label: PLAN_LABELS.netNACCS, value: planText(current()?.netNACCS ?? null) },
              { label: PLAN_LABELS.general, value: planText(current()?.general ?? null) },
            ]}
          />
        </Block>
        <Block id="plan-choice" title="料金プランに関する項目">
          <p>
            料金プランは事業所ごとに、netNACCSと一般NACCSそれぞれについて選択します。料金プランの変更は月単位で適用されます。
          </p>
          <RadioGroup {...form.field('netNACCS')} value={value('netNACCS')} legend={PLAN_LABELS.netNACCS} options={[...PLAN_OPTIONS, NONE]} />
          <RadioGroup {...form.field('general')} value={value('general')} legend={PLAN_LABELS.general} options={[...PLAN_OPTIONS, NONE]} />
        </Block>
        <NextAction />
      </WizardForm>
    </WizardPage>
  );
}
