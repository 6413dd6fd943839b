// 共用 入力 and 共同利用 入力 (共用(追加・解除), FAQ: 機器共用; 共同利用(追加・解除); no seed
// screen, in the NSS style of 論理端末 入力, docs/contract-change.md): the 区分 (追加・解除),
// the other office (共用: the company's others; 共同利用: other companies' offices), and
// the 論理端末 of either office that fit the choice.
import './contract-change.css';
import { createMemo, Show } from 'solid-js';
import {
  actionLabelOf,
  checkShare,
  partnerLabelOf,
  sectionOf,
  SHARE_ACTIONS,
  SHARE_TEXTS,
  shareCandidates,
  sharePartners,
  type ShareAction,
  type ShareKind,
} from '../../domain/contract-change/share';
import { getOffice, listTerminalsOf } from '../../store/contracts';
import { listOffices } from '../../store/bills';
import { createLiveQuery } from '../../store/live';
import { Block } from '../../ui/Block';
import { DataTable } from '../../ui/DataTable';
import { RadioGroup } from '../../ui/form/RadioGroup';
import { WizardForm } from '../../ui/form/WizardForm';
import { FieldMessage } from '../../ui/form/FieldMessage';
import { useStep, useWizard } from '../../wizard/context';
import { createStepForm } from '../../wizard/form';
import { WizardPage } from '../../wizard/WizardPage';
import { ItemLead, NextAction } from './FieldItemStep';
import { ListCheckbox } from './ListCheckbox';
import { linesOf, shareIdsOf, type ContractChangeState, type StepId } from './state';
import { sharedWithCell, TERMINAL_COLUMNS, terminalCells } from './terminal-row';

function ShareChoiceStep(props: { kind: ShareKind }) {
  const kind = props.kind;
  const w = SHARE_TEXTS[kind].word;
  const ids = shareIdsOf(kind);
  const { owner } = useWizard<ContractChangeState, StepId>();
  const step = useStep<ContractChangeState, StepId>(kind);
  const office = createLiveQuery(() => owner, getOffice);
  const offices = createLiveQuery(() => owner, () => listOffices());
  const form = createStepForm<ContractChangeState, keyof typeof ids>(ids, {
    onEdit: (s, name) => {
      void delete s.others?.[kind];
      // another choice offers other terminals
      if (name !== 'terminals') delete s.raw[ids.terminals];
    },
  });
  const partners = createMemo(() => {
    const o = office();
    return o ? sharePartners(kind, o, offices() ?? []) : [];
  });
  const action = () => SHARE_ACTIONS.find((a) => a === form.raw('action'));
  // the terminals of this office and of the chosen one
  const terminals = createLiveQuery(() => form.raw('partner') || owner, (partner) => listTerminalsOf([owner, partner]));
  const candidates = createMemo(() => {
    const a = action();
    const partner = form.raw('partner');
    return a && partner ? shareCandidates(a as ShareAction, owner, partner, terminals() ?? []) : [];
  });
  const officeName = (code: string) => {
    const o = (offices() ?? []).find((x) => x.code === code);
    return o ? `${o.code} ${o.officeName}` : code;
  };
  const listTitle = () => (action() === '解除' ? `${w}を解除する論理端末` : `${w}する論理端末`);

  function submit() {
    const o = office();
    if (!o) return;
    const change = form.take(
      checkShare(
        kind,
        { action: form.raw('action'), partner: form.raw('partner'), terminals: linesOf(form.raw('terminals')) },
        { office: o, offices: offices() ?? [], terminals: terminals() ?? [] },
      ),
    );
    if (change) step.proceed((s) => (s.others = { ...s.others, [kind]: change }));
  }

  return (
    <WizardPage step={step} errors={form.errors}>
      <ItemLead>{SHARE_TEXTS[kind].lead}</ItemLead>
      <WizardForm onSubmit={submit}>
        <Block id={`${kind}-input`} title={sectionOf(kind)}>
          <RadioGroup {...form.field('action')} legend={actionLabelOf(kind)} options={SHARE_ACTIONS.map((a) => ({ value: a, label: a }))} />
          <RadioGroup
            {...form.field('partner')}
            legend={partnerLabelOf(kind)}
            options={partners().map((o) => ({ value: o.code, label: kind === 'share' ? `${o.code} ${o.officeName}` : `${o.code} ${o.companyName} ${o.officeName}` }))}
          />
          <Show when={!offices.loading() && partners().length === 0}>
            <p>{SHARE_TEXTS[kind].noPartner}</p>
          </Show>
          <div id={ids.terminals} tabIndex={-1}>
            <FieldMessage fieldId={ids.terminals} message={form.field('terminals').error} />
            <h3 class="sub-title">{listTitle()}</h3>
            <Show when={action() && form.raw('partner')} fallback={<p>{actionLabelOf(kind)}と{partnerLabelOf(kind)}を選択すると、対象の論理端末が表示されます。</p>}>
              <DataTable
                caption={listTitle()}
                columns={['事業所', ...TERMINAL_COLUMNS, '他事業所と共用', { label: '選択', class: 'center' }]}
                rows={candidates()}
                rowHeader={4}
                cells={(t) => [
                  officeName(t.officeCode),
                  ...terminalCells(t),
                  sharedWithCell(t),
                  <ListCheckbox form={form} name="terminals" value={t.name} label={`論理端末「${t.name}」を選択`} />,
                ]}
                empty={action() === '解除' ? `${partnerLabelOf(kind)}と${w}している論理端末はありません。` : `${w}できる論理端末はありません。`}
                emptyInTable
              />
            </Show>
          </div>
        </Block>
        <NextAction />
      </WizardForm>
    </WizardPage>
  );
}

export const ShareStep = () => <ShareChoiceStep kind="share" />;
export const JointUseStep = () => <ShareChoiceStep kind="jointUse" />;
