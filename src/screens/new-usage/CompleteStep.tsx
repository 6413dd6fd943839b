// NACCS利用申込完了 (seed 003): the 申込受付番号 (……A) and what happens next.
import { CompletePage, ReceiptNo } from '../../wizard/CompletePage';
import { newUsageJourney } from './flow';

export function CompleteStep() {
  return (
    <CompletePage journey={newUsageJourney} step="complete" until="審査終了">
      {(app) => (
        <>
          <p class="lead">
            <strong>利用申込の受付が完了しました。</strong>
          </p>
          <p>利用申込受付完了のメールを申込担当宛先に送信しましたので、ご確認ください。</p>
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
