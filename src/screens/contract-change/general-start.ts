// A 修正 of a filed 変更申込 with 回線・端末等の変更 (一般NACCS): the draft begins from
// what it filed — each screen's fields and choices, and the validated answers.
import type { ContractChangePayload } from '../../domain/contract-change/payload';
import { generalAdditionId } from '../../domain/contract-change/general-terminals';
import { LINE_ADD_IDS, lineFieldIds } from '../../domain/contract-change/lines';
import { MAILBOX_ADD_ID } from '../../domain/contract-change/mailboxes';
import { TERMINAL_SYSTEMS } from '../../domain/contract-change/terminals';
import type { ContractChangeState } from './state';

export function restoreGeneralItems(state: ContractChangeState, payload: ContractChangePayload): void {
  if (payload.lines) {
    state.lines = structuredClone(payload.lines);
    for (const c of payload.lines.changed) {
      const ids = lineFieldIds(c.id);
      state.raw[ids.kind] = c.kind;
      state.raw[ids.address] = c.installAddress;
    }
    for (const id of payload.lines.abolished) state.raw[lineFieldIds(id).abolish] = '1';
    const added = payload.lines.added[0];
    if (added) {
      state.raw[LINE_ADD_IDS.kind] = added.kind;
      state.raw[LINE_ADD_IDS.address] = added.installAddress;
    }
  }
  if (payload.generalTerminals) {
    state.generalTerminals = structuredClone(payload.generalTerminals);
    for (const { kind } of TERMINAL_SYSTEMS) {
      const n = payload.generalTerminals.additions[kind];
      if (n > 0) state.raw[generalAdditionId(kind)] = String(n);
    }
    state.rawGeneralReclass = Object.fromEntries(payload.generalTerminals.reclassed.map((r) => [r.name, r.systemKind]));
    state.rawGeneralAbolished = [...payload.generalTerminals.abolished];
  }
  if (payload.mailboxes) {
    state.mailboxes = structuredClone(payload.mailboxes);
    if (payload.mailboxes.add > 0) state.raw[MAILBOX_ADD_ID] = String(payload.mailboxes.add);
    state.rawMailboxAbolished = [...payload.mailboxes.abolished];
  }
}
