// その他の契約変更 「共同利用(新規事業所)」 (DOMAIN.md §3.2; no seed screen:
// docs/contract-change.md). An office that is not a NACCS office yet — its 新規申込
// (NACCS利用申込) is under way, and its 回線・論理端末 / 論理端末・証明書 tab ticked
// 「機器共用・共同利用、回線付替を別途申込、または自社システムを利用します。」 (seed 003) —
// will use this office's 論理端末. Only this office files (the new office has no
// contract to file from); the 新規申込 names no partner, so its tick is its half.
// Once the 新規申込's review has ended its 事業所コード is known, and on this
// application's 利用開始日 the terminal is shared with that code exactly as 共同利用
// does it (share.ts: Terminal.sharedWith); the new office sees it under
// 「他事業所と共用している論理端末」 from its own 利用開始日.
import * as v from 'valibot';
import type { Application } from '../application';
import type { Office, Terminal } from '../contract';
import type { NewUsagePayload } from '../new-usage/payload';
import { isReceiptNo } from '../receipt';
import { failed, type Checked } from '../validation/schema';
import { JOINT_USE_NEW_OFFICE_TITLE } from './item-titles';
import type { OtherChangeRules } from './others';
import { actionLabelOf, shareEffect, sharedWith, type ShareAction } from './share';
export { JOINT_USE_NEW_OFFICE_TITLE };

/** Only 追加: an office that does not exist yet cannot stop sharing (once it exists, 共同利用(追加・解除)). */
export const JOINT_NEW_ACTIONS: readonly ShareAction[] = ['追加'];
export const JOINT_NEW_SECTION = '共同利用(新規事業所)に関する項目';
export const JOINT_NEW_ACTION_LABEL = actionLabelOf('jointUse');
export const JOINT_NEW_RECEIPT_LABEL = '新規事業所の申込受付番号';
export const JOINT_NEW_TERMINALS_LABEL = '共同利用する論理端末';
export const JOINT_NEW_LEAD =
  'NACCSの新規利用申込(新規申込)中の事業所が、貴事業所の論理端末を共同利用する場合に入力してください。新規申込では、「回線・論理端末」(netNACCSは「論理端末・証明書」)タブで「機器共用・共同利用、回線付替を別途申込、または自社システムを利用します。」を選択してください。新規事業所の新規申込の審査終了後に、その申込受付番号を入力してください。';

export interface JointNewChange {
  action: '追加';
  /** the 申込受付番号 of the new office's 新規申込 */
  receiptNo: string;
  /** 論理端末名: of this office */
  terminals: string[];
}

export const jointNewChangeSchema = v.object({
  action: v.literal('追加'),
  receiptNo: v.pipe(v.string(), v.check(isReceiptNo, '申込受付番号は半角数字7桁と英大文字1桁です。')),
  terminals: v.pipe(v.array(v.pipe(v.string(), v.maxLength(20))), v.minLength(1)),
}) satisfies v.GenericSchema<unknown, JointNewChange>;

export const JOINT_NEW_TEXTS = {
  action: `${JOINT_NEW_ACTION_LABEL}(追加)を選択してください。`,
  receiptRequired: `${JOINT_NEW_RECEIPT_LABEL}を入力してください。`,
  receiptFormat: `${JOINT_NEW_RECEIPT_LABEL}は、半角数字7桁と英大文字1桁(例: 2612001A)で入力してください。`,
  terminals: '共同利用する論理端末を1つ以上選択してください。',
} as const;

/** The office's 論理端末 in use the new office may use. */
export const jointNewCandidates = (officeCode: string, terminals: readonly Terminal[]) =>
  terminals.filter((t) => t.officeCode === officeCode && !t.endDate).sort((a, b) => a.name.localeCompare(b.name));

export type JointNewField = 'action' | 'receiptNo' | 'terminals';

