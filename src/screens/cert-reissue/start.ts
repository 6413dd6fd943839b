// How a デジタル証明書の再発行申込 draft begins: empty (申込担当者 pre-filled), or for a
// 修正 from everything the filed application said.
import type { Application } from '../../domain/application';
import type { CertReissuePayload } from '../../domain/cert-reissue/payload';
import type { WizardFlow } from '../../wizard/WizardStart';
import { certReissueJourney } from './flow';
import { emptyState, FIELDS, type CertReissueState, type StepId } from './state';

export function stateFromApplication(app: Application): CertReissueState {
  const payload = app.payload as CertReissuePayload;
  const state = emptyState(app.contact);
  state.contact = app.contact;
  state.selection = structuredClone(payload);
  state.raw[FIELDS.terminal] = payload.terminal.name;
  state.raw[FIELDS.reason] = payload.reason;
  state.raw[FIELDS.otherReason] = payload.otherReason ?? '';
  return state;
}

export const certReissueStart: WizardFlow<CertReissueState, StepId> = {
  kind: 'cert-reissue',
  journey: certReissueJourney,
  startLabel: '申込担当者の入力へ進む',
  newState: emptyState,
  amendState: stateFromApplication,
};
