// How a 変更申込 draft begins: empty (申込担当者 pre-filled), or for a 修正 from
// everything the filed application said.
import type { Application } from '../../domain/application';
import type { ContractChangePayload } from '../../domain/contract-change/payload';
import { additionFieldId, TERMINAL_KINDS, TERMINAL_SYSTEMS } from '../../domain/contract-change/terminals';
import { toYmd8 } from '../../domain/time';
import type { WizardFlow } from '../../wizard/WizardStart';
import type { OtherParts } from '../../domain/contract-change/other-parts';
import { OTHER_SCREENS } from './others';
import { contractChangeJourney } from './flow';
import { restoreGeneralItems } from './general-start';
import {
  detailIds,
  emptyState,
  fieldId,
  ITEMS_FIELDS,
  NOTE_ID,
  optionId,
  PAYMENT_ID,
  PLAN_IDS,
  yesNo,
  type ContractChangeState,
  type StepId,
} from './state';

/** The wizard's state holding everything a filed application said. */
export function stateFromApplication(app: Application): ContractChangeState {
  const payload = app.payload as ContractChangePayload;
  const state = emptyState(app.contact);
  state.contact = app.contact;
  state.rawItems = [...payload.items];
  state.raw[ITEMS_FIELDS.otherChoice] = payload.other ? 'あり' : 'なし';
  if (payload.other) state.raw[ITEMS_FIELDS.otherKind] = payload.other;
  if (app.desiredDate) {
    state.raw[ITEMS_FIELDS.startDate] = toYmd8(app.desiredDate);
    state.selection = { items: [...payload.items], other: payload.other as never, startDate: app.desiredDate };
  }
  state.codes = (payload.codes ?? []).map((c) => structuredClone(c));
  state.codesDone = state.codes.length > 0;
  for (const c of state.codes) {
    state.codeDrafts[c.userCode] = {
      abolished: [...c.abolished],
      industryChanges: Object.fromEntries(c.industryChanges.map((i) => [i.idNo, [...i.industries]])),
      additions: c.additions.map((a) => ({ ...a, industries: [...a.industries] })),
      additionIndustries: [],
    };
    const ids = detailIds(c.userCode);
    Object.assign(state.raw, {
      [ids.userCode]: c.userCode,
      [ids.systemKind]: c.systemKind,
      [ids.statsPaid]: yesNo(c.statsPaid),
      [ids.statsFree]: yesNo(c.statsFree),
      [ids.bondedRetention]: yesNo(c.bondedRetention),
    });
  }
  if (payload.terminals) {
    state.terminals = structuredClone(payload.terminals);
    for (const kind of TERMINAL_KINDS)
      for (const { kind: system } of TERMINAL_SYSTEMS) {
        const n = payload.terminals.additions[kind][system];
        if (n > 0) state.raw[additionFieldId(kind, system)] = String(n);
      }
    for (const r of payload.terminals.reclassed) state.rawReclass[r.name] = r.systemKind;
    state.rawAbolishedTerminals = [...payload.terminals.abolished];
  }
  if (payload.plan) {
    state.plan = { ...payload.plan };
    state.raw[PLAN_IDS.netNACCS] = payload.plan.netNACCS ?? '';
    state.raw[PLAN_IDS.general] = payload.plan.general ?? '';
  }
  for (const id of ['company', 'contractor', 'headOffice', 'admin'] as const) {
    const block = payload[id];
    if (!block) continue;
    (state.office ??= {})[id] = { ...block } as never;
    for (const [field, value] of Object.entries(block)) state.raw[fieldId(id, field)] = value;
  }
  for (const id of ['billingAddress', 'billingContact'] as const) {
    const block = payload[id];
    if (!block) continue;
    (state.billing ??= {})[id] = { ...block } as never;
    for (const [field, value] of Object.entries(block)) state.raw[fieldId(id, field)] = value;
  }
  if (payload.payment) {
    (state.billing ??= {}).payment = payload.payment;
    state.raw[PAYMENT_ID] = payload.payment;
  }
  if (payload.options) {
    state.options = payload.options.map((o) => ({ ...o }));
    for (const o of payload.options)
      for (const flag of ['statsPaid', 'statsFree', 'bondedRetention'] as const) state.raw[optionId(o.userCode, flag)] = yesNo(o[flag]);
  }
  // その他の契約変更: the choice's part as filed, and its fields (others.ts)
  const part = payload.other ? (payload as OtherParts)[payload.other as keyof OtherParts] : undefined;
  if (payload.other && part) {
    state.others = { [payload.other]: structuredClone(part) } as OtherParts;
    OTHER_SCREENS[payload.other]?.restore?.(part, state);
  }
  restoreGeneralItems(state, payload);
  state.raw[NOTE_ID] = app.note;
  return state;
}

export const contractChangeStart: WizardFlow<ContractChangeState, StepId> = {
  kind: 'contract-change',
  journey: contractChangeJourney,
  startLabel: '申込内容選択へ進む',
  newState: emptyState,
  amendState: stateFromApplication,
};
