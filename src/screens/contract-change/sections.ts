// The blocks of 変更申込確認 (seed 002 ⑦): for each ticked item, 契約情報 (the contract
// today) beside 申込情報 (what the application does). The filed application's view,
// and its 申込書, show the same blocks with 申込情報 alone (the contract has moved on).
import type { AttachmentRef } from '../../domain/application';
import type { Contact } from '../../domain/contact';
import { isGeneralTerminal, type Line, type Mailbox, type Office, type Terminal, type UserCode, type UserId } from '../../domain/contract';
import { applicationRows, officeIdsOf, type CodeChange } from '../../domain/contract-change/codes';
import { itemLabel, otherLabel, wishLabelOf, type ChangeItemId, type OtherChangeId } from '../../domain/contract-change/items';
import { monthText, planStartMonth, planText, type PlanChoice } from '../../domain/contract-change/plan';
import { terminalApplicationRows, type TerminalChange } from '../../domain/contract-change/terminals';
import type { ConfirmSection, SectionContent, SectionTable } from '../../domain/sections';
import { toYmd8, type IsoDate } from '../../domain/time';
import { START_DATE_LABEL } from '../../domain/validation/start-date';
import { contactRows } from '../../wizard/contact-rows';
import { mark } from '../contract/rows';
import type { StepId } from './state';
import type { ContractChangePayload } from '../../domain/contract-change/payload';
import { BILLING_ADDRESS_ITEM, BILLING_CONTACT_ITEM, DEBIT_NOTE, PAYMENT_LABEL, type BillingChanges } from '../../domain/contract-change/billing';
import { changedFields, type FieldItem } from '../../domain/contract-change/fields';
import { OFFICE_ITEM_IDS, OFFICE_ITEMS, officesReached, officesText, R4_TEXT, type OfficeChanges } from '../../domain/contract-change/office';
import { OPTION_LABELS, type OptionChange } from '../../domain/contract-change/options';
import { yesNo } from './state';
import { TERMINAL_COLUMNS, terminalCells } from './terminal-row';
import type { OtherParts } from '../../domain/contract-change/other-parts';
import { OTHER_SCREENS } from './others';
import { LINE_COLUMNS, lineApplicationRows, type LineChange } from '../../domain/contract-change/lines';
import { generalTerminalApplicationRows, generalTerminalsOf, type GeneralTerminalChange } from '../../domain/contract-change/general-terminals';
import { mailboxApplicationRows, type MailboxChange } from '../../domain/contract-change/mailboxes';

export interface ChangeContent {
  contact: Contact;
  items: readonly ChangeItemId[];
  other?: OtherChangeId;
  startDate?: IsoDate;
  codes: readonly CodeChange[];
  terminals?: TerminalChange;
  plan?: PlanChoice;
  note?: string;
  attachments?: readonly AttachmentRef[];
  /** the office's contract today: where given, each item shows 契約情報 beside 申込情報 */
  contract?: {
    office: Office;
    userCodes: readonly UserCode[];
    userIds: readonly UserId[];
    terminals: readonly Terminal[];
    lines?: readonly Line[];
    mailboxes?: readonly Mailbox[];
  };
  /** the filing office (whose IDs a change touches) */
  officeCode: string;
  /** 本社・事業所 and 請求先: each block as the application leaves it */
  blocks?: OfficeChanges & BillingChanges;
  /** 管理統計資料 / 保存サービス */
  options?: readonly OptionChange[];
  /** every office of the company, where known: the confirmation says which offices R4 reaches */
  companyOffices?: readonly Office[];
  /** その他の契約変更: what the choice's input screens filed (the payload itself will do) */
  others?: OtherParts;
  /** 回線・端末等の変更 (一般NACCS) */
  lines?: LineChange;
  generalTerminals?: GeneralTerminalChange;
  mailboxes?: MailboxChange;
}

const CODE_COLUMNS = ['区分', '業種', '処理方式', '利用者コード', '識別番号', '管理統計資料(有料分)', '管理統計資料(無料分)', '保存サービス', '他事業所と共用'];

