// システム設定申込 完了 (seed 000 ⑨): the 申込受付番号 and what happens next.
import { CompletePage, ReceiptNo } from '../../wizard/CompletePage';
import { systemSettingJourney } from './flow';

export function CompleteStep() {
  return (
    <CompletePage journey={systemSettingJourney} step="complete" until="審査終了">
      {(app) => (
        <>
          <p class="lead">
            <strong>システム設定申込の受付が完了しました。</strong>
          </p>
          <p>システム設定申込受付完了のメールを申込担当者および管理責任者宛てに送信しましたので、ご確認ください。</p>
          <ReceiptNo application={app} />
        </>
      )}
    </CompletePage>
  );
}