/** 「次へ進む」 of 共同利用(新規事業所) 入力. */
export function checkJointNew(
  input: { action: string; receiptNo: string; terminals: readonly string[] },
  ctx: { officeCode: string; terminals: readonly Terminal[] },
): Checked<JointNewChange, JointNewField> {
  const errors: Partial<Record<JointNewField, string>> = {};
  if (input.action !== '追加') errors.action = JOINT_NEW_TEXTS.action;
  const receiptNo = input.receiptNo.trim();
  if (!receiptNo) errors.receiptNo = JOINT_NEW_TEXTS.receiptRequired;
  else if (!isReceiptNo(receiptNo)) errors.receiptNo = JOINT_NEW_TEXTS.receiptFormat;
  const terminals = jointNewCandidates(ctx.officeCode, ctx.terminals)
    .map((t) => t.name)
    .filter((n) => input.terminals.includes(n));
  if (terminals.length === 0) errors.terminals = JOINT_NEW_TEXTS.terminals;
  if (Object.keys(errors).length) return failed(errors);
  return { ok: true, value: { action: '追加', receiptNo, terminals } };
}

const ASK = '内容を確認頂き修正入力をお願いします。';

/**
 * Whether the 新規申込 ticked 「機器共用・共同利用、回線付替を別途申込、…」 on the tab of a
 * system it uses: 論理端末・証明書 (netNACCS, no terminals of its own) or 回線・論理端末
 * (一般NACCS, no line of its own).
 */
export function tickedSharing(p: Partial<Pick<NewUsagePayload, 'systems' | 'netTerminals' | 'line'>> | undefined): boolean {
  if (!p?.systems) return false;
  return (p.systems.net && p.netTerminals === null) || (p.systems.general && p.line === null);
}

/**
 * The 新規事業所's 事業所コード: given at the end of its 新規申込's review (ID通知内容);
 * none when that 新規申込 was withdrawn or became 無効, since the code never starts.
 */
export const newOfficeCodeOf = (app: Pick<Application, 'idNotice' | 'status'> | undefined) =>
  app && app.status !== '取下げ' && app.status !== '無効' ? app.idNotice?.office?.code : undefined;

/**
 * The center's checks on the day of the review, each failure one paragraph of a 確認依頼.
 * `application` is the one the 申込受付番号 names (any kind), `terminals` the office's.
 */
export function jointNewProblems(
  change: JointNewChange,
  input: { office: Office; application: Application | undefined; terminals: readonly Terminal[] },
): string[] {
  const no = change.receiptNo;
  const app = input.application;
  if (!app || app.kind !== 'new-usage')
    return [`申込受付番号「${no}」の新規申込(NACCS利用申込)はありません。新規事業所の新規申込の申込受付番号を確認頂き修正入力をお願いします。`];
  if (app.status === '取下げ' || app.status === '無効')
    return [`申込受付番号「${no}」の新規申込は${app.status}となっています。新規事業所の新規申込を行った上で、修正入力をお願いします。`];
  const problems: string[] = [];
  if (!tickedSharing(app.payload as Partial<NewUsagePayload> | undefined))
    problems.push(
      `申込受付番号「${no}」の新規申込では、「論理端末・証明書」または「回線・論理端末」タブで「機器共用・共同利用、回線付替を別途申込、または自社システムを利用します。」が選択されていません。新規申込の修正を行った上で、修正入力をお願いします。`,
    );
  const code = newOfficeCodeOf(app);
  if (!code)
    problems.push(`申込受付番号「${no}」の新規申込は審査が終了していません。新規申込の審査終了後に、修正入力をお願いします。`);
  for (const name of change.terminals) {
    const t = input.terminals.find((x) => x.name === name && !x.endDate && x.officeCode === input.office.code);
    if (!t) problems.push(`論理端末「${name}」は貴事業所のご契約にありません。${ASK}`);
    else if (code && sharedWith(t).includes(code)) problems.push(`論理端末「${name}」は既に新規事業所「${code}」と共同利用しています。${ASK}`);
  }
  return problems;
}

/**
 * Its effect on the 利用開始日: the named terminals shared with the new office's
 * 事業所コード (the kind reads it from the 新規申込: `rows.newOfficeCode`). Nothing
 * without it — the center's check has made sure the code was given.
 */
export const JOINT_USE_NEW_OFFICE_RULES: OtherChangeRules = {
  effect: (payload, rows) => {
    const change = payload.jointUseNewOffice;
    const partner = rows.newOfficeCode;
    if (!change || !partner) return {};
    return { terminals: shareEffect({ action: '追加', partner, terminals: change.terminals }, rows.office.code, rows.terminals) };
  },
};
