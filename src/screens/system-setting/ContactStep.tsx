// 申込担当者 入力 (seed 000 ③).
import { createSignal } from 'solid-js';
import { checkContact, CONTACT_FIELDS, type ContactField } from '../../domain/validation/contact';
import { ContactFields, contactFieldId } from '../../ui/form/ContactFields';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { WizardForm } from '../../ui/form/WizardForm';
import { useWizard } from '../../wizard/context';
import { WizardPage } from '../../wizard/WizardPage';
import { contactKey, type StepId, type SystemSettingState } from './state';

export function ContactStep() {
  const { session, go } = useWizard<SystemSettingState, StepId>();
  const [errors, setErrors] = createSignal<Partial<Record<ContactField, string>>>({});
  const [attempt, setAttempt] = createSignal(0);

  const values = () =>
    Object.fromEntries(CONTACT_FIELDS.map((f) => [f, session.state.raw[contactKey(f)] ?? ''])) as Record<ContactField, string>;

  function onInput(field: ContactField, value: string) {
    session.update((s) => {
      s.raw[contactKey(field)] = value;
      // the contact must be confirmed again with 「…の入力へ進む」
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
    session.update((s) => {
      s.contact = result.value;
    });
    void session.flush();
    go('codes');
  }

  const summary = () =>
    CONTACT_FIELDS.filter((f) => errors()[f]).map((f) => ({ id: contactFieldId(f), message: errors()[f]! }));

  return (
    <WizardPage step="contact" error={summary().length > 0}>
      <ErrorSummary errors={summary()} attempt={attempt()} />
      <p class="lead">
        NACCSセンターが当該申込に関する確認を行う際の連絡先です。
        <br />
        申込担当者の情報を入力してください。
        <br />
        入力完了後に、「システム設定申込の入力へ進む」ボタンをクリックしてください。
      </p>
      <WizardForm onSubmit={submit}>
        <section class="block">
          <div class="block-head">
            <h2 class="block-title">申込担当者に関する項目</h2>
          </div>
          <ContactFields values={values()} errors={errors()} onInput={onInput} />
        </section>
        <div class="important">
          <strong>重要!</strong>
          <ol>
            <li>
              NACCSセンターが当該申込に関する確認を行う際の連絡先となります。<strong>必ず申込を行う方の連絡先</strong>
              を入力して下さい。
            </li>
            <li>申込受付・完了通知等は、「申込担当者」及び「管理責任者」宛にE-mailにてお知らせします。</li>
          </ol>
        </div>
        <div class="actions">
          <button type="submit" class="btn btn-next">
            システム設定申込の入力へ進む
          </button>
        </div>
      </WizardForm>
    </WizardPage>
  );
}
