// 共用 入力 (共用(追加・解除), FAQ: 機器共用; no seed screen, in the NSS style of
// 論理端末 入力, docs/contract-change.md): 共用の区分 (追加・解除), 共用先の事業所 among
// the company's other offices, and the 論理端末 of either office that fit the choice.
import './contract-change.css';
import { createMemo, Show } from 'solid-js';
import {
  checkShare,
  SHARE_ACTION_LABEL,
  SHARE_ACTIONS,
  SHARE_LEAD,
  SHARE_PARTNER_LABEL,
  SHARE_SECTION,
  shareCandidates,
  sharePartners,
  sharedWith,
  type ShareAction,
} from '../../domain/contract-change/share';
import { getOffice, listCompanyTerminals, listSisterOffices } from '../../store/contracts';
import { createLiveQuery } from '../../store/live';
import { Block } from '../../ui/Block';
import { DataTable } from '../../ui/DataTable';
import { RadioGroup } from '../../ui/form/RadioGroup';
import { WizardForm } from '../../ui/form/WizardForm';
import { useStep, useWizard } from '../../wizard/context';
import { createStepForm } from '../../wizard/form';
import { WizardPage } from '../../wizard/WizardPage';
import { ItemLead, NextAction } from './FieldItemStep';
import { ListCheckbox } from './ListCheckbox';
import { linesOf, SHARE_IDS, type ContractChangeState, type StepId } from './state';

export function ShareStep() {
  const { owner } = useWizard<ContractChangeState, StepId>();
  const step = useStep<ContractChangeState, StepId>('share');
  const office = createLiveQuery(() => owner, getOffice);
  const company = createLiveQuery(() => owner, listSisterOffices);
  const terminals = createLiveQuery(() => office()?.companyAbbr, listCompanyTerminals);
  const form = createStepForm<ContractChangeState, keyof typeof SHARE_IDS>(SHARE_IDS, {
    onEdit: (s, name) => {
      void delete s.others?.share;
      // another choice offers other terminals
      if (name !== 'terminals') delete s.raw[SHARE_IDS.terminals];
    },
  });
  const partners = createMemo(() => {
    const o = office();
    return o ? sharePartners(o, company() ?? []) : [];
  });
  const action = () => SHARE_ACTIONS.find((a) => a === form.raw('action'));
  const candidates = createMemo(() => {
    const a = action();
    const partner = form.raw('partner');
    return a && partner ? shareCandidates(a as ShareAction, owner, partner, terminals() ?? []) : [];
  });
  const officeName = (code: string) => {
    const o = (company() ?? []).find((x) => x.code === code);
    return o ? `${o.code} ${o.officeName}` : code;
  };

  function submit() {
    const o = office();
    if (!o) return;
    const change = form.take(
      checkShare(
        { action: form.raw('action'), partner: form.raw('partner'), terminals: linesOf(form.raw('terminals')) },
        { office: o, companyOffices: company() ?? [], terminals: terminals() ?? [] },
      ),
    );
    if (change) step.proceed((s) => (s.others = { ...s.others, share: change }));
  }

  return (
    <WizardPage step={step} errors={form.errors}>
      <ItemLead>{SHARE_LEAD}</ItemLead>
      <WizardForm onSubmit={submit}>
        <Block id="share-input" title={SHARE_SECTION}>
          <RadioGroup {...form.field('action')} legend={SHARE_ACTION_LABEL} options={SHARE_ACTIONS.map((a) => ({ value: a, label: a }))} />
          <RadioGroup
            {...form.field('partner')}
            legend={SHARE_PARTNER_LABEL}
            options={partners().map((o) => ({ value: o.code, label: `${o.code} ${o.officeName}` }))}
          />
          <Show when={!company.loading() && partners().length === 0}>
            <p>同じ企業略称の他の事業所はありません。</p>
          </Show>
          <div id={SHARE_IDS.terminals} tabIndex={-1}>
            <Show when={form.field('terminals').error}>
              <p class="field-message">{form.field('terminals').error}</p>
            </Show>
            <h3 class="sub-title">{action() === '解除' ? '共用を解除する論理端末' : '共用する論理端末'}</h3>
            <Show when={action() && form.raw('partner')} fallback={<p>{SHARE_ACTION_LABEL}と{SHARE_PARTNER_LABEL}を選択すると、対象の論理端末が表示されます。</p>}>
              <DataTable
                caption={action() === '解除' ? '共用を解除する論理端末' : '共用する論理端末'}
                columns={['事業所', '区分', '利用機器区分', 'パッケージソフト区分', '論理端末名', '他事業所と共用', { label: '選択', class: 'center' }]}
                rows={candidates()}
                rowHeader={4}
                cells={(t) => [
                  officeName(t.officeCode),
                  t.systemKind,
                  t.equipment,
                  t.packageKind,
                  t.name,
                  sharedWith(t).join(' ') || '×',
                  <ListCheckbox form={form} name="terminals" value={t.name} label={`論理端末「${t.name}」を選択`} />,
                ]}
                empty={action() === '解除' ? '共用先の事業所と共用している論理端末はありません。' : '共用できる論理端末はありません。'}
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