/** Before/after where the contract is known, 申込情報 alone otherwise. */
function pair(before: SectionTable | undefined, after: SectionTable): SectionContent {
  return before ? { type: 'beforeAfter', before, after } : { type: 'table', ...after };
}

function codeSection(content: ChangeContent): ConfirmSection<StepId> {
  const c = content.contract;
  const codeOf = (code: string) => c?.userCodes.find((u) => u.code === code);
  const before: SectionTable | undefined = c && {
    columns: CODE_COLUMNS,
    rows: content.codes.flatMap((change) => {
      const code = codeOf(change.userCode);
      return officeIdsOf(change.userCode, content.officeCode, c.userIds).map((id) => [
        code?.systemKind ?? '',
        id.industries.join(' '),
        id.method,
        id.userCode,
        id.idNo,
        mark(code?.statsPaid),
        mark(code?.statsFree),
        mark(code?.bondedRetention),
        mark((code?.officeCodes.length ?? 0) > 1),
      ]);
    }),
    empty: '契約中の識別番号はありません。',
  };
  const after: SectionTable = {
    columns: ['申込内容', ...CODE_COLUMNS.slice(0, 5), '追加(数)', ...CODE_COLUMNS.slice(5)],
    rows: content.codes.flatMap((change) =>
      applicationRows(change, officeIdsOf(change.userCode, content.officeCode, c?.userIds ?? []), (codeOf(change.userCode)?.officeCodes.length ?? 0) > 1).map(
        (r) => [r.action, r.systemKind, r.industries, r.method, r.userCode, r.idNo, r.count, mark(r.statsPaid), mark(r.statsFree), mark(r.bondedRetention), mark(r.shared)],
      ),
    ),
  };
  const endNotes = content.codes.filter((x) => x.endsCode).map((x) => ({ label: '利用者コードの廃止', value: `${x.userCode}(すべての識別番号を廃止)` }));
  return {
    id: 'codes',
    title: '利用者コード情報',
    backTo: 'codes',
    content: [pair(before, after), ...(endNotes.length ? [{ type: 'rows' as const, rows: endNotes }] : [])],
  };
}

function terminalSection(change: TerminalChange, content: ChangeContent): ConfirmSection<StepId> {
  const current = (content.contract?.terminals ?? []).filter((t) => t.officeCode === content.officeCode && !t.endDate && !isGeneralTerminal(t));
  const before: SectionTable | undefined = content.contract && {
    columns: TERMINAL_COLUMNS,
    rows: current.map(terminalCells),
    empty: '契約している論理端末はありません。',
  };
  const after: SectionTable = {
    columns: ['申込内容', ...TERMINAL_COLUMNS, '端末追加数'],
    rows: terminalApplicationRows(change, current),
  };
  return { id: 'terminals', title: 'netNACCS情報', backTo: 'terminals', content: [pair(before, after)] };
}

function lineSection(change: LineChange, content: ChangeContent): ConfirmSection<StepId> {
  const current = (content.contract?.lines ?? []).filter((l) => l.officeCode === content.officeCode && !l.endDate);
  const before: SectionTable | undefined = content.contract && {
    columns: LINE_COLUMNS,
    rows: current.map((l) => [l.kind, l.bandwidth, l.installAddress]),
    empty: '契約している回線はありません。',
  };
  const after: SectionTable = { columns: ['申込内容', ...LINE_COLUMNS], rows: lineApplicationRows(change, current) };
  return { id: 'lines', title: '回線情報', backTo: 'lines', content: [pair(before, after)] };
}

function generalTerminalSection(change: GeneralTerminalChange, content: ChangeContent): ConfirmSection<StepId> {
  const current = generalTerminalsOf(content.contract?.terminals ?? [], content.officeCode);
  const before: SectionTable | undefined = content.contract && {
    columns: TERMINAL_COLUMNS,
    rows: current.map(terminalCells),
    empty: '契約している一般NACCSの論理端末はありません。',
  };
  const after: SectionTable = { columns: ['申込内容', ...TERMINAL_COLUMNS, '端末追加数'], rows: generalTerminalApplicationRows(change, current) };
  return { id: 'generalTerminals', title: '一般NACCS情報(論理端末)', backTo: 'generalTerminals', content: [pair(before, after)] };
}

