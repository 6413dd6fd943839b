// Starting a システム設定申込 draft: a new one (申込担当者 from the office's last
// application) or a 修正 of a filed one (everything it filed).
import type { Application } from '../../domain/application';
import type { Draft } from '../../domain/draft';
import { ENGLISH_FIELDS } from '../../domain/system-setting/fields';
import type { SystemSettingPayload } from '../../domain/system-setting/payload';
import { toYmd8 } from '../../domain/time';
import type { DraftStore } from '../../store/drafts';
import { lastContact } from '../../wizard/start';
import { emptyState, englishKey, importerKey, SCHEDULE_KEYS, type SystemSettingState } from './state';

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
