// 回線 入力 — 一般NACCS回線の登録情報(追加・変更・廃止) (no seed screen; in the style of
// seed 002's 論理端末 入力, docs/contract-change.md): per line of the contract its
// 回線種別 and 回線設置場所 pre-filled (overwrite what changes) or 「この回線を廃止する」,
// and a line to add. R2: when 企業・事業所情報 moves the office, every line in use
// must move too (or end); the message is at the line's 回線設置場所.
import './contract-change.css';
import { createMemo, For, Show } from 'solid-js';
import type { Line } from '../../domain/contract';
import {
  checkLineStep,
  INSTALL_ADDRESS_LABEL,
  INSTALL_ADDRESS_MAX,
  LINE_ADD_IDS,
  LINE_KIND_LABEL,
  LINE_KINDS,
  lineFieldIds,
  LINES_ERROR_ID,
  R2_TEXT,
  relocates,
} from '../../domain/contract-change/lines';
import { formatDate } from '../../domain/time';
import { getOfficeContract } from '../../store/contracts';
import { createLiveQuery } from '../../store/live';
import { Block } from '../../ui/Block';
import { KeyValueTable } from '../../ui/KeyValueTable';
import { TextInput } from '../../ui/form/TextInput';
import { WizardForm } from '../../ui/form/WizardForm';
import { useStep, useWizard } from '../../wizard/context';
import { createStepForm } from '../../wizard/form';
import { WizardPage } from '../../wizard/WizardPage';
import { CheckField } from '../new-usage/fields';
import { SelectInput } from '../../ui/form/SelectInput';
import { ItemLead, NextAction } from './FieldItemStep';
import type { ContractChangeState, StepId } from './state';

const abolishId = (id: string) => lineFieldIds(id).abolish;

export function LinesStep() {
  const { session, owner } = useWizard<ContractChangeState, StepId>();
  const step = useStep<ContractChangeState, StepId>('lines');
  const contract = createLiveQuery(() => owner, getOfficeContract);
  const lines = createMemo(() => (contract()?.lines ?? []).filter((l) => !l.endDate));
  const ids = createMemo(() => {
    const out: Record<string, string> = {};
    for (const l of lines()) {
      const f = lineFieldIds(l.id);
      out[f.kind] = f.kind;
      out[f.address] = f.address;
      out[abolishId(l.id)] = abolishId(l.id);
    }
    out[LINE_ADD_IDS.kind] = LINE_ADD_IDS.kind;
    out[LINE_ADD_IDS.address] = LINE_ADD_IDS.address;
    out[LINES_ERROR_ID] = LINES_ERROR_ID;
    return out;
  });
  const form = createStepForm<ContractChangeState, string>(ids, { onEdit: (s) => delete s.lines });
  // a line's fields start from the contract
  const value = (id: string, current: string) => (id in session.state.raw ? form.raw(id) : current);
  const bound = (id: string, current: string) => ({ ...form.field(id), value: value(id, current) });
  /** the office's new 所在地 when 企業・事業所情報 moves it (R2) */
  const newAddress = () => {
    const c = contract();
    const company = session.state.office?.company;
    return c && relocates(company, c.office) ? company!.address : undefined;
  };

  function submit() {
    const c = contract();
    if (!c) return;
    const typed: Record<string, { kind: string; address: string; abolish: boolean }> = {};
    for (const l of lines()) {
      const f = lineFieldIds(l.id);
      typed[l.id] = { kind: value(f.kind, l.kind), address: value(f.address, l.installAddress), abolish: form.raw(abolishId(l.id)) === '1' };
    }
    const input = { lines: typed, add: { kind: form.raw(LINE_ADD_IDS.kind), address: form.raw(LINE_ADD_IDS.address) } };
    const change = form.take(checkLineStep(input, lines(), session.state.office?.company, c.office));
    if (change) step.proceed((s) => (s.lines = change));
  }

  return (
    <WizardPage step={step} errors={form.errors}>
      <ItemLead>現在の契約内容が表示されていますので、一般NACCS回線の情報を変更してください。</ItemLead>
      <WizardForm onSubmit={submit}>
        <Block id="line-changes-block" title="回線の変更・廃止に関する項目">
          <p>
            回線種別または回線設置場所を変更する場合は、変更する項目のみ上書き入力してください。
            <br />
            回線を廃止したい場合は、「回線○を廃止する」を選択してください。
          </p>
          <Show when={newAddress()}>
            <p class="notes" id="r2-note">
              {R2_TEXT}
              <br />
              変更後の事業所の所在地：{newAddress()}
            </p>
          </Show>
          <Show when={form.field(LINES_ERROR_ID).error}>
            <p class="field-message" id={LINES_ERROR_ID} tabIndex={-1}>
              {form.field(LINES_ERROR_ID).error}
            </p>
          </Show>
          <Show when={!contract.loading()} fallback={<p role="status">読み込み中…</p>}>
            <Show when={lines().length > 0} fallback={<p>契約している回線はありません。</p>}>
              <For each={lines()}>
                {(l, i) => <LineFields line={l} index={i() + 1} bound={bound} />}
              </For>
            </Show>
          </Show>
        </Block>
        <Block id="line-add-block" title="回線の追加に関する項目">
          <p>回線を追加する場合は、回線種別と回線設置場所を入力してください。追加しない場合は入力不要です。</p>
          <SelectInput {...form.field(LINE_ADD_IDS.kind)} label={`追加する回線の${LINE_KIND_LABEL}`} options={LINE_KINDS} />
          <TextInput
            {...form.field(LINE_ADD_IDS.address)}
            label={`追加する回線の${INSTALL_ADDRESS_LABEL}`}
            hint={`全角${INSTALL_ADDRESS_MAX}文字以内`}
            example="東京都港区港南十丁目100番1号"
            width="l"
          />
        </Block>
        <NextAction />
      </WizardForm>
    </WizardPage>
  );
}

function LineFields(props: {
  line: Line;
  index: number;
  bound: (id: string, current: string) => { id: string; value: string; onValue: (t: string) => void; error?: string };
}) {
  const f = lineFieldIds(props.line.id);
  const abolish = () => props.bound(abolishId(props.line.id), '');
  return (
    <div class="line-entry">
      <h3 class="sub-title">契約情報 回線{props.index}</h3>
      <KeyValueTable
        rows={[
          { label: LINE_KIND_LABEL, value: props.line.kind },
          { label: '帯域', value: props.line.bandwidth },
          { label: INSTALL_ADDRESS_LABEL, value: props.line.installAddress },
          { label: '利用開始日', value: formatDate(props.line.startDate) },
        ]}
      />
      <CheckField {...abolish()} label={`回線${props.index}を廃止する`} />
      <Show when={abolish().value !== '1'}>
        <SelectInput {...props.bound(f.kind, props.line.kind)} label={`回線${props.index}の${LINE_KIND_LABEL}`} options={LINE_KINDS} required />
        <TextInput
          {...props.bound(f.address, props.line.installAddress)}
          label={`回線${props.index}の${INSTALL_ADDRESS_LABEL}`}
          hint={`全角${INSTALL_ADDRESS_MAX}文字以内`}
          width="l"
          required
        />
      </Show>
    </div>
  );
}
