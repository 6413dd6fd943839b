// 変更内容入力 (seeds 001 ④, 002 ④): 「契約変更に関する項目」 (multi-select, in eight
// groups), 「その他の契約変更」 あり / なし and its 内容, and 利用開始日に関する項目.
// An item whose input screen is not built yet is shown, disabled, with the reason.
import './contract-change.css';
import { createMemo, For, Show } from 'solid-js';
import { clockToday } from '../../center/clock';
import {
  CHANGE_GROUPS,
  CHANGE_ITEMS,
  checkItemsStep,
  MULTI_SELECT_TEXT,
  OTHER_CHANGES,
  R1_TEXT,
  R2_TEXT,
  R3_TEXT,
  wishLabelOf,
} from '../../domain/contract-change/items';
import { isOtherChange } from '../../domain/contract-change/items';
import { SCHEDULE_NOTE, START_DATE_LABEL } from '../../domain/validation/start-date';
import { getOfficeContract } from '../../store/contracts';
import { createLiveQuery } from '../../store/live';
import { Block } from '../../ui/Block';
import { FieldMessage } from '../../ui/form/FieldMessage';
import { RadioGroup } from '../../ui/form/RadioGroup';
import { TextInput } from '../../ui/form/TextInput';
import { WizardForm } from '../../ui/form/WizardForm';
import { useStep, useWizard } from '../../wizard/context';
import { createStepForm } from '../../wizard/form';
import { WizardPage } from '../../wizard/WizardPage';
import { ITEMS_FIELDS, type ContractChangeState, type StepId } from './state';

export function ItemsStep() {
  const { session, owner } = useWizard<ContractChangeState, StepId>();
  const step = useStep<ContractChangeState, StepId>('items');
  const contract = createLiveQuery(() => owner, getOfficeContract);
  const today = createMemo(clockToday);
  const form = createStepForm<ContractChangeState, keyof typeof ITEMS_FIELDS>(ITEMS_FIELDS, {
    onEdit: (s) => delete s.selection,
  });
  const hasNetNaccs = () => {
    const c = contract();
    return !!c && (c.userIds.some((i) => i.method === 'net' && !i.endDate) || c.terminals.some((t) => !t.endDate));
  };

  /** 利用開始希望日, or the chosen その他の契約変更's wish (a 解約: 契約満了希望日) */
  const wishLabel = () => {
    const v = form.values();
    return wishLabelOf(v.otherChoice === 'あり' && isOtherChange(v.otherKind) ? v.otherKind : undefined);
  };
  const ending = () => wishLabel() !== START_DATE_LABEL;

  function toggle(id: string, on: boolean) {
    session.update((s) => {
      s.rawItems = on ? [...s.rawItems.filter((i) => i !== id), id] : s.rawItems.filter((i) => i !== id);
      delete s.selection;
    });
  }

  function submit() {
    const input = { ...form.values(), items: session.state.rawItems };
    const selected = form.take(checkItemsStep(input, { hasNetNaccs: hasNetNaccs() }, today()));
    if (selected) step.proceed((s) => (s.selection = selected));
  }

  return (
    <WizardPage step={step} errors={form.errors}>
      <p class="lead">
        変更申込情報を入力してください。
        <br />
        入力完了後、「申込担当者の入力へ進む」ボタンをクリックしてください。
        <br />
        申込担当者情報確認後、変更対象項目が表示されます。
      </p>
      <WizardForm onSubmit={submit}>
        <Block id="change-items-block" title="契約変更に関する項目">
          <p>変更申込を行う項目を選択してください。</p>
          <fieldset id={ITEMS_FIELDS.items} class="field" classList={{ 'field-error': !!form.field('items').error }}>
            <legend class="visually-hidden">契約変更に関する項目</legend>
            <FieldMessage fieldId={ITEMS_FIELDS.items} message={form.field('items').error} />
            <table class="kv-table items-table">
              <tbody>
                <For each={CHANGE_GROUPS}>
                  {(group) => (
                    <tr>
                      <th scope="row">{group.label}</th>
                      <td>
                        <div class="checkbox-grid">
                          <For each={CHANGE_ITEMS.filter((i) => i.group === group.id)}>
                            {(item) => {
                              const id = `change-item-${item.id}`;
                              return (
                                <div class="checkbox">
                                  <input
                                    type="checkbox"
                                    id={id}
                                    checked={session.state.rawItems.includes(item.id)}
                                    onChange={(e) => toggle(item.id, e.currentTarget.checked)}
                                  />
                                  <label for={id}>{item.label}</label>
                                </div>
                              );
                            }}
                          </For>
                        </div>
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </fieldset>
          <ul class="notes">
            <li>{MULTI_SELECT_TEXT}</li>
            <li>{R3_TEXT}</li>
            <li>{R2_TEXT}</li>
          </ul>
          <p class="important">{R1_TEXT}</p>
        </Block>

        <Block id="other-change" title="その他の契約変更">
          <RadioGroup
            {...form.field('otherChoice')}
            legend="その他の契約変更"
            options={[
              { value: 'あり', label: 'あり' },
              { value: 'なし', label: 'なし' },
            ]}
          />
          <RadioGroup
            {...form.field('otherKind')}
            legend="内容"
            options={OTHER_CHANGES.map((o) => ({
              value: o.id,
              label: o.label,
            }))}
          />
        </Block>

        <Block id="start-date" title={ending() ? '契約満了日に関する項目' : '利用開始日に関する項目'}>
          <Show
            when={ending()}
            fallback={
              <p>
                利用開始日については、NACCS掲示板の利用開始登録スケジュール表をご参照ください。
                <br />
                NACCSの利用開始希望日を入力してください。
              </p>
            }
          >
            <p>
              契約満了日については、NACCS掲示板の利用開始登録スケジュール表をご参照ください。
              <br />
              契約満了希望日を入力してください。契約満了日から、この事業所のNACCSは利用できなくなります。
            </p>
          </Show>
          <TextInput
            {...form.field('startDate')}
            label={wishLabel()}
            hint="半角数字8桁"
            example="20120311"
            width="s"
            inputMode="numeric"
            note={ending() ? SCHEDULE_NOTE.replace('利用開始日', '契約満了日') : SCHEDULE_NOTE}
          />
        </Block>
        <div class="actions">
          <button type="submit" class="btn btn-next">
            申込担当者の入力へ進む
          </button>
        </div>
      </WizardForm>
    </WizardPage>
  );
}
