// 論理端末 入力 — 利用申込情報(論理端末)登録画面 (seed 002 ⑥): how many terminals to
// add per kind and システム区分 (the number to add, not the total: R11), and the
// contract's terminals with 区分の変更 and 論理端末の廃止.
import './contract-change.css';
import { For, Show } from 'solid-js';
import { isGeneralTerminal, SYSTEM_KINDS, type SystemKind } from '../../domain/contract';
import {
  additionFieldId,
  checkTerminalInput,
  R11_TEXT,
  TERMINAL_KINDS,
  TERMINAL_SYSTEMS,
  terminalKindLabel,
} from '../../domain/contract-change/terminals';
import { listTerminals } from '../../store/contracts';
import { createLiveQuery } from '../../store/live';
import { Block } from '../../ui/Block';
import { DataTable } from '../../ui/DataTable';
import { FieldMessage } from '../../ui/form/FieldMessage';
import { WizardForm } from '../../ui/form/WizardForm';
import { useStep, useWizard } from '../../wizard/context';
import { createStepForm } from '../../wizard/form';
import { WizardPage } from '../../wizard/WizardPage';
import type { ContractChangeState, StepId } from './state';

const GRID_IDS = Object.fromEntries(
  TERMINAL_KINDS.flatMap((k) => TERMINAL_SYSTEMS.map((s) => [additionFieldId(k, s.kind), additionFieldId(k, s.kind)])),
) as Record<string, string>;

export function TerminalsStep() {
  const { session, owner } = useWizard<ContractChangeState, StepId>();
  const step = useStep<ContractChangeState, StepId>('terminals');
  const terminals = createLiveQuery(() => owner, async (o) => (await listTerminals(o)).filter((t) => !t.endDate && !isGeneralTerminal(t)));
  const form = createStepForm<ContractChangeState, string>({ ...GRID_IDS, terminals: 'terminal-changes' }, { onEdit: (s) => delete s.terminals });

  const systemOf = (name: string, current: SystemKind) => session.state.rawReclass[name] ?? current;

  function submit() {
    const reclassed = Object.entries(session.state.rawReclass).map(([name, systemKind]) => ({ name, systemKind }));
    const change = form.take(checkTerminalInput(form.values(), reclassed, session.state.rawAbolishedTerminals, terminals() ?? []));
    if (change) step.proceed((s) => (s.terminals = change));
  }

  return (
    <WizardPage step={step} errors={form.errors}>
      <p class="lead">
        現在の契約内容が表示されていますので、論理端末の情報を変更してください。
        <br />
        入力完了後に、「次へ進む」ボタンをクリックしてください。
      </p>
      <WizardForm onSubmit={submit}>
        <Block id="terminal-additions" title="論理端末の追加に関する項目">
          <p>
            NACCSを利用するために必要な論理端末の情報を変更します。
            <br />
            システム区分に応じて追加する端末数を入力してください。
          </p>
          <p class="important">追加申込を行う台数を入力してください。{R11_TEXT}</p>
          <div class="table-scroll">
            <table class="data-table terminal-grid">
              <caption class="visually-hidden">論理端末追加数</caption>
              <thead>
                <tr>
                  <th scope="col">システム区分</th>
                  <For each={TERMINAL_SYSTEMS}>{(s) => <th scope="col">{s.label}</th>}</For>
                </tr>
              </thead>
              <tbody>
                <For each={TERMINAL_KINDS}>
                  {(kind) => (
                    <tr>
                      <th scope="row">
                        {terminalKindLabel(kind)} <span class="optional-mark">任意</span>
                      </th>
                      <For each={TERMINAL_SYSTEMS}>
                        {(s) => {
                          const f = () => form.field(additionFieldId(kind, s.kind));
                          return (
                            <td classList={{ 'field-error': !!f().error }}>
                              <FieldMessage fieldId={f().id} message={f().error} />
                              <input
                                id={f().id}
                                class="input input-xs"
                                inputMode="numeric"
                                value={f().value}
                                aria-label={`${terminalKindLabel(kind)} ${s.label}`}
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
                  )}
                </For>
              </tbody>
            </table>
          </div>
        </Block>

        <Block id="terminal-changes-block" title="論理端末の変更・廃止に関する項目">
          <p>
            論理端末のシステム区分を変更する場合は、「区分の変更」でシステム区分を選択してください。
            <br />
            表示されている論理端末を廃止したい場合は、「論理端末の廃止」を選択してください。
          </p>
          <Show when={form.field('terminals').error}>
            <p class="field-message">{form.field('terminals').error}</p>
          </Show>
          <h3 class="sub-title">契約情報</h3>
          <div id="terminal-changes" tabIndex={-1}>
            <DataTable
              caption="契約情報の論理端末"
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
                          name={`reclass-${t.name}`}
                          checked={systemOf(t.name, t.systemKind) === k}
                          onChange={() =>
                            session.update((s) => {
                              if (k === t.systemKind) delete s.rawReclass[t.name];
                              else s.rawReclass[t.name] = k;
                              delete s.terminals;
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
                  checked={session.state.rawAbolishedTerminals.includes(t.name)}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    session.update((s) => {
                      s.rawAbolishedTerminals = on
                        ? [...s.rawAbolishedTerminals, t.name]
                        : s.rawAbolishedTerminals.filter((n) => n !== t.name);
                      delete s.terminals;
                    });
                  }}
                />,
              ]}
              empty="契約している論理端末はありません。"
              emptyInTable
            />
          </div>
        </Block>
        <div class="actions">
          <button type="submit" class="btn btn-next">
            次へ進む
          </button>
        </div>
      </WizardForm>
    </WizardPage>
  );
}
