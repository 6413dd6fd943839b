// 申込担当者 入力, the step every application begins with (DOMAIN.md §3.6): the
// raw text of each field lives in the draft's `raw` under `contact-<field>`, the
// validated 申込担当者 in `contact`.
import type { JSX } from 'solid-js';
import { checkContact, CONTACT_FIELDS, type ContactField } from '../domain/validation/contact';
import { Block } from '../ui/Block';
import { ContactFields, contactFieldId } from '../ui/form/ContactFields';
import { WizardForm } from '../ui/form/WizardForm';
import { contactKey, type ContactState } from './contact-state';
import { useWizard } from './context';
import { createStepErrors } from './step-errors';
import { WizardPage } from './WizardPage';

export function ContactStepPage<S extends ContactState, Id extends string>(props: {
  step: Id;
  next: Id;
  /** the button: 「システム設定申込の入力へ進む」, 「通関士用利用者IDの入力へ進む」 */
  nextLabel: string;
  intro: JSX.Element;
  /** 「利用申込完了の通知先として登録します。」 beside the address */
  mailNote?: string;
  /** notes under the block (the seed's 重要! box) */
  children?: JSX.Element;
}) {
  const { session, proceed } = useWizard<S, Id>();
  const errors = createStepErrors();

  const values = () =>
    Object.fromEntries(CONTACT_FIELDS.map((f) => [f, session.state.raw[contactKey(f)] ?? ''])) as Record<ContactField, string>;

  function onInput(field: ContactField, value: string) {
    session.update((s) => {
      s.raw[contactKey(field)] = value;
      // the contact must be confirmed again with the step's button
      delete s.contact;
    });
  }

  function submit() {
    const result = checkContact(values());
    if (!result.ok) {
      const { errors: found } = result;
      return errors.fail(CONTACT_FIELDS.filter((f) => found[f]).map((f) => ({ id: contactFieldId(f), message: found[f] })));
    }
    errors.clear();
    proceed(props.next, (s) => {
      s.contact = result.value;
    });
  }

  return (
    <WizardPage step={props.step} errors={errors}>
      <p class="lead">{props.intro}</p>
      <WizardForm onSubmit={submit}>
        <Block title="申込担当者に関する項目">
          <ContactFields
            values={values()}
            errorOf={(f) => errors.errorOf(contactFieldId(f))}
            onInput={onInput}
            mailNote={props.mailNote}
          />
        </Block>
        {props.children}
        <div class="actions">
          <button type="submit" class="btn btn-next">
            {props.nextLabel}
          </button>
        </div>
      </WizardForm>
    </WizardPage>
  );
}