function mailboxSection(change: MailboxChange, content: ChangeContent): ConfirmSection<StepId> {
  const current = (content.contract?.mailboxes ?? []).filter((m) => m.officeCode === content.officeCode && !m.endDate);
  const before: SectionTable | undefined = content.contract && {
    columns: ['区分', 'メールボックス名'],
    rows: current.map((m) => [m.systemKind, m.name]),
    empty: '契約しているメールボックスはありません。',
  };
  const after: SectionTable = {
    columns: ['申込内容', '区分', 'メールボックス名', '追加数'],
    rows: mailboxApplicationRows(change, current, content.contract?.office.systemKind ?? ''),
  };
  return { id: 'mailboxes', title: 'メールボックス情報', backTo: 'mailboxes', content: [pair(before, after)] };
}

function planSection(plan: PlanChoice, content: ChangeContent): ConfirmSection<StepId> {
  const office = content.contract?.office;
  const from = content.startDate ? `(${monthText(planStartMonth(content.startDate))})` : '';
  const before: SectionTable | undefined = office && {
    columns: ['対象', '料金プラン'],
    rows: [
      ['netNACCS', planText(office.feePlan.netNACCS)],
      ['一般NACCS', planText(office.feePlan.general)],
    ],
  };
  const after: SectionTable = {
    columns: ['申込内容', '対象', '料金プラン'],
    rows: [
      ['変更', 'netNACCS', `${planText(plan.netNACCS)}${from}`],
      ['変更', '一般NACCS', `${planText(plan.general)}${from}`],
    ],
  };
  return { id: 'plan', title: '料金プラン情報', backTo: 'plan', content: [pair(before, after)] };
}

/** The office and 請求先 blocks a payload files. */
export function blocksOf(p: ContractChangePayload): OfficeChanges & BillingChanges {
  const { company, contractor, headOffice, admin, billingAddress, billingContact, payment } = p;
  return { company, contractor, headOffice, admin, billingAddress, billingContact, payment };
}

/** A field item: 契約情報 (every field) beside 申込情報 (the fields that change; all of them where the contract is not given). */
function fieldSection(id: StepId, item: FieldItem, after: Record<string, string>, content: ChangeContent): ConfirmSection<StepId> {
  const office = content.contract?.office;
  const current = office && item.current(office);
  const before: SectionTable | undefined = current && {
    columns: ['項目', '内容'],
    rows: item.fields.map((f) => [f.label, current[f.name]]),
  };
  const fields = current ? changedFields(item, after, current) : item.fields;
  const table: SectionTable = { columns: ['申込内容', '項目', '内容'], rows: fields.map((f) => ['変更', f.label, after[f.name]]) };
  return { id, title: item.section, backTo: id, content: [pair(before, table)] };
}

/** R4: which offices a change of 企業情報 reaches. */
function reachRows(content: ChangeContent): SectionContent[] {
  const office = content.contract?.office;
  if (!office || !content.blocks || !content.companyOffices) return [];
  const reached = officesReached(content.blocks, office, content.companyOffices);
  if (reached.length === 0) return [];
  return [{ type: 'rows', rows: [{ label: '企業情報の変更が適用される事業所', value: `${officesText(reached)}(${R4_TEXT})` }] }];
}

function optionsSection(options: readonly OptionChange[], content: ChangeContent): ConfirmSection<StepId> {
  const columns = ['利用者コード', OPTION_LABELS.statsPaid, OPTION_LABELS.statsFree, OPTION_LABELS.bondedRetention];
  const codes = content.contract?.userCodes;
  const before: SectionTable | undefined = codes && {
    columns,
    rows: options.flatMap((o) => {
      const c = codes.find((x) => x.code === o.userCode);
      return c ? [[c.code, yesNo(c.statsPaid), yesNo(c.statsFree), yesNo(c.bondedRetention)]] : [];
    }),
  };
  const after: SectionTable = {
    columns: ['申込内容', ...columns],
    rows: options.map((o) => ['変更', o.userCode, yesNo(o.statsPaid), yesNo(o.statsFree), yesNo(o.bondedRetention)]),
  };
  return { id: 'options', title: '管理統計資料情報', backTo: 'options', content: [pair(before, after)] };
}

