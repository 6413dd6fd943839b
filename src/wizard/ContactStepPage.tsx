// 申込担当者 入力, the step every application begins with (DOMAIN.md §3.6): the
// raw text of each field lives in the draft's `raw` under its id, the validated
// 申込担当者 in `contact`.
import { Show, type JSX } from 'solid-js';
import { checkContact } from '../domain/validation/contact';
import { Block } from '../ui/Block';
import { ContactFields } from '../ui/form/ContactFields';
import { WizardForm } from '../ui/form/WizardForm';
import { CONTACT_IDS, type ContactState } from './contact-state';
import { useStep } from './context';
import { createStepForm } from './form';
import { WizardPage } from './WizardPage';

export function ContactStepPage<S extends ContactState, Id extends string>(props: {
  step: Id;
  /** the button: 「システム設定申込の入力へ進む」, 「通関士用利用者IDの入力へ進む」 */
  nextLabel: string;
  /** a button back to the step before (「申込内容選択に戻る」), where the flow has one */
  backLabel?: string;
  intro: JSX.Element;
  /** 「利用申込完了の通知先として登録します。」 beside the address */
  mailNote?: string;
  /** notes under the block (the seed's 重要! box) */
  children?: JSX.Element;
}) {
  const step = useStep<S, Id>(props.step);
  // the contact must be confirmed again with the step's button after any edit
  const form = createStepForm<S, keyof typeof CONTACT_IDS>(CONTACT_IDS, { onEdit: (s) => delete s.contact });

  function submit() {
    const contact = form.take(checkContact(form.values()));
    if (contact) step.proceed((s) => (s.contact = contact));
  }

  return (
    <WizardPage step={step} errors={form.errors}>
      <p class="lead">{props.intro}</p>
      <WizardForm onSubmit={submit}>
        <Block title="申込担当者に関する項目">
          <ContactFields field={form.field} mailNote={props.mailNote} />
        </Block>
        {props.children}
        <div class="actions" classList={{ between: !!props.backLabel }}>
          <Show when={props.backLabel}>
            <button type="button" class="btn btn-secondary btn-back" onClick={() => step.back()}>
              {props.backLabel}
            </button>
          </Show>
          <button type="submit" class="btn btn-next">
            {props.nextLabel}
          </button>
        </div>
      </WizardForm>
    </WizardPage>
  );
}
