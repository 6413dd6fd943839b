// 一般NACCS論理端末 入力 — 一般NACCS端末の登録情報(追加・変更・削除) (no seed screen; as
// seed 002's 論理端末 入力, docs/contract-change.md): how many 一般NACCS terminals to
// add per システム区分 (the number to add, not the total: R11), and the contract's
// 一般NACCS terminals with 区分の変更 and 論理端末の廃止.
import './contract-change.css';
import { GENERAL_EQUIPMENT, type SystemKind } from '../../domain/contract';
import {
  checkGeneralTerminalInput,
  GENERAL_TERMINAL_LABEL,
  GENERAL_TERMINALS_ERROR_ID,
  generalAdditionId,
  generalTerminalsOf,
} from '../../domain/contract-change/general-terminals';
import { R11_TEXT, TERMINAL_SYSTEMS } from '../../domain/contract-change/terminals';
import { AdditionGrid, TerminalChangesBlock, toggled } from './TerminalChanges';
import { listTerminals } from '../../store/contracts';
import { createLiveQuery } from '../../store/live';
import { Block } from '../../ui/Block';
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
          <AdditionGrid caption={GENERAL_TERMINAL_LABEL} rows={[{ label: GENERAL_TERMINAL_LABEL, field: (system: SystemKind) => form.field(generalAdditionId(system)) }]} />
          <p class="notes">
            利用機器区分・パッケージソフト区分は「{GENERAL_EQUIPMENT}」です。一般NACCSの論理端末にはデジタル証明書はありません。
          </p>
        </Block>

        <TerminalChangesBlock
          id="general-terminal-changes-block"
          errorId={GENERAL_TERMINALS_ERROR_ID}
          error={form.field(GENERAL_TERMINALS_ERROR_ID).error}
          caption="契約情報の一般NACCSの論理端末"
          empty="契約している一般NACCSの論理端末はありません。"
          terminals={terminals() ?? []}
          radioName="general-reclass"
          systemOf={(t) => systemOf(t.name, t.systemKind)}
          onReclass={(t, k) =>
            session.update((s) => {
              const r = (s.rawGeneralReclass ??= {});
              if (k === t.systemKind) delete r[t.name];
              else r[t.name] = k;
              delete s.generalTerminals;
            })
          }
          abolished={(t) => abolished().includes(t.name)}
          onAbolish={(t, on) =>
            session.update((s) => {
              s.rawGeneralAbolished = toggled(s.rawGeneralAbolished ?? [], t.name, on);
              delete s.generalTerminals;
            })
          }
        />
        <NextAction />
      </WizardForm>
    </WizardPage>
  );
}
