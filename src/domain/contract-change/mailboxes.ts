// 一般NACCSのメールボックス数(追加・廃止) — メールボックス 入力 (no seed screen; as 論理端末
// 入力, docs/contract-change.md): the number of mailboxes to add — not the new total,
// as R11 says of terminals — and the contract's mailboxes to abolish.
import type { Mailbox, SystemKind } from '../contract';
import { mailboxName } from '../new-usage/effect';
import { addDays, type IsoDate } from '../time';
import { halfWidthDigits } from '../validation/rules';
import { failed, type Checked } from '../validation/schema';

export interface MailboxChange {
  /** how many to add (not the total) */
  add: number;
  /** メールボックス名 to abolish */
  abolished: string[];
}

export const MAILBOX_ADD_LABEL = 'メールボックス追加数';
export const MAILBOX_ADD_ID = 'mailbox-add';
export const MAILBOXES_ERROR_ID = 'mailbox-changes';
export const MAX_MAILBOXES_ADDED = 99;
export const MAILBOX_R11_TEXT = '※ 契約合計数ではありません';
export const NO_MAILBOX_CHANGE_TEXT = '追加するメールボックスの数を入力するか、廃止するメールボックスを選択してください。';

/** 「次へ進む」: the count blank (0) or half-width digits 0–99, and something to do. */
export function checkMailboxInput(addText: string, abolished: readonly string[], current: readonly Mailbox[]): Checked<MailboxChange, string> {
  const text = addText.trim();
  const message = halfWidthDigits(MAILBOX_ADD_LABEL)(text);
  if (message) return failed({ [MAILBOX_ADD_ID]: message });
  if (text !== '' && Number(text) > MAX_MAILBOXES_ADDED)
    return failed({ [MAILBOX_ADD_ID]: `${MAILBOX_ADD_LABEL}は${MAX_MAILBOXES_ADDED}以下の数を入力してください。` });
  const names = new Set(current.filter((m) => !m.endDate).map((m) => m.name));
  const change = { add: text === '' ? 0 : Number(text), abolished: abolished.filter((n) => names.has(n)) };
  if (change.add === 0 && change.abolished.length === 0) return failed({ [MAILBOXES_ERROR_ID]: NO_MAILBOX_CHANGE_TEXT });
  return { ok: true, value: change };
}

/** The 申込情報 rows of 変更申込確認's メールボックス情報: 申込内容, 区分, メールボックス名, 追加数. */
export function mailboxApplicationRows(change: MailboxChange, current: readonly Mailbox[], systemKind: SystemKind | ''): string[][] {
  const rows: string[][] = [];
  if (change.add > 0) rows.push(['追加', systemKind, '', String(change.add)]);
  for (const name of change.abolished) rows.push(['廃止', current.find((m) => m.name === name)?.systemKind ?? '', name, '']);
  return rows;
}

const fresh = { updatedAt: 0, rev: 0 };

/**
 * On the 利用開始日: abolished mailboxes keep their row with 利用終了日 = the day before;
 * new ones are named as a new office's are (事業所コード + MB + the next free number of
 * the office; `mailboxes`: the office's, ended ones too) with the office's システム区分.
 */
export function mailboxesEffect(change: MailboxChange, officeCode: string, systemKind: SystemKind, mailboxes: readonly Mailbox[], date: IsoDate): Mailbox[] {
  const lastDay = addDays(date, -1);
  const out: Mailbox[] = [];
  for (const name of change.abolished) {
    const m = mailboxes.find((x) => x.name === name && !x.endDate);
    if (m) out.push({ ...m, endDate: lastDay });
  }
  const taken = new Set(mailboxes.map((m) => m.name));
  let n = 1;
  for (let i = 0; i < change.add; i++) {
    while (taken.has(mailboxName(officeCode, n))) n++;
    const name = mailboxName(officeCode, n);
    taken.add(name);
    out.push({ ...fresh, id: `${officeCode}-${name}`, officeCode, systemKind, name, startDate: date });
  }
  return out;
}

/** The center's check: a mailbox to abolish that is not the office's (any more). */
export function mailboxProblems(change: MailboxChange, mailboxes: readonly Mailbox[], ask: string): string[] {
  const live = new Set(mailboxes.filter((m) => !m.endDate).map((m) => m.name));
  return change.abolished.filter((n) => !live.has(n)).map((n) => `メールボックス「${n}」は貴事業所のご契約にありません。${ask}`);
}
