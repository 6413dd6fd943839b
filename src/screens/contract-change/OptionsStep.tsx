// 管理統計資料 入力 (no seed screen; the 管理統計資料に関する項目 of S1's 詳細入力 per
// 利用者コード, docs/contract-change.md): for each 利用者コード of the office, 区分 and
// 業種 as the contract holds them, and 否 / 要 for 管理統計資料(有料分・無料分) (item
// 'stats') and 保税管理資料保存サービス (item 'retention'); an item not ticked is shown,
// not changed. 保存サービス 要 needs 有料分 要 and an eligible 業種 (DOMAIN.md §7.2).
import './contract-change.css';
import { createMemo, For, Show } from 'solid-js';
import {
  checkOptions,
  industriesOf,
  OPTION_LABELS,
  optionFieldName,
  type OptionFlag,
  type OptionScope,
} from '../../domain/contract-change/options';
import { RETENTION_INDUSTRIES } from '../../domain/contract-change/codes';
import { getOfficeContract } from '../../store/contracts';
import { createLiveQuery } from '../../store/live';
import { Block } from '../../ui/Block';
import { RadioGroup } from '../../ui/form/RadioGroup';
import { WizardForm } from '../../ui/form/WizardForm';
import { KeyValueTable } from '../../ui/KeyValueTable';
import { useStep, useWizard } from '../../wizard/context';
import { createStepForm } from '../../wizard/form';
import { WizardPage } from '../../wizard/WizardPage';
import { ItemLead, NextAction } from './FieldItemStep';
import { optionId, ticked, yesNo, type ContractChangeState, type StepId } from './state';

const FLAGS: readonly OptionFlag[] = ['statsPaid', 'statsFree', 'bondedRetention'];
const YES_NO = [
  { value: '否', label: '否' },
  { value: '要', label: '要' },
];

export function OptionsStep() {
  const { session, owner } = useWizard<ContractChangeState, StepId>();
  const step = useStep<ContractChangeState, StepId>('options');
  const contract = createLiveQuery(() => owner, getOfficeContract);
  const codes = createMemo(() => (contract()?.userCodes ?? []).filter((c) => !c.endDate));
  const scope = (): OptionScope => ({ stats: ticked(session.state, 'stats'), retention: ticked(session.state, 'retention') });
  const editable = (flag: OptionFlag) => (flag === 'bondedRetention' ? scope().retention : scope().stats);
  const ids = () =>
    Object.fromEntries(codes().flatMap((c) => FLAGS.map((f) => [optionFieldName(c.code, f), optionId(c.code, f)]))) as Record<string, string>;
  const form = createStepForm<ContractChangeState, string>(ids, { onEdit: (s) => void delete s.options });
  const value = (code: string, flag: OptionFlag) => {
    const id = optionId(code, flag);
    if (id in session.state.raw) return session.state.raw[id];
    const c = codes().find((x) => x.code === code);
    return c ? yesNo(c[flag]) : '';
  };

  function submit() {
    const c = contract();
    if (!c) return;
    const rows = codes().map((code) => ({
      code,
      industries: industriesOf(code, c.userIds),
      values: Object.fromEntries(FLAGS.map((f) => [f, value(code.code, f)])) as Record<OptionFlag, string>,
    }));
    const options = form.take(checkOptions(rows, scope()));
    if (options) step.proceed((s) => void (s.options = options));
  }

  return (
    <WizardPage step={step} errors={form.errors}>
      <ItemLead>現在の契約内容が表示されていますので、変更する利用者コードの「否」「要」を選択してください。</ItemLead>
      <WizardForm onSubmit={submit}>
        <Show when={scope().retention}>
          <p class="notes">
            保税管理資料保存サービスを「要」とする場合は、管理統計資料(有料分)も「要」としてください。保税管理資料保存サービスは、業種が
            {RETENTION_INDUSTRIES.join('、')}の利用者コードのみ利用できます。
          </p>
        </Show>
        <Show when={codes().length > 0} fallback={<p>契約中の利用者コードはありません。</p>}>
          <For each={codes()}>
            {(code) => (
              <Block id={`options-${code.code}`} title={`利用者コード ${code.code}`}>
                <KeyValueTable
                  rows={[
                    { label: '区分', value: code.systemKind },
                    { label: '業種', value: industriesOf(code, contract()?.userIds ?? []).join(' ') || '(未登録)' },
                    { label: '他事業所と共用', value: code.officeCodes.length > 1 ? 'あり' : 'なし' },
                    ...FLAGS.filter((f) => !editable(f)).map((f) => ({ label: OPTION_LABELS[f], value: yesNo(code[f]) })),
                  ]}
                />
                <For each={FLAGS.filter(editable)}>
                  {(flag) => (
                    <RadioGroup
                      {...form.field(optionFieldName(code.code, flag))}
                      value={value(code.code, flag)}
                      legend={`${code.code} ${OPTION_LABELS[flag]}`}
                      options={YES_NO}
                    />
                  )}
                </For>
              </Block>
            )}
          </For>
        </Show>
        <NextAction />
      </WizardForm>
    </WizardPage>
  );
}
