// NACCS変更申込 完了 (seed 002 ⑧): the 申込受付番号 and what happens next; with new
// netNACCS terminals the wait is also for their デジタル証明書.
import type { ContractChangePayload } from '../../domain/contract-change/payload';
import { addedTerminalCount } from '../../domain/contract-change/terminals';
import { CompletePage, UsageApplicationReceived } from '../../wizard/CompletePage';
import { contractChangeJourney } from './flow';

const addsTerminals = (payload: unknown) => {
  const terminals = (payload as ContractChangePayload).terminals;
  return !!terminals && addedTerminalCount(terminals) > 0;
};

export function CompleteStep() {
  return (
    <CompletePage
      journey={contractChangeJourney}
      step="complete"
      until={(app) => (addsTerminals(app.payload) ? '審査終了・デジタル証明書発行' : '審査終了')}
    >
      {(app) => <UsageApplicationReceived application={app} mailTo="申込担当宛先" />}
    </CompletePage>
  );
}
