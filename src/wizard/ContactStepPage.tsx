// 申込担当者 入力, the step every application begins with (DOMAIN.md §3.6): the
// raw text of each field lives in the draft's `raw` under `contact-<field>`, the
// validated 申込担当者 in `contact`.
import { createSignal, type JSX } from 'solid-js';
import { checkContact, CONTACT_FIELDS, type ContactField } from '../domain/validation/contact';
import { Block } from '../ui/Block';
import { ContactFields, contactFieldId } from '../ui/form/ContactFields';
import { ErrorSummary } from '../ui/form/ErrorSummary';
import { WizardForm } from '../ui/form/WizardForm';
import { contactKey, type ContactState } from './contact-state';
import { useWizard } from './context';
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
  const [errors, setErrors] = createSignal<Partial<Record<ContactField, string>>>({});
  const [attempt, setAttempt] = createSignal(0);

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
      setErrors(result.errors as Partial<Record<ContactField, string>>);
      setAttempt((n) => n + 1);
      return;
    }
    setErrors({});
    proceed(props.next, (s) => {
      s.contact = result.value;
    });
  }

  const summary = () =>
    CONTACT_FIELDS.filter((f) => errors()[f]).map((f) => ({ id: contactFieldId(f), message: errors()[f]! }));

  return (
    <WizardPage step={props.step} error={summary().length > 0}>
      <ErrorSummary errors={summary()} attempt={attempt()} />
      <p class="lead">{props.intro}</p>
      <WizardForm onSubmit={submit}>
        <Block title="申込担当者に関する項目">
          <ContactFields values={values()} errors={errors()} onInput={onInput} mailNote={props.mailNote} />
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
