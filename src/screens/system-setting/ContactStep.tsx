// 申込担当者 入力 (seed 000 ③).
import { ContactStepPage } from '../../wizard/ContactStepPage';
import type { StepId, SystemSettingState } from './state';

export function ContactStep() {
  return (
    <ContactStepPage<SystemSettingState, StepId>
      step="contact"
      nextLabel="システム設定申込の入力へ進む"
      intro={
        <>
          NACCSセンターが当該申込に関する確認を行う際の連絡先です。
          <br />
          申込担当者の情報を入力してください。
          <br />
          入力完了後に、「システム設定申込の入力へ進む」ボタンをクリックしてください。
        </>
      }
    >
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
    </ContactStepPage>
  );
}
