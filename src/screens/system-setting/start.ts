// Starting a システム設定申込 draft: a new one (申込担当者 from the office's last
// application) or a 修正 of a filed one (everything it filed).
import type { Application } from '../../domain/application';
import type { Contact } from '../../domain/contact';
import type { Draft } from '../../domain/draft';
import { ENGLISH_FIELDS } from '../../domain/system-setting/fields';
import type { SystemSettingPayload } from '../../domain/system-setting/payload';
import { toYmd8 } from '../../domain/time';
import { listOfficeApplications } from '../../store/applications';
import type { DraftStore } from '../../store/drafts';
import { firstIncompleteStep, resolveVisit, stepUrl } from '../../wizard/journey';
import { draftStepUrl } from '../../wizard/context';
import { systemSettingJourney } from './flow';
import { emptyState, englishKey, importerKey, SCHEDULE_KEYS, type SystemSettingState } from './state';

/** The 申込担当者 of the office's most recent application, to pre-fill the next one. */
export async function lastContact(officeCode: string): Promise<Contact | undefined> {
  return (await listOfficeApplications(officeCode))[0]?.contact;
}

export async function startNewDraft(store: DraftStore, officeCode: string): Promise<Draft> {
  const state = emptyState(await lastContact(officeCode));
  return store.create({ officeCode, kind: 'system-setting', state });
}

/** The wizard's state holding everything a filed application said. */
export function stateFromApplication(app: Application): SystemSettingState {
  const payload = app.payload as SystemSettingPayload;
  const state = emptyState(app.contact);
  state.contact = app.contact;
  state.codes = payload.codes;
  for (const c of payload.codes) {
    for (const f of ENGLISH_FIELDS) state.raw[englishKey(c.userCode, f)] = c.english[f];
    state.raw[importerKey(c.userCode)] = c.importerCode;
    state.rawIndustries[c.userCode] = [...c.industries];
  }
  state.raw[SCHEDULE_KEYS.timing] = payload.timing.kind;
  state.raw[SCHEDULE_KEYS.desiredDate] = payload.timing.kind === 'specified' ? toYmd8(payload.timing.date) : '';
  state.raw[SCHEDULE_KEYS.note] = app.note;
  state.schedule = { timing: payload.timing, note: app.note };
  return state;
}

export function startAmendDraft(store: DraftStore, app: Application): Promise<Draft> {
  return store.create({
    officeCode: app.officeCode,
    kind: 'system-setting',
    amends: app.id,
    state: stateFromApplication(app),
    attachments: app.attachments,
  });
}

/** 続きから: the step the user was on, or the first incomplete one. */
export function resumeUrl(draft: Draft): string {
  const state = draft.state as SystemSettingState;
  const j = systemSettingJourney;
  const last = state.lastStep && j.canVisit(state.lastStep, state) ? state.lastStep : undefined;
  const step = last ?? resolveVisit(j, firstIncompleteStep(j, state), state);
  if (step === 'guidance') return stepUrl(j, 'guidance');
  return draftStepUrl(j, draft.id, step, last ? (state.lastParams ?? {}) : {});
}
