// NACCS利用申込完了 (seed 003): the 申込受付番号 (……A) and what happens next.
import { CompletePage, UsageApplicationReceived } from '../../wizard/CompletePage';
import { newUsageJourney } from './flow';

export function CompleteStep() {
  return (
    <CompletePage journey={newUsageJourney} step="complete" until="審査終了">
      {(app) => <UsageApplicationReceived application={app} mailTo="申込担当宛先" />}
    </CompletePage>
  );
}
