// A 修正 of a filed 通関士IDの追加申込 starts from everything it filed.
import type { Application } from '../../domain/application';
import type { BrokerIdPayload } from '../../domain/broker-id/payload';
import { toYmd8 } from '../../domain/time';
import { emptyState, FIELDS, type BrokerIdState } from './state';

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
