// An item screen made of fields (no seed screen; in the NSS style of 利用者コード 入力
// and 論理端末 入力, docs/contract-change.md): 契約情報 (the contract today), then the
// item's block with every field pre-filled from the contract — overwrite only what
// changes — and 「次へ進む」. Used by the office and 請求先 items.
import './contract-change.css';
import { createMemo, For, type JSX } from 'solid-js';
import type { Office } from '../../domain/contract';
import { checkFields, HINTS, type FieldItem, type FieldValues } from '../../domain/contract-change/fields';
import type { Checked } from '../../domain/validation/schema';
import { getOfficeContract, type OfficeContract } from '../../store/contracts';
import { createLiveQuery } from '../../store/live';
import { Block } from '../../ui/Block';
import { TextInput } from '../../ui/form/TextInput';
import { WizardForm } from '../../ui/form/WizardForm';
import { KeyValueTable } from '../../ui/KeyValueTable';
import { useStep, useWizard } from '../../wizard/context';
import { createStepForm } from '../../wizard/form';
import { WizardPage } from '../../wizard/WizardPage';
import { fieldId, type ContractChangeState, type StepId } from './state';

export const FIELD_LEAD = '現在の契約内容が表示されていますので、変更する項目のみ上書き入力してください。';

/** The lead of an item screen: what to do, then 「次へ進む」. */
export function ItemLead(props: { children: JSX.Element }) {
  return (
    <p class="lead">
      {props.children}
      <br />
      入力完了後に、「次へ進む」ボタンをクリックしてください。
    </p>
  );
}

/** 「次へ進む」, the submit of an item screen's form. */
export function NextAction() {
  return (
    <div class="actions">
      <button type="submit" class="btn btn-next">
        次へ進む
      </button>
    </div>
  );
}

export function FieldItemStep<K extends string>(props: {
  step: StepId;
  item: FieldItem<K>;
  /** keep the validated block in the draft */
  save: (s: ContractChangeState, value: FieldValues<K>) => void;
  /** drop it when a field is edited */
  clear: (s: ContractChangeState) => void;
  /** a further check of the valid block against the contract (R2) */
  recheck?: (value: FieldValues<K>, contract: OfficeContract, state: ContractChangeState) => Checked<FieldValues<K>, K>;
  /** notes under the block (R4) */
  notes?: (office: Office) => JSX.Element;
}) {
  const { session, owner } = useWizard<ContractChangeState, StepId>();
  const step = useStep<ContractChangeState, StepId>(props.step);
  const contract = createLiveQuery(() => owner, getOfficeContract);
  const ids = Object.fromEntries(props.item.fields.map((f) => [f.name, fieldId(props.step, f.name)])) as Record<K, string>;
  const form = createStepForm<ContractChangeState, K>(ids, { onEdit: (s) => props.clear(s) });
  const current = createMemo(() => {
    const c = contract();
    return c ? props.item.current(c.office) : undefined;
  });
  // the fields start from the contract
  const value = (name: K) => (ids[name] in session.state.raw ? form.raw(name) : (current()?.[name] ?? ''));

  function submit() {
    const c = contract();
    const before = current();
    if (!c || !before) return;
    const input = Object.fromEntries(props.item.fields.map((f) => [f.name, value(f.name)])) as Record<K, string>;
    let result = checkFields(props.item, input, before);
    if (result.ok && props.recheck) result = props.recheck(result.value, c, session.state);
    const block = form.take(result);
    if (block) step.proceed((s) => props.save(s, block));
  }

  return (
    <WizardPage step={step} errors={form.errors}>
      <ItemLead>{FIELD_LEAD}</ItemLead>
      <WizardForm onSubmit={submit}>
        <Block id={`${props.step}-contract`} title="契約情報">
          <KeyValueTable rows={props.item.fields.map((f) => ({ label: f.label, value: current()?.[f.name] ?? '' }))} />
        </Block>
        <Block id={`${props.step}-input`} title={props.item.block}>
          <For each={props.item.fields}>
            {(f) => (
              <TextInput
                {...form.field(f.name)}
                value={value(f.name)}
                label={f.label}
                hint={HINTS[f.kind]}
                example={f.example}
                required
                width={f.max > 30 ? 'l' : f.kind === '郵便番号' ? 's' : 'm'}
                type={f.kind === 'E-mail' ? 'email' : f.kind === '電話番号' ? 'tel' : 'text'}
                inputMode={f.kind === '郵便番号' || f.kind === '電話番号' ? 'numeric' : f.kind === 'E-mail' ? 'email' : undefined}
                note={f.kind === '電話番号' ? '「-」(ハイフン)は入力しないでください。' : undefined}
              />
            )}
          </For>
          {(() => {
            const c = contract();
            return c && props.notes?.(c.office);
          })()}
        </Block>
        <NextAction />
      </WizardForm>
    </WizardPage>
  );
}
