// 利用申込完了画面 (seed 004; texts of the 変更申込 completion, seed 002): the
// 申込受付番号 and what happens next.
import { CompletePage, ReceiptNo } from '../../wizard/CompletePage';
import { brokerIdJourney } from './flow';

export function CompleteStep() {
  return (
    <CompletePage journey={brokerIdJourney} step="complete" until="内容確認の終了">
      {(app) => (
        <>
          <p class="lead">
            <strong>利用申込の受付が完了しました。</strong>
          </p>
          <p>利用申込受付完了のメールを申込担当者宛てに送信しましたので、ご確認ください。</p>
          <p>お問い合わせの際は、こちらの番号をお伝え下さい</p>
          <ReceiptNo application={app} />
          <p>
            弊社にて利用申込内容の審査を行い、審査完了後に申込担当宛先にて通知します。
            <br />
            申込内容に確認事項がある場合は、ご連絡を差し上げます。
          </p>
        </>
      )}
    </CompletePage>
  );
}
