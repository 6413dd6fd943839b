// NACCS利用申込 確認: every tab's content, every error of every tab listed with a
// link back to its field, and 「申込内容を登録する」, refused while any remains.
import { createMemo, Show } from 'solid-js';
import { unwrap } from 'solid-js/store';
import { clockToday } from '../../center/clock';
import { F } from '../../domain/new-usage/fields';
import { payloadOf } from '../../domain/new-usage/payload';
import { maxChars } from '../../domain/validation/rules';
import { checkStartDate } from '../../domain/validation/start-date';
import { Sections } from '../../ui/form/Sections';
import { CONTACT_IDS } from '../../wizard/contact-state';
import { checkContact, CONTACT_FIELDS } from '../../domain/validation/contact';
import { useStep, useWizard } from '../../wizard/context';
import { createFiling, REGISTER_ID } from '../../wizard/filing';
import { createTabErrors } from '../../wizard/TabbedForm';
import { WizardPage } from '../../wizard/WizardPage';
import { createNewUsageContext } from './context';
import { newUsageSections } from './sections';
import type { NewUsageState, StepId } from './state';
import { TABS } from './tabs';
import type { StepErrors } from '../../wizard/step-errors';

export const SUBMIT_FAILED_MESSAGE =
  '利用申込を登録できませんでした。入力内容は保存されています。もう一度「申込内容を登録する」ボタンをクリックしてください。';

export function ConfirmStep() {
  const { session, owner, go } = useWizard<NewUsageState, StepId>();
  const step = useStep<NewUsageState, StepId>('confirm');
  const ctx = createNewUsageContext();
  const today = createMemo(clockToday);
  const check = createTabErrors<NewUsageState, ReturnType<typeof ctx> & object, (typeof TABS)[number]['key'], StepId>({
    tabs: TABS,
    state: () => session.state,
    ctx: () => ctx(),
    tabbedStep: { id: 'form' },
  });
  const filing = createFiling<NewUsageState, StepId>({ failedMessage: SUBMIT_FAILED_MESSAGE });
  const valid = () => !!ctx() && check.errors.errors().length === 0;
  const contact = () => {
    const r = checkContact(Object.fromEntries(CONTACT_FIELDS.map((f) => [f, session.state.raw[CONTACT_IDS[f]] ?? ''])));
    return r.ok ? r.value : undefined;
  };
  const date = () => checkStartDate((session.state.raw[F.startDate] ?? '').trim(), today());
  const sections = () => {
    const c = contact();
    if (!valid() || !c) return [];
    return newUsageSections(payloadOf(session.state, owner), c, date().date);
  };

  async function register() {
    if (filing.busy() || !ctx()) return;
    if (check.refuse()) return;
    const s = structuredClone(unwrap(session.state));
    const c = contact();
    const d = date();
    if (!c || d.error !== undefined) return filing.refuse([d.error ?? '申込担当者の入力内容を確認してください。']);
    const note = s.raw[F.note] ?? '';
    const noteError = maxChars('備考', 1000)(note);
    if (noteError) return filing.refuse([noteError]);
    await filing.file({ kind: 'new-usage', contact: c, payload: payloadOf(s, owner), desiredDate: d.date, note });
  }

  const errors: StepErrors = {
    ...filing,
    errors: () => [...check.errors.errors(), ...filing.errors()],
    attempt: () => check.errors.attempt() + filing.attempt(),
    errorOf: (id: string) => check.errors.errorOf(id) ?? filing.errorOf(id),
  };

  return (
    <WizardPage step={step} errors={errors} onSelectError={(id) => check.reveal(id)}>
      <p class="lead">
        入力内容を確認してください。
        <br />
        内容に誤りがある場合は、「入力に戻る」ボタンをクリックして修正してください。
        <br />
        内容を確認後、「申込内容を登録する」ボタンをクリックしてください。
      </p>
      <Show when={ctx()}>
        <Show when={valid()} fallback={<p>入力内容に誤りがあるタブがあります。上の一覧から各項目を修正してください。</p>}>
          <Sections
            sections={sections()}
            onBack={(section) => go({ id: 'form' }, { query: { tab: (section as unknown as { tab: string }).tab } })}
          />
        </Show>
      </Show>
      <div class="actions between">
        <button type="button" class="btn btn-secondary btn-back" onClick={() => go({ id: 'form' })}>
          入力に戻る
        </button>
        <button type="button" id={REGISTER_ID} class="btn btn-register" disabled={filing.busy() || filing.blocked()} onClick={() => void register()}>
          申込内容を登録する
        </button>
      </div>
    </WizardPage>
  );
}