function paymentSection(method: string, content: ChangeContent): ConfirmSection<StepId> {
  const office = content.contract?.office;
  const before: SectionTable | undefined = office && { columns: ['項目', '内容'], rows: [[PAYMENT_LABEL, office.billing.paymentMethod]] };
  const after: SectionTable = { columns: ['申込内容', '項目', '内容'], rows: [['変更', PAYMENT_LABEL, method]] };
  const note: SectionContent[] = method === '口座振替' ? [{ type: 'rows', rows: [{ label: '口座振替申込専用紙', value: DEBIT_NOTE }] }] : [];
  return { id: 'payment', title: '支払の方法情報', backTo: 'payment', content: [pair(before, after), ...note] };
}

/** The sections of the office, options and 請求先 items, in the order of the items. */
function blockSections(content: ChangeContent, has: (id: ChangeItemId) => boolean): { office: ConfirmSection<StepId>[]; billing: ConfirmSection<StepId>[] } {
  const b = content.blocks ?? {};
  const office: ConfirmSection<StepId>[] = [];
  for (const id of OFFICE_ITEM_IDS) {
    const after = b[id];
    if (!has(id) || !after) continue;
    const section = fieldSection(id, OFFICE_ITEMS[id] as FieldItem, after, content);
    if (id === 'company' || (id === 'headOffice' && !b.company)) section.content.push(...reachRows(content));
    office.push(section);
  }
  const billing: ConfirmSection<StepId>[] = [];
  if (has('billingAddress') && b.billingAddress) billing.push(fieldSection('billingAddress', BILLING_ADDRESS_ITEM as FieldItem, b.billingAddress, content));
  if (has('billingContact') && b.billingContact) billing.push(fieldSection('billingContact', BILLING_CONTACT_ITEM as FieldItem, b.billingContact, content));
  if (has('payment') && b.payment) billing.push(paymentSection(b.payment, content));
  return { office, billing };
}

export function contractChangeSections(content: ChangeContent): ConfirmSection<StepId>[] {
  const has = (id: ChangeItemId) => content.items.includes(id);
  const sections: ConfirmSection<StepId>[] = [
    { id: 'contact', title: '申込担当者情報', backTo: 'contact', content: [{ type: 'rows', rows: contactRows(content.contact) }] },
    {
      id: 'items',
      title: '変更内容',
      backTo: 'items',
      content: [
        {
          type: 'rows',
          rows: [
            { label: '契約変更に関する項目', value: content.items.map(itemLabel).join('、') || 'なし' },
            { label: 'その他の契約変更', value: content.other ? otherLabel(content.other) : 'なし' },
            { label: wishLabelOf(content.other), value: content.startDate ? toYmd8(content.startDate) : '' },
          ],
        },
      ],
    },
  ];
  const blocks = blockSections(content, has);
  sections.push(...blocks.office);
  if (content.codes.length) sections.push(codeSection(content));
  if (has('netTerminal') && content.terminals) sections.push(terminalSection(content.terminals, content));
  if (has('line') && content.lines) sections.push(lineSection(content.lines, content));
  if (has('generalTerminal') && content.generalTerminals) sections.push(generalTerminalSection(content.generalTerminals, content));
  if (has('mailbox') && content.mailboxes) sections.push(mailboxSection(content.mailboxes, content));
  if (has('plan') && content.plan) sections.push(planSection(content.plan, content));
  if ((has('stats') || has('retention')) && content.options?.length) sections.push(optionsSection(content.options, content));
  sections.push(...blocks.billing);
  if (content.other) sections.push(...(OTHER_SCREENS[content.other]?.sections(content) ?? []));
  if (content.note !== undefined) sections.push({ id: 'note', title: '変更申込の備考', content: [{ type: 'rows', rows: [{ label: '備考', value: content.note }] }] });
  if (content.attachments) sections.push({ id: 'attachments', title: '添付ファイル', content: [{ type: 'files', files: [...content.attachments] }] });
  return sections;
}
