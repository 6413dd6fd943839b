// 申込担当者入力画面 (seed 004): 「通関士用利用者IDの入力へ進む」.
import { ContactStepPage } from '../../wizard/ContactStepPage';
import type { BrokerIdState, StepId } from './state';

export function ContactStep() {
  return (
    <ContactStepPage<BrokerIdState, StepId>
      step="contact"
      nextLabel="通関士用利用者IDの入力へ進む"
      intro={
        <>
          申込担当者の情報を確認し、変更があれば修正してください。
          <br />
          入力完了後、「通関士用利用者IDの入力へ進む」ボタンをクリックしてください。
        </>
      }
    >
      <div class="important">
        {/* seed 004: 「申込を受付けると、申込担当者宛てに受付完了のE-mailが自動送信されます。」 */}
        <p>申込受付完了のE-mailは、「申込担当者」宛にお知らせします。</p>
        <p>確認完了等のお知らせは、「申込担当者」及び「管理責任者」宛にE-mailにてお知らせします。</p>
        <p>申込担当者のメールアドレスは、必ずご登録ください。</p>
      </div>
    </ContactStepPage>
  );
}
