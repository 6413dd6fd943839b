// 申込担当者 入力 of デジタル証明書の再発行: 「論理端末の選択へ進む」.
import { ContactStepPage } from '../../wizard/ContactStepPage';
import type { CertReissueState, StepId } from './state';

export function ContactStep() {
  return (
    <ContactStepPage<CertReissueState, StepId>
      step="contact"
      nextLabel="論理端末の選択へ進む"
      intro={
        <>
          申込担当者の情報を確認し、変更があれば修正してください。
          <br />
          入力完了後、「論理端末の選択へ進む」ボタンをクリックしてください。
        </>
      }
    >
      <div class="important">
        <p>
          申込受付の通知は「申込担当者」及び「管理責任者」宛に、デジタル証明書発行完了の通知は「管理責任者」宛にE-mailにてお知らせします。
        </p>
        <p>申込担当者のメールアドレスは、必ずご登録ください。</p>
      </div>
    </ContactStepPage>
  );
}
