// デジタル証明書再発行申込 完了: the 申込受付番号 and what happens next; CompletePage
// adds 「お問い合わせ先はこちら」 as on every completion page.
import { CompletePage, ReceiptNo } from '../../wizard/CompletePage';
import { certReissueJourney } from './flow';

export function CompleteStep() {
  return (
    <CompletePage journey={certReissueJourney} step="complete" until="審査終了・デジタル証明書再発行">
      {(app) => (
        <>
          <p class="lead">
            <strong>デジタル証明書の再発行申込の受付が完了しました。</strong>
          </p>
          <p>デジタル証明書再発行申込受付完了のメールを申込担当者及び管理責任者宛てに送信しましたので、ご確認ください。</p>
          <p>お問い合わせの際は、こちらの番号をお伝え下さい</p>
          <ReceiptNo application={app} />
          <p>
            弊社にて申込内容の確認を行い、デジタル証明書を再発行します。再発行が完了しましたら、新着情報でお知らせし、管理責任者宛てにE-mailにて通知します。
            <br />
            新しい認証コードは「申込内容確認」の「ID通知内容」からご確認ください。
          </p>
        </>
      )}
    </CompletePage>
  );
}
