// 論理端末 入力 — 利用申込情報(論理端末)登録画面 (seed 002 ⑥): how many terminals to
// add per kind and システム区分 (the number to add, not the total: R11), and the
// contract's terminals with 区分の変更 and 論理端末の廃止.
import './contract-change.css';
import { isGeneralTerminal, type SystemKind } from '../../domain/contract';
import { additionFieldId, checkTerminalInput, R11_TEXT, TERMINAL_KINDS, TERMINAL_SYSTEMS, terminalKindLabel } from '../../domain/contract-change/terminals';
import { listTerminals } from '../../store/contracts';
import { createLiveQuery } from '../../store/live';
import { Block } from '../../ui/Block';
import { WizardForm } from '../../ui/form/WizardForm';
import { useStep, useWizard } from '../../wizard/context';
import { createStepForm } from '../../wizard/form';
import { WizardPage } from '../../wizard/WizardPage';
import type { ContractChangeState, StepId } from './state';
import { AdditionGrid, TerminalChangesBlock, toggled } from './TerminalChanges';
import { NextAction } from './FieldItemStep';

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
          <AdditionGrid
            caption="論理端末追加数"
            rows={TERMINAL_KINDS.map((kind) => ({ label: terminalKindLabel(kind), field: (system: SystemKind) => form.field(additionFieldId(kind, system)) }))}
          />
        </Block>

        <TerminalChangesBlock
          id="terminal-changes-block"
          errorId="terminal-changes"
          error={form.field('terminals').error}
          caption="契約情報の論理端末"
          empty="契約している論理端末はありません。"
          terminals={terminals() ?? []}
          radioName="reclass"
          systemOf={(t) => systemOf(t.name, t.systemKind)}
          onReclass={(t, k) =>
            session.update((s) => {
              if (k === t.systemKind) delete s.rawReclass[t.name];
              else s.rawReclass[t.name] = k;
              delete s.terminals;
            })
          }
          abolished={(t) => session.state.rawAbolishedTerminals.includes(t.name)}
          onAbolish={(t, on) =>
            session.update((s) => {
              s.rawAbolishedTerminals = toggled(s.rawAbolishedTerminals, t.name, on);
              delete s.terminals;
            })
          }
        />
        <NextAction />
      </WizardForm>
    </WizardPage>
  );
}
