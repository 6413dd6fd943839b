// 利用申込完了画面 (seed 004; texts of the 変更申込 completion, seed 002): the
// 申込受付番号 and what happens next.
import { CompletePage, UsageApplicationReceived } from '../../wizard/CompletePage';
import { brokerIdJourney } from './flow';

export function CompleteStep() {
  return (
    <CompletePage journey={brokerIdJourney} step="complete" until="内容確認の終了">
      {(app) => <UsageApplicationReceived application={app} mailTo="申込担当者宛て" />}
    </CompletePage>
  );
}
