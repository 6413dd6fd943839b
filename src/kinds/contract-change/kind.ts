// 契約内容の変更 = 変更申込 (seeds 001, 002; DOMAIN.md §3.2): everything the app knows
// about the kind. New IDs and terminals are issued when the review ends; the
// contract changes on the 利用開始日; a new 利用者コード needs its システム設定申込.
import type { KindDefinition } from '../../center/kind-definition';
import { contractChangeProblems, newCodesOf } from '../../domain/contract-change/checks';
import { changeEffect } from '../../domain/contract-change/effect';
import { issueForChange } from '../../domain/contract-change/issue';
import { contractChangePayloadSchema, type ContractChangePayload } from '../../domain/contract-change/payload';
import { changeResultCounts } from '../../domain/contract-change/result';
import { changeSummary } from '../../domain/contract-change/summary';
import { otherChangeProblems } from './other';
import { CONTRACT_CHANGE_TEXTS } from '../../domain/contract-change/texts';
import { otherRules } from '../../domain/contract-change/others';
import { debitFormNotice } from '../../domain/contract-change/billing';
import { getApplicationByReceiptNo, listApplicationsByStatus } from '../../store/applications';
import { newOfficeCodeOf } from '../../domain/contract-change/joint-new';
import { addNotices } from '../../store/notices';
import { listCompanyOffices, listTerminalsOf, listTerminalsSharedWith, listCompanyUserCodes, listTerminalNames, listUserIdsOfCode, writeContractRows } from '../../store/contracts';

/** The その他の契約変更 of a stored payload (whatever it holds). */
const otherRulesOf = (payload: unknown) =>
  typeof payload === 'object' && payload !== null ? otherRules(payload as Pick<ContractChangePayload, 'other'>) : undefined;

export const contractChangeKind: KindDefinition<ContractChangePayload> = {
  kind: 'contract-change',
  letter: 'A',
  noticeCategory: '利用申込',
  dateLabel: '利用開始日',
  texts: { ...CONTRACT_CHANGE_TEXTS },
  standardDays: 5,
  payloadSchema: contractChangePayloadSchema,
  wizardPath: '/contract-change',
  view: () => import('../../screens/contract-change/FiledView'),
  // その他の契約変更 (others.ts): a 解約 is listed as 解約申込, dated by its 契約満了日, and has the 解除通知書
  variant: (payload) => {
    const rules = otherRulesOf(payload);
    return { listLabel: rules?.listLabel, dateLabel: rules?.dateLabel };
  },
  documents: {
    offered: (application) => otherRulesOf(application.payload)?.documents ?? ['change-approval', 'change-form'],
    applied: () => import('../../screens/contract-change/applied'),
  },
  checks: async (payload, ctx) => [
    ...contractChangeProblems(payload, {
      officeCode: ctx.office.code,
      companyAbbr: ctx.office.companyAbbr,
      userCodes: ctx.userCodes,
      userIds: ctx.userIds,
      terminals: ctx.terminals,
      companyUserCodes: ctx.companyUserCodes,
      openApplications: ctx.openApplications,
      office: ctx.office,
      lines: ctx.lines,
      mailboxes: ctx.mailboxes,
    }),
    ...(await otherChangeProblems(payload, ctx)),
  ],
  requiresSystemSetting: newCodesOf,
  // a new code's 業種 are those of its new 識別番号, so its システム設定申込 shows their 業種 tabs before it joins the contract
  newUserCodes: (payload) =>
    (payload.codes ?? [])
      .filter((c) => c.action === '追加')
      .map((c) => ({ code: c.userCode, systemKind: c.systemKind, industries: [...new Set(c.additions.flatMap((a) => a.industries))] })),
  summary: changeSummary,
  resultCounts: (payload) => changeResultCounts(payload),
  async issue(payload, ctx) {
    // IDs issued to applications that have not reached their start date are taken too
    const waiting = await listApplicationsByStatus(['審査終了']);
    const pending = waiting.filter((a) => a.id !== ctx.application.id).flatMap((a) => a.idNotice?.userIds ?? []);
    const taken = new Map<string, string[]>();
    for (const code of payload.codes ?? []) {
      const inContract = (await listUserIdsOfCode(code.userCode)).map((u) => u.idNo);
      taken.set(code.userCode, [...inContract, ...pending.filter((u) => u.userCode === code.userCode).map((u) => u.idNo)]);
    }
    const names = await listTerminalNames();
    for (const a of waiting) for (const t of a.idNotice?.terminals ?? []) names.add(t.name);
    return issueForChange(payload, {
      companyAbbr: ctx.contract.office.companyAbbr,
      takenIdNos: (code) => taken.get(code) ?? [],
      takenTerminalNames: names,
      random: ctx.random,
      date: ctx.date,
      now: ctx.now,
    });
  },
  async applyEffect(payload, ctx) {
    const companyCodes = await listCompanyUserCodes(ctx.contract.office.companyAbbr);
    const companyOffices = await listCompanyOffices(ctx.contract.office.companyAbbr);
    // 共用 / 共同利用: the other office's terminals may be named too
    const sharing = payload.share ?? payload.jointUse;
    const rows = {
      companyOffices,
      office: ctx.contract.office,
      userCodes: [...ctx.contract.userCodes, ...companyCodes.filter((c) => !ctx.contract.userCodes.some((o) => o.code === c.code))],
      userIds: ctx.contract.userIds,
      terminals: ctx.contract.terminals,
      partnerTerminals: sharing
        ? await listTerminalsOf([ctx.contract.office.code, sharing.partner])
        : // 解約: the other offices' terminals this office shares lose it
          payload.termination
          ? await listTerminalsSharedWith(ctx.contract.office.code)
          : undefined,
      // 共同利用(新規事業所): the new office's 事業所コード, given when its 新規申込's review ended
      newOfficeCode: payload.jointUseNewOffice
        ? newOfficeCodeOf(await getApplicationByReceiptNo(payload.jointUseNewOffice.receiptNo))
        : undefined,
      lines: ctx.contract.lines,
      mailboxes: ctx.contract.mailboxes,
    };
    await writeContractRows(changeEffect(payload, rows, ctx.application.idNotice, ctx.date));
    // a change to 口座振替: the center posts the 口座振替申込専用紙 (S0's 新着情報)
    const notice = debitFormNotice(payload, ctx.contract.office, ctx.now, `${ctx.application.id}-debit-form`);
    if (notice) await addNotices([notice]);
  },
};
