// What a 変更申込 does to the contract on its 利用開始日, worked out without touching
// the store: the rows to write (the center writes them in its transaction).
// An abolished 利用者ID keeps its row with 利用終了日 = the day before (its last day
// of use); a code whose IDs this office has all abolished stops being this office's,
// and ends when no office uses it any more (R8, R9).
import type { IdNotice } from '../application';
import { isGeneralTerminal, type Line, type Mailbox, type Office, type Terminal, type UserCode, type UserId } from '../contract';
import { terminalFromNotice } from '../terminal-from-notice';
import { addDays, type IsoDate } from '../time';
import { officeIdsOf } from './codes';
import { billingEffect } from './billing';
import { officeEffect } from './office';
import { optionsEffect } from './options';
import type { ContractChangePayload } from './payload';
import { planStartMonth } from './plan';
import { otherRules } from './others';
import { generalTerminalsEffect } from './general-terminals';
import { linesEffect } from './lines';
import { mailboxesEffect } from './mailboxes';

export interface ContractRows {
  office: Office;
  /** every code the change may touch: the office's and the company's */
  userCodes: readonly UserCode[];
  userIds: readonly UserId[];
  terminals: readonly Terminal[];
  /** every office of the company (R4: 企業情報 reaches them all) */
  companyOffices?: readonly Office[];
  /** 共用 / 共同利用: the 論理端末 of this office and of the other office (either may be named); 解約: the other offices' that this office shares */
  partnerTerminals?: readonly Terminal[];
  /** 共同利用(新規事業所): the new office's 事業所コード, once its 新規申込's review has ended */
  newOfficeCode?: string;
  /** the office's 一般NACCS回線 and メールボックス, ended ones too */
  lines?: readonly Line[];
  mailboxes?: readonly Mailbox[];
}

export interface ContractEdits {
  office?: Office;
  /** the company's other offices a change of 企業情報 reaches (R4) */
  offices?: Office[];
  userCodes: UserCode[];
  userIds: UserId[];
  terminals: Terminal[];
  lines?: Line[];
  mailboxes?: Mailbox[];
}

const fresh = { updatedAt: 0, rev: 0 };

export function changeEffect(
  payload: ContractChangePayload,
  contract: ContractRows,
  notice: IdNotice | undefined,
  date: IsoDate,
): ContractEdits {
  const officeCode = contract.office.code;
  const lastDay = addDays(date, -1);
  const edits: ContractEdits = { userCodes: [], userIds: [], terminals: [] };
  const issued = notice?.userIds ?? [];

  for (const change of payload.codes ?? []) {
    const current = contract.userCodes.find((c) => c.code === change.userCode);
    const held = officeIdsOf(change.userCode, officeCode, contract.userIds);
    const settings = {
      systemKind: change.systemKind,
      statsPaid: change.statsPaid,
      statsFree: change.statsFree,
      bondedRetention: change.bondedRetention,
    };
    if (change.action === '追加' || !current) {
      edits.userCodes.push({
        ...fresh,
        id: change.userCode,
        code: change.userCode,
        officeCodes: [officeCode],
        industries: [],
        english: { company: '', office: '', address: '', manager: '' },
        startDate: date,
        ...settings,
      });
    } else if (change.endsCode) {
      const officeCodes = current.officeCodes.filter((o) => o !== officeCode);
      edits.userCodes.push({ ...current, officeCodes: officeCodes.length ? officeCodes : current.officeCodes, ...(officeCodes.length ? {} : { endDate: lastDay }) });
    } else {
      const officeCodes = change.action === '共用' ? [...new Set([...current.officeCodes, officeCode])] : current.officeCodes;
      edits.userCodes.push({ ...current, officeCodes, ...settings });
    }
    for (const idNo of change.abolished) {
      const id = held.find((i) => i.idNo === idNo);
      if (id) edits.userIds.push({ ...id, endDate: lastDay });
    }
    for (const c of change.industryChanges) {
      const id = held.find((i) => i.idNo === c.idNo);
      if (id) edits.userIds.push({ ...id, industries: [...c.industries] });
    }
    for (const u of issued.filter((x) => x.userCode === change.userCode)) {
      edits.userIds.push({
        ...fresh,
        id: u.userId,
        userCode: u.userCode,
        idNo: u.idNo,
        officeCode,
        industries: [...u.industries],
        method: u.method as UserId['method'],
        broker: u.industries.includes('通関士'),
        password: u.password,
        startDate: date,
      });
    }
  }

  const terminals = payload.terminals;
  if (terminals) {
    const mine = contract.terminals.filter((t) => t.officeCode === officeCode && !t.endDate && !isGeneralTerminal(t));
    for (const r of terminals.reclassed) {
      const t = mine.find((x) => x.name === r.name);
      if (t) edits.terminals.push({ ...t, systemKind: r.systemKind });
    }
    for (const name of terminals.abolished) {
      const t = mine.find((x) => x.name === name);
      if (t) edits.terminals.push({ ...t, endDate: lastDay });
    }
  }
  if (payload.generalTerminals) {
    const mine = contract.terminals.filter((t) => t.officeCode === officeCode && !t.endDate && isGeneralTerminal(t));
    edits.terminals.push(...generalTerminalsEffect(payload.generalTerminals, mine, date));
  }
  if (terminals || payload.generalTerminals) {
    for (const t of notice?.terminals ?? []) edits.terminals.push(terminalFromNotice(t, officeCode, date));
  }

  // 管理統計資料 / 保存サービス: after the code changes, over the codes as they leave them
  if (payload.options?.length) {
    const codes = contract.userCodes.map((c) => edits.userCodes.find((e) => e.code === c.code) ?? c);
    for (const code of optionsEffect(payload.options, codes)) {
      const at = edits.userCodes.findIndex((e) => e.code === code.code);
      if (at >= 0) edits.userCodes[at] = code;
      else edits.userCodes.push(code);
    }
  }

  // 一般NACCS回線 and メールボックス
  if (payload.lines) edits.lines = linesEffect(payload.lines, officeCode, contract.lines ?? [], date);
  if (payload.mailboxes)
    edits.mailboxes = mailboxesEffect(payload.mailboxes, officeCode, contract.office.systemKind, contract.mailboxes ?? [], date);

  let office = contract.office;
  if (payload.plan) {
    // The first change also records the plan it replaces, from the contract's start, so the
    // bills of the months before it keep their plan (domain/billing/bill.ts planOfMonth).
    const history = office.feePlanHistory ?? [{ from: office.startDate.slice(0, 7), plan: { ...office.feePlan } }];
    office = {
      ...office,
      feePlan: { ...payload.plan },
      feePlanHistory: [...history, { from: planStartMonth(date), plan: { ...payload.plan } }],
    };
  }
  if (payload.company || payload.contractor || payload.headOffice || payload.admin) {
    const reached = officeEffect(payload, office, contract.companyOffices ?? [office]);
    office = reached.office;
    if (reached.others.length) edits.offices = reached.others;
  }
  if (payload.billingAddress || payload.billingContact || payload.payment) office = billingEffect(payload, office);
  if (office !== contract.office) edits.office = office;
  // その他の契約変更 (never with the items, R1): the choice's own effect (others.ts)
  const other = otherRules(payload)?.effect?.(payload, contract, date);
  return other ? { ...edits, ...other } : edits;
}
