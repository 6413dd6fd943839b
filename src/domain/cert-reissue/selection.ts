// 論理端末選択 of デジタル証明書の再発行: which netNACCS 論理端末 of the office may have
// its certificate reissued, and the check of 「申込内容確認へ進む」.
import type { Application } from '../application';
import type { Terminal } from '../contract';
import { firstError } from '../validation/rules';
import { failed, type Checked } from '../validation/schema';
import {
  otherReasonRules,
  REASON_LABEL,
  REISSUE_REASONS,
  TERMINAL_LABEL,
  type CertReissuePayload,
  type ReissueReason,
  type ReissueTerminal,
} from './payload';

/** The statuses in which a reissue is still on its way (the center has not reissued yet). */
export const PENDING_STATUSES = ['受付', '内容確認中', '確認依頼'] as const;

/** netNACCS 論理端末 in use (not ended): the only ones a certificate is reissued for. */
export function reissuableTerminals(terminals: readonly Terminal[]): Terminal[] {
  return terminals.filter((t) => t.equipment === 'net' && t.packageKind === 'net' && !t.endDate);
}

/** The terminal as the application records it. */
export function reissueTerminalOf(t: Terminal): ReissueTerminal {
  return { systemKind: t.systemKind, equipment: 'net', packageKind: 'net', name: t.name };
}

/** 論理端末名 → 申込受付番号 of the office's reissues not yet done (a 修正 does not count itself). */
export function pendingReissues(applications: readonly Application[], exceptId?: string): Map<string, string> {
  const pending = new Map<string, string>();
  for (const a of applications) {
    if (a.kind !== 'cert-reissue' || a.id === exceptId) continue;
    if (!(PENDING_STATUSES as readonly string[]).includes(a.status)) continue;
    const name = (a.payload as Partial<CertReissuePayload> | null)?.terminal?.name;
    if (typeof name === 'string') pending.set(name, a.receiptNo);
  }
  return pending;
}

export function pendingMessage(name: string, receiptNo: string): string {
  return `論理端末「${name}」は、デジタル証明書の再発行を申込中です(申込受付番号「${receiptNo}」)。審査終了までお待ちいただくか、別の論理端末を選択してください。`;
}

export function notReissuableMessage(name: string): string {
  return `論理端末「${name}」は、貴事業所のご利用中のnetNACCS論理端末にありません。契約情報を確認し、論理端末を選択してください。`;
}

export interface SelectionInput {
  terminal: string;
  reason: string;
  otherReason: string;
}

export type SelectionField = keyof SelectionInput;

/**
 * 「申込内容確認へ進む」: one of the office's netNACCS terminals without a reissue on
 * its way, a reason, and the その他 text when the reason is その他.
 */
export function checkSelection(
  input: SelectionInput,
  terminals: readonly Terminal[],
  pending: ReadonlyMap<string, string>,
): Checked<CertReissuePayload, SelectionField> {
  const chosen = reissuableTerminals(terminals).find((t) => t.name === input.terminal);
  const terminalError = !input.terminal
    ? `${TERMINAL_LABEL}を選択してください。`
    : !chosen
      ? notReissuableMessage(input.terminal)
      : pending.has(input.terminal)
        ? pendingMessage(input.terminal, pending.get(input.terminal)!)
        : undefined;
  const reason = (REISSUE_REASONS as readonly string[]).includes(input.reason) ? (input.reason as ReissueReason) : undefined;
  const reasonError = reason ? undefined : `${REASON_LABEL}を選択してください。`;
  const otherError = reason === 'その他' ? firstError(input.otherReason, otherReasonRules) : undefined;
  if (terminalError || reasonError || otherError || !chosen || !reason)
    return failed({ terminal: terminalError, reason: reasonError, otherReason: otherError });
  return {
    ok: true,
    value: {
      terminal: reissueTerminalOf(chosen),
      reason,
      ...(reason === 'その他' ? { otherReason: input.otherReason.trim() } : {}),
    },
  };
}

