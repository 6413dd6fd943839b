// The completion step every wizard ends with (申請完了): the 申込受付番号 of the
// filed application, the flow's own texts, the note on undelivered mail, the
// 「お問い合わせ先はこちら」 (seed 002), the box that asks the user to wait, and 「メニューに戻る」.
// パスワード変更 and 仮ログイン登録完了 end with the same CompletionHelp (and BackToMenu).
import './wizard.css';
import { A, useParams } from '@solidjs/router';
import { Show, type JSX } from 'solid-js';
import type { Application } from '../domain/application';
import { getApplication } from '../store/applications';
import { createLiveQuery } from '../store/live';
import { Breadcrumbs } from '../ui/Breadcrumbs';
import { ContactDesks } from '../ui/ContactDesks';
import { StepIndicator } from '../ui/form/StepIndicator';
import { Title } from '../ui/Title';
import { stepOf, trailOf, type Journey } from './journey';

/** 申込受付番号「2612345C」 as the completion screens show it. */
export function ReceiptNo(props: { application: Application }) {
  return (
    <p class="receipt-no">
      申込受付番号「<span data-testid="receipt-no">{props.application.receiptNo}</span>」
    </p>
  );
}

/**
 * The texts of a 利用申込's completion (seeds 002 ⑧, 003, 004): received, the mail
 * sent, the 申込受付番号 to quote, and what the review does next. `mailTo` is how the
 * seed names the addressee (「申込担当宛先」 or seed 004's 「申込担当者宛て」).
 */
export function UsageApplicationReceived(props: { application: Application; mailTo: string }) {
  return (
    <>
      <p class="lead">
        <strong>利用申込の受付が完了しました。</strong>
      </p>
      <p>利用申込受付完了のメールを{props.mailTo}に送信しましたので、ご確認ください。</p>
      <p>お問い合わせの際は、こちらの番号をお伝え下さい</p>
      <ReceiptNo application={props.application} />
      <p>
        弊社にて利用申込内容の審査を行い、審査完了後に申込担当宛先にて通知します。
        <br />
        申込内容に確認事項がある場合は、ご連絡を差し上げます。
      </p>
    </>
  );
}

/** Seed 002's note under a completion that sent a mail. */
export const MAIL_NOT_ARRIVING_NOTE =
  '※入力いただいたE-mailアドレスにメールが届かない場合は、迷惑フィルターの設定やメールの振り分け設定をご確認ください。';

/**
 * The help every completion page ends with: the note on undelivered mail (`mailNote`,
 * when the page says a mail was sent), 「お問い合わせ先はこちら」 with the desks, then
 * what the page adds (the box that asks the user to wait).
 */
export function CompletionHelp(props: { mailNote?: boolean; children?: JSX.Element }) {
  return (
    <>
      <Show when={props.mailNote}>
        <p>{MAIL_NOT_ARRIVING_NOTE}</p>
      </Show>
      <ContactDesks />
      {props.children}
    </>
  );
}

/** 「メニューに戻る」 under a completion page. */
export function BackToMenu() {
  return (
    <div class="actions">
      <A href="/" class="btn btn-secondary btn-back">
        メニューに戻る
      </A>
    </div>
  );
}

export function CompletePage<S, Id extends string>(props: {
  journey: Journey<S, Id>;
  step: Id;
  /** what the user waits for: 「審査終了」, 「内容確認の終了」, 「審査終了・デジタル証明書発行」 */
  until: string | ((application: Application) => string);
  children: (application: Application) => JSX.Element;
}) {
  const params = useParams<{ applicationId: string }>();
  const application = createLiveQuery(() => params.applicationId, getApplication);
  const step = () => stepOf(props.journey, props.step);
  return (
    <div class="wizard-page">
      <Title text={step().title} />
      <Breadcrumbs items={trailOf(props.journey, { id: props.step }).map((ref) => ({ label: stepOf(props.journey, ref.id).crumb }))} />
      <StepIndicator labels={props.journey.indicatorLabels} current={step().indicator ?? props.journey.indicatorLabels.length} />
      <h1 class="page-title">{step().title}</h1>
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
            {props.children(app())}
            <CompletionHelp mailNote>
              <div class="notice-box">
                <p>
                  {typeof props.until === 'string' ? props.until : props.until(app())}まで
                  <br />
                  しばらくお待ちください
                  <br />
                  (回答は翌営業日以降になることがあります)
                </p>
              </div>
            </CompletionHelp>
          </div>
        )}
      </Show>
      <BackToMenu />
    </div>
  );
}
