// 通関士ID追加申込 確認画面 (seed 004): 「申込内容を登録する」 files the application;
// 「通関士用利用者IDの入力に戻る」 goes back to the 追加登録画面.
import { createMemo, Show } from 'solid-js';
import { unwrap } from 'solid-js/store';
import { clockToday } from '../../center/clock';
import { isShorterThanStandardDays, STANDARD_DAYS_WARNING } from '../../domain/broker-id/input';
import { checkStartDate } from '../../domain/validation/start-date';
import { createLiveSetting } from '../../store/settings';
import { standardDaysOf } from '../../center/standard-days';
import { brokerIdKind } from '../../kinds/broker-id/kind';
import { ConfirmSections } from '../../wizard/ConfirmSections';
import { useStep, useWizard } from '../../wizard/context';
import { createFiling, REGISTER_ID } from '../../wizard/filing';
import { WizardPage } from '../../wizard/WizardPage';
import { brokerIdSections } from './sections';
import { FIELDS, type BrokerIdState, type StepId } from './state';

export const SUBMIT_FAILED_MESSAGE =
  '通関士IDの追加申込を登録できませんでした。入力内容は保存されています。もう一度「申込内容を登録する」ボタンをクリックしてください。';

export function ConfirmStep() {
  const { session } = useWizard<BrokerIdState, StepId>();
  const step = useStep<BrokerIdState, StepId>('confirm');
  const filing = createFiling<BrokerIdState, StepId>({ failedMessage: SUBMIT_FAILED_MESSAGE });
  const review = createLiveSetting('review');
  const today = createMemo(clockToday);

  const sections = () => {
    const s = session.state;
    return s.contact ? brokerIdSections({ contact: s.contact, rows: s.rows, startDate: s.startDate }) : [];
  };
  const shortWish = () => {
    const r = review();
    const days = r ? standardDaysOf(brokerIdKind, r) : undefined;
    const wish = session.state.startDate;
    return !!wish && days !== undefined && isShorterThanStandardDays(today(), wish, days);
  };

  async function register() {
    // plain data for the center, not the store's proxies (IndexedDB clones what it stores)
    const s = structuredClone(unwrap(session.state));
    if (filing.busy() || !s.contact || !s.startDate) return;
    // the day may have changed since 確認へ進む: the wish must still be a valid date today
    const recheck = checkStartDate(s.raw[FIELDS.startDate] ?? '', today());
    if (recheck.error !== undefined) return filing.refuse([recheck.error]);
    await filing.file({ kind: 'broker-id', contact: s.contact, payload: { rows: s.rows }, desiredDate: recheck.date, note: '' });
  }

  return (
    <WizardPage step={step} errors={filing}>
      <p class="lead">
        入力した情報内容を確認してください。
        <br />
        追加登録内容を確認し、「申込内容を登録する」ボタンをクリックしてください。
        <br />
        入力に誤りがある場合には、「通関士用利用者IDの入力に戻る」ボタンをクリックしてください。
      </p>
      <ConfirmSections sections={sections()} />
      <Show when={shortWish()}>
        <p class="important standard-days-warning">{STANDARD_DAYS_WARNING}</p>
      </Show>
      <div class="actions between">
        <button type="button" class="btn btn-secondary btn-back" onClick={() => step.back()}>
          通関士用利用者IDの入力に戻る
        </button>
        <button type="button" id={REGISTER_ID} class="btn btn-register" disabled={filing.busy() || filing.blocked()} onClick={() => void register()}>
          申込内容を登録する
        </button>
      </div>
    </WizardPage>
  );
}
