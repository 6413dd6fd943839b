// 利用申込完了画面 (seed 004; texts of the 変更申込 completion, seed 002): the
// 申込受付番号 and 「メニューに戻る」.
import { A, useParams } from '@solidjs/router';
import { Show } from 'solid-js';
import { getApplication } from '../../store/applications';
import { createLiveQuery } from '../../store/live';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { StepIndicator } from '../../ui/form/StepIndicator';
import { Title } from '../../ui/Title';
import { trailOf } from '../../wizard/journey';
import { brokerIdJourney as journey } from './flow';

export function CompleteStep() {
  const params = useParams<{ applicationId: string }>();
  const application = createLiveQuery(() => params.applicationId, getApplication);
  return (
    <div class="wizard-page">
      <Title text="利用申込 完了" />
      <Breadcrumbs items={trailOf(journey, 'complete').map((s) => ({ label: s.crumb }))} />
      <StepIndicator labels={journey.indicatorLabels} current={4} />
      <h1 class="page-title">利用申込 完了</h1>
      <Show
        when={application()}
        fallback={
          <Show when={!application.loading()}>
            <p class="important" role="alert">
              申込が見つかりません。申込内容確認から申込の状況をご確認ください。
            </p>
          </Show>
        }
      >
        {(app) => (
          <div class="complete">
            <p class="lead">
              <strong>利用申込の受付が完了しました。</strong>
            </p>
            <p>利用申込受付完了のメールを申込担当者宛てに送信しましたので、ご確認ください。</p>
            <p>お問い合わせの際は、こちらの番号をお伝え下さい</p>
            <p class="receipt-no">
              申込受付番号「<span data-testid="receipt-no">{app().receiptNo}</span>」
            </p>
            <p>
              弊社にて利用申込内容の審査を行い、審査完了後に申込担当宛先にて通知します。
              <br />
              申込内容に確認事項がある場合は、ご連絡を差し上げます。
            </p>
            <p>
              ※入力いただいたE-mailアドレスにメールが届かない場合は、迷惑フィルターの設定やメールの振り分け設定をご確認ください。
            </p>
            <div class="notice-box">
              <p>
                内容確認の終了まで
                <br />
                しばらくお待ちください
                <br />
                (回答は翌営業日以降になることがあります)
              </p>
            </div>
          </div>
        )}
      </Show>
      <div class="actions">
        <A href="/" class="btn btn-secondary btn-back">
          メニューに戻る
        </A>
      </div>
    </div>
  );
}
