// How a 通関士IDの追加申込 draft begins: empty (申込担当者 pre-filled), or for a 修正
// from everything the filed application said.
import type { Application } from '../../domain/application';
import type { BrokerIdPayload } from '../../domain/broker-id/payload';
import { toYmd8 } from '../../domain/time';
import type { WizardFlow } from '../../wizard/WizardStart';
import { brokerIdJourney } from './flow';
import { emptyState, FIELDS, type BrokerIdState, type StepId } from './state';

/** The wizard's state holding everything a filed application said. */
export function stateFromApplication(app: Application): BrokerIdState {
  const payload = app.payload as BrokerIdPayload;
  const state = emptyState(app.contact);
  state.contact = app.contact;
  state.rows = payload.rows.map((r) => ({ ...r }));
  if (app.desiredDate) {
    state.startDate = app.desiredDate;
    state.raw[FIELDS.startDate] = toYmd8(app.desiredDate);
  }
  return state;
}

export const brokerIdStart: WizardFlow<BrokerIdState, StepId> = {
  kind: 'broker-id',
  journey: brokerIdJourney,
  startLabel: '通関士IDを追加する',
  newState: emptyState,
  amendState: stateFromApplication,
};
