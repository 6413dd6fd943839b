// Starting a 通関士IDの追加 draft: a new one (申込担当者 from the office's last
// application) or a 修正 of a filed one (everything it filed).
import type { Application } from '../../domain/application';
import type { BrokerIdPayload } from '../../domain/broker-id/payload';
import type { Draft } from '../../domain/draft';
import { toYmd8 } from '../../domain/time';
import type { DraftStore } from '../../store/drafts';
import { lastContact } from '../../wizard/start';
import { emptyState, FIELDS, type BrokerIdState } from './state';

export async function startNewDraft(store: DraftStore, officeCode: string): Promise<Draft> {
  return store.create({ officeCode, kind: 'broker-id', state: emptyState(await lastContact(officeCode)) });
}

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

export function startAmendDraft(store: DraftStore, app: Application): Promise<Draft> {
  return store.create({ officeCode: app.officeCode, kind: 'broker-id', amends: app.id, state: stateFromApplication(app) });
}
