// 申込担当者入力画面 of the change (seeds 001 ⑤, 002 ⑤): 「次へ進む」 and 「申込内容選択に戻る」.
import { ContactStepPage } from '../../wizard/ContactStepPage';
import type { ContractChangeState, StepId } from './state';

export function ContactStep() {
  return (
    <ContactStepPage<ContractChangeState, StepId>
      step="contact"
      nextLabel="次へ進む"
      backLabel="申込内容選択に戻る"
      mailNote="変更申込完了の通知先として登録します。"
      intro={
        <>
          申込担当者の情報を確認し、変更があれば修正してください。
          <br />
          入力完了後、「次へ進む」ボタンをクリックしてください。
        </>
      }
    >
      <div class="important">
        <p>申込受付・完了通知等は、「申込担当者」及び「管理責任者」宛にE-mailにてお知らせします。</p>
        <p>申込担当者のメールアドレスは、必ずご登録ください。</p>
        <p>申込担当者に変更があれば、上書きで修正ください。</p>
      </div>
    </ContactStepPage>
  );
}
