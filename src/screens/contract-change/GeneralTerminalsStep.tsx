// 一般NACCS論理端末 入力 — 一般NACCS端末の登録情報(追加・変更・削除) (no seed screen; as
// seed 002's 論理端末 入力, docs/contract-change.md): how many 一般NACCS terminals to
// add per システム区分 (the number to add, not the total: R11), and the contract's
// 一般NACCS terminals with 区分の変更 and 論理端末の廃止.
import './contract-change.css';
import { For, Show } from 'solid-js';
import { GENERAL_EQUIPMENT, SYSTEM_KINDS, type SystemKind } from '../../domain/contract';
import {
  checkGeneralTerminalInput,
  GENERAL_TERMINAL_LABEL,
  GENERAL_TERMINALS_ERROR_ID,
  generalAdditionId,
  generalTerminalsOf,
} from '../../domain/contract-change/general-terminals';
import { R11_TEXT, TERMINAL_SYSTEMS } from '../../domain/contract-change/terminals';
import { listTerminals } from '../../store/contracts';
import { createLiveQuery } from '../../store/live';
import { Block } from '../../ui/Block';
import { DataTable } from '../../ui/DataTable';
import { FieldMessage } from '../../ui/form/FieldMessage';
import { WizardForm } from '../../ui/form/WizardForm';
import { useStep, useWizard } from '../../wizard/context';
import { createStepForm } from '../../wizard/form';
import { WizardPage } from '../../wizard/WizardPage';
import { ItemLead, NextAction } from './FieldItemStep';
import type { ContractChangeState, StepId } from './state';

const IDS = Object.fromEntries([...TERMINAL_SYSTEMS.map((s) => generalAdditionId(s.kind)), GENERAL_TERMINALS_ERROR_ID].map((id) => [id, id])) as Record<string, string>;

export function GeneralTerminalsStep() {
  const { session, owner } = useWizard<ContractChangeState, StepId>();
  const step = useStep<ContractChangeState, StepId>('generalTerminals');
  const terminals = createLiveQuery(() => owner, async (o) => generalTerminalsOf(await listTerminals(o), o));
  const form = createStepForm<ContractChangeState, string>(IDS, { onEdit: (s) => delete s.generalTerminals });
  const abolished = () => session.state.rawGeneralAbolished ?? [];
  const systemOf = (name: string, current: SystemKind) => session.state.rawGeneralReclass?.[name] ?? current;

  function submit() {
    const reclassed = Object.entries(session.state.rawGeneralReclass ?? {}).map(([name, systemKind]) => ({ name, systemKind }));
    const change = form.take(checkGeneralTerminalInput(form.values(), reclassed, abolished(), terminals() ?? []));
    if (change) step.proceed((s) => (s.generalTerminals = change));
  }

  return (
    <WizardPage step={step} errors={form.errors}>
      <ItemLead>現在の契約内容が表示されていますので、一般NACCSの論理端末の情報を変更してください。</ItemLead>
      <WizardForm onSubmit={submit}>
        <Block id="general-terminal-additions" title="論理端末の追加に関する項目">
          <p>
            一般NACCS回線で利用する論理端末を追加します。
            <br />
            システム区分に応じて追加する端末数を入力してください。
          </p>
          <p class="important">追加申込を行う台数を入力してください。{R11_TEXT}</p>
          <div class="table-scroll">
            <table class="data-table terminal-grid">
              <caption class="visually-hidden">{GENERAL_TERMINAL_LABEL}</caption>
              <thead>
                <tr>
                  <th scope="col">システム区分</th>
                  <For each={TERMINAL_SYSTEMS}>{(s) => <th scope="col">{s.label}</th>}</For>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">
                    {GENERAL_TERMINAL_LABEL} <span class="optional-mark">任意</span>
                  </th>
                  <For each={TERMINAL_SYSTEMS}>
                    {(s) => {
                      const f = () => form.field(generalAdditionId(s.kind));
                      return (
                        <td classList={{ 'field-error': !!f().error }}>
                          <FieldMessage fieldId={f().id} message={f().error} />
                          <input
                            id={f().id}
                            class="input input-xs"
                            inputMode="numeric"
                            value={f().value}
                            aria-label={`${GENERAL_TERMINAL_LABEL} ${s.label}`}
                            aria-invalid={f().error ? 'true' : undefined}
                            aria-describedby={f().error ? `${f().id}-error` : undefined}
                            onInput={(e) => f().onValue(e.currentTarget.value)}
                          />{' '}
                          個 <span class="field-hint">(半角数字)</span>
                        </td>
                      );
                    }}
                  </For>
                </tr>
              </tbody>
            </table>
          </div>
          <p class="notes">
            利用機器区分・パッケージソフト区分は「{GENERAL_EQUIPMENT}」です。一般NACCSの論理端末にはデジタル証明書はありません。
          </p>
        </Block>

        <Block id="general-terminal-changes-block" title="論理端末の変更・廃止に関する項目">
          <p>
            論理端末のシステム区分を変更する場合は、「区分の変更」でシステム区分を選択してください。
            <br />
            表示されている論理端末を廃止したい場合は、「論理端末の廃止」を選択してください。
          </p>
          <Show when={form.field(GENERAL_TERMINALS_ERROR_ID).error}>
            <p class="field-message">{form.field(GENERAL_TERMINALS_ERROR_ID).error}</p>
          </Show>
          <h3 class="sub-title">契約情報</h3>
          <div id={GENERAL_TERMINALS_ERROR_ID} tabIndex={-1}>
            <DataTable
              caption="契約情報の一般NACCSの論理端末"
              columns={['区分', '利用機器区分', 'パッケージソフト区分', '論理端末名', { label: '論理端末の変更', columns: ['区分の変更', { label: '論理端末の廃止', class: 'center' }] }]}
              rows={terminals() ?? []}
              rowHeader={3}
              cells={(t) => [
                t.systemKind,
                t.equipment,
                t.packageKind,
                t.name,
                <span class="inline-radios" role="radiogroup" aria-label={`${t.name}の区分の変更`}>
                  <For each={SYSTEM_KINDS}>
                    {(k) => (
                      <label>
                        <input
                          type="radio"
                          name={`general-reclass-${t.name}`}
                          checked={systemOf(t.name, t.systemKind) === k}
                          onChange={() =>
                            session.update((s) => {
                              const r = (s.rawGeneralReclass ??= {});
                              if (k === t.systemKind) delete r[t.name];
                              else r[t.name] = k;
                              delete s.generalTerminals;
                            })
                          }
                        />
                        {k}
                      </label>
                    )}
                  </For>
                </span>,
                <input
                  type="checkbox"
                  aria-label={`${t.name}を廃止`}
                  checked={abolished().includes(t.name)}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    session.update((s) => {
                      const now = s.rawGeneralAbolished ?? [];
                      s.rawGeneralAbolished = on ? [...now, t.name] : now.filter((n) => n !== t.name);
                      delete s.generalTerminals;
                    });
                  }}
                />,
              ]}
              empty="契約している一般NACCSの論理端末はありません。"
              emptyInTable
            />
          </div>
        </Block>
        <NextAction />
      </WizardForm>
    </WizardPage>
  );
}
