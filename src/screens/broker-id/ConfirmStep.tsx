// 通関士ID追加申込 確認画面 (seed 004): 「申込内容を登録する」 files the application;
// 「通関士用利用者IDの入力に戻る」 goes back to the 追加登録画面.
import { useNavigate } from '@solidjs/router';
import { createMemo, createSignal, Show } from 'solid-js';
import { clockNow } from '../../center/clock';
import { SubmitRefusedError } from '../../center/errors';
import { submitApplication } from '../../center/submit';
import { checkStartDate, isShorterThanStandardDays, STANDARD_DAYS_WARNING } from '../../domain/broker-id/input';
import { isoDateOf } from '../../domain/time';
import { createLive } from '../../store/live';
import { getSetting } from '../../store/settings';
import { ErrorSummary, type FieldError } from '../../ui/form/ErrorSummary';
import { Sections } from '../../ui/form/Sections';
import { useWizard } from '../../wizard/context';
import { stepUrl } from '../../wizard/journey';
import { WizardPage } from '../../wizard/WizardPage';
import { brokerIdJourney } from './flow';
import { brokerIdSections } from './sections';
import { FIELDS, type BrokerIdState, type StepId } from './state';

export const SUBMIT_FAILED_MESSAGE =
  '通関士IDの追加申込を登録できませんでした。入力内容は保存されています。もう一度「申込内容を登録する」ボタンをクリックしてください。';

export function ConfirmStep() {
  const { session, go, officeCode } = useWizard<BrokerIdState, StepId>();
  const navigate = useNavigate();
  const review = createLive(() => getSetting('review'));
  const [errors, setErrors] = createSignal<FieldError[]>([]);
  const [attempt, setAttempt] = createSignal(0);
  const [busy, setBusy] = createSignal(false);
  const today = createMemo(() => isoDateOf(clockNow()));

  const sections = () => {
    const s = session.state;
    return s.contact ? brokerIdSections({ contact: s.contact, rows: s.rows, startDate: s.startDate }) : [];
  };
  const shortWish = () => {
    const days = review()?.standardDays['broker-id'];
    const wish = session.state.startDate;
    return !!wish && days !== undefined && isShorterThanStandardDays(today(), wish, days);
  };

  function fail(messages: string[]) {
    setErrors(messages.map((message) => ({ id: 'register', message })));
    setAttempt((n) => n + 1);
  }

  async function register() {
    const s = session.state;
    if (busy() || !s.contact || !s.startDate) return;
    // the day may have changed since 確認へ進む: the wish must still be a valid date today
    const recheck = checkStartDate(s.raw[FIELDS.startDate] ?? '', today());
    if (recheck.error !== undefined) return fail([recheck.error]);
    setBusy(true);
    const draft = session.draft();
    try {
      await session.finish();
      const result = await submitApplication({
        kind: 'broker-id',
        officeCode,
        contact: s.contact,
        payload: { rows: s.rows.map((r) => ({ ...r })) },
        desiredDate: recheck.date,
        note: '',
        draftAttachmentIds: draft.attachments.map((a) => a.id),
        draftId: draft.id,
        amends: draft.amends,
      });
      navigate(stepUrl(brokerIdJourney, 'complete', { applicationId: result.applicationId }), { replace: true });
    } catch (err) {
      session.reopen();
      fail(err instanceof SubmitRefusedError ? err.messages : [SUBMIT_FAILED_MESSAGE]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <WizardPage step="confirm" error={errors().length > 0}>
      <ErrorSummary errors={errors()} attempt={attempt()} />
      <p class="lead">
        入力した情報内容を確認してください。
        <br />
        追加登録内容を確認し、「申込内容を登録する」ボタンをクリックしてください。
        <br />
        入力に誤りがある場合には、「通関士用利用者IDの入力に戻る」ボタンをクリックしてください。
      </p>
      <Show when={session.draft().amends}>
        <p class="notice-box">確認依頼のあった申込の修正です。登録すると、同じ申込受付番号で再度申込されます。</p>
      </Show>
      <Sections sections={sections()} onBack={(section) => section.backTo && go(section.backTo as StepId)} />
      <Show when={shortWish()}>
        <p class="important standard-days-warning">{STANDARD_DAYS_WARNING}</p>
      </Show>
      <div class="actions between">
        <button type="button" class="btn btn-secondary btn-back" onClick={() => go('ids')}>
          通関士用利用者IDの入力に戻る
        </button>
        <button type="button" id="register" class="btn btn-register" disabled={busy()} onClick={() => void register()}>
          申込内容を登録する
        </button>
      </div>
    </WizardPage>
  );
}
