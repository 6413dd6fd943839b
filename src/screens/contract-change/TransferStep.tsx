// 事業所間の登録情報の移動(付替) 入力 (no seed screen; in the NSS style of 論理端末 入力,
// docs/contract-change.md): the office's 利用者ID and 論理端末 (契約情報) with 「移動」 per
// row, and 移動先の事業所 among the company's other offices.
import './contract-change.css';
import { createMemo, Show } from 'solid-js';
import { checkTransfer, movableIds, movableTerminals, TRANSFER_LEAD, TRANSFER_SECTION, TRANSFER_TO_LABEL, transferTargets } from '../../domain/contract-change/transfer';
import { getOfficeContract, listSisterOffices } from '../../store/contracts';
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
import { linesOf, TRANSFER_IDS, type ContractChangeState, type StepId } from './state';
import { TERMINAL_COLUMNS, terminalCells } from './terminal-row';

export function TransferStep() {
  const { owner } = useWizard<ContractChangeState, StepId>();
  const step = useStep<ContractChangeState, StepId>('transfer');
  const contract = createLiveQuery(() => owner, getOfficeContract);
  const company = createLiveQuery(() => owner, listSisterOffices);
  const form = createStepForm<ContractChangeState, keyof typeof TRANSFER_IDS>(TRANSFER_IDS, { onEdit: (s) => void delete s.others?.transfer });
  const ids = createMemo(() => movableIds(owner, contract()?.userIds ?? []));
  const terminals = createMemo(() => movableTerminals(owner, contract()?.terminals ?? []));
  const targets = createMemo(() => {
    const c = contract();
    return c ? transferTargets(c.office, company() ?? []) : [];
  });

  function submit() {
    const c = contract();
    if (!c) return;
    const change = form.take(
      checkTransfer(
        { to: form.raw('to'), userIds: linesOf(form.raw('userIds')), terminals: linesOf(form.raw('terminals')) },
        { office: c.office, companyOffices: company() ?? [], userIds: c.userIds, terminals: c.terminals },
      ),
    );
    if (change) step.proceed((s) => (s.others = { ...s.others, transfer: change }));
  }

  return (
    <WizardPage step={step} errors={form.errors}>
      <ItemLead>{TRANSFER_LEAD}</ItemLead>
      <WizardForm onSubmit={submit}>
        <Block id="transfer-input" title={TRANSFER_SECTION}>
          <RadioGroup
            {...form.field('to')}
            legend={TRANSFER_TO_LABEL}
            options={targets().map((o) => ({ value: o.code, label: `${o.code} ${o.officeName}` }))}
          />
          <Show when={!company.loading() && targets().length === 0}>
            <p>同じ企業略称の他の事業所はありません。</p>
          </Show>
          <div id={TRANSFER_IDS.moved} tabIndex={-1}>
            <FieldMessage fieldId={TRANSFER_IDS.moved} message={form.field('moved').error} />
            <h3 class="sub-title">契約情報(利用者ID)</h3>
            <DataTable
              caption="移動する利用者ID"
              columns={['区分', '業種', '処理方式', { label: '利用者ID', columns: ['利用者コード', '識別番号'] }, { label: '移動', class: 'center' }]}
              rows={ids()}
              rowHeader={3}
              cells={(i) => [
                contract()?.userCodes.find((c) => c.code === i.userCode)?.systemKind ?? '',
                i.industries.join(' '),
                i.method,
                i.userCode,
                i.idNo,
                <ListCheckbox form={form} name="userIds" value={i.id} label={`利用者ID「${i.id}」を移動`} />,
              ]}
              empty="契約中の利用者IDはありません。"
              emptyInTable
            />
            <h3 class="sub-title">契約情報(論理端末)</h3>
            <DataTable
              caption="移動する論理端末"
              columns={[...TERMINAL_COLUMNS, { label: '移動', class: 'center' }]}
              rows={terminals()}
              rowHeader={3}
              cells={(t) => [
                ...terminalCells(t),
                <ListCheckbox form={form} name="terminals" value={t.name} label={`論理端末「${t.name}」を移動`} />,
              ]}
              empty="契約している論理端末はありません。"
              emptyInTable
            />
          </div>
        </Block>
        <NextAction />
      </WizardForm>
    </WizardPage>
  );
}
