// How a システム設定申込 draft begins: empty (申込担当者 pre-filled), or for a 修正
// from everything the filed application said.
import type { Application } from '../../domain/application';
import { settingValues } from '../../domain/system-setting/checks';
import { ENGLISH_FIELDS } from '../../domain/system-setting/fields';
import type { SystemSettingPayload } from '../../domain/system-setting/payload';
import { toYmd8 } from '../../domain/time';
import type { WizardFlow } from '../../wizard/WizardStart';
import { systemSettingJourney } from './flow';
import { emptyState, englishKey, itemKey, SCHEDULE_KEYS, type StepId, type SystemSettingState } from './state';

/** The wizard's state holding everything a filed application said. */
export function stateFromApplication(app: Application): SystemSettingState {
  const payload = app.payload as SystemSettingPayload;
  const state = emptyState(app.contact);
  state.contact = app.contact;
  state.codes = payload.codes;
  for (const c of payload.codes) {
    for (const f of ENGLISH_FIELDS) state.raw[englishKey(c.userCode, f)] = c.english[f];
    for (const [key, value] of Object.entries(settingValues(c))) state.raw[itemKey(c.userCode, key)] = value;
  }
  state.raw[SCHEDULE_KEYS.timing] = payload.timing.kind;
  state.raw[SCHEDULE_KEYS.desiredDate] = payload.timing.kind === 'specified' ? toYmd8(payload.timing.date) : '';
  state.raw[SCHEDULE_KEYS.note] = app.note;
  state.schedule = { timing: payload.timing, note: app.note };
  return state;
}

export const systemSettingStart: WizardFlow<SystemSettingState, StepId> = {
  kind: 'system-setting',
  journey: systemSettingJourney,
  startLabel: '申込担当者の入力へ進む',
  newState: emptyState,
  amendState: stateFromApplication,
};
