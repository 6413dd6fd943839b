// The contract aggregate: offices, 利用者コード, 利用者ID, terminals, lines, mailboxes.
import type { EnglishNames, Line, Mailbox, Office, Terminal, UserCode, UserId } from '../domain/contract';
import type { Table } from 'dexie';
import type { SyncedRecord } from '../domain/record';
import { INDUSTRIES } from '../domain/system-setting/industries';
import { withoutSharing } from '../domain/terminal-sharing';
import { db } from './db';
import { guarded } from './guarded';
import { alive, aliveRow, touched } from './record';

export async function getOffice(code: string): Promise<Office | undefined> {
  return aliveRow(await db.offices.get(code));
}

/** The 利用者コード the office uses, its own and shared ones, by code. */
export async function listUserCodes(officeCode: string): Promise<UserCode[]> {
  const rows = await db.userCodes.where('officeCodes').equals(officeCode).toArray();
  return alive(rows).sort((a, b) => a.code.localeCompare(b.code));
}

export async function getUserCode(code: string): Promise<UserCode | undefined> {
  return aliveRow(await db.userCodes.get(code));
}

/** The office's own 利用者ID, ordered by 利用者ID. */
export async function listUserIds(officeCode: string): Promise<UserId[]> {
  const rows = await db.userIds.where('officeCode').equals(officeCode).toArray();
  return alive(rows).sort((a, b) => a.id.localeCompare(b.id));
}

/** Every 利用者ID under a 利用者コード, whichever office holds it. */
export async function listUserIdsOfCode(userCode: string): Promise<UserId[]> {
  const rows = await db.userIds.where('userCode').equals(userCode).toArray();
  return alive(rows).sort((a, b) => a.id.localeCompare(b.id));
}

export async function listTerminals(officeCode: string): Promise<Terminal[]> {
  const rows = await db.terminals.where('officeCode').equals(officeCode).toArray();
  return alive(rows).sort((a, b) => a.name.localeCompare(b.name));
}

export async function listLines(officeCode: string): Promise<Line[]> {
  return alive(await db.lines.where('officeCode').equals(officeCode).toArray());
}

export async function listMailboxes(officeCode: string): Promise<Mailbox[]> {
  return alive(await db.mailboxes.where('officeCode').equals(officeCode).toArray());
}

/** Everything 契約情報 参照 shows for one office. */
export interface OfficeContract {
  office: Office;
  userCodes: UserCode[];
  userIds: UserId[];
  terminals: Terminal[];
  lines: Line[];
  mailboxes: Mailbox[];
}

export async function getOfficeContract(officeCode: string): Promise<OfficeContract | undefined> {
  const office = await getOffice(officeCode);
  if (!office) return undefined;
  const [userCodes, userIds, terminals, lines, mailboxes] = await Promise.all([
    listUserCodes(officeCode),
    listUserIds(officeCode),
    listTerminals(officeCode),
    listLines(officeCode),
    listMailboxes(officeCode),
  ]);
  return { office, userCodes, userIds, terminals, lines, mailboxes };
}

/**
 * A システム設定申込 takes effect (NACCS登録日): the code's English names as NACCS
 * holds them. The 業種 are the contract's (契約内容の変更's 利用業種); they are written
 * only on a code that has none recorded yet (a new code, whose 利用者ID carry them).
 * Runs inside the center's transaction.
 */
export async function registerUserCodeSetting(code: string, english: EnglishNames, industries: string[]): Promise<void> {
  const current = await db.userCodes.get(code);
  if (!current || current.deleted) return;
  let filled = current.industries;
  if (filled.length === 0) {
    const held = industries.length
      ? new Set(industries)
      : new Set(alive(await db.userIds.where('userCode').equals(code).toArray()).filter((i) => !i.endDate).flatMap((i) => i.industries));
    filled = INDUSTRIES.filter((i) => held.has(i));
  }
  await db.userCodes.put(touched({ ...current, english: { ...english }, industries: filled }, current));
}

/** A new 企業名(英) reaches a code of the company that was not set: only its 企業名 changes. */
export async function registerCompanyName(code: string, company: string): Promise<void> {
  const current = await db.userCodes.get(code);
  if (!current || current.deleted || current.english.company === company) return;
  await db.userCodes.put(touched({ ...current, english: { ...current.english, company } }, current));
}

/**
 * 通関士IDの追加 takes effect (利用開始日): the issued 利用者ID join the contract.
 * Runs inside the center's transaction; an ID already there is left as it is.
 */
export async function addUserIds(ids: readonly UserId[]): Promise<void> {
  for (const id of ids) {
    const current = await db.userIds.get(id.id);
    if (current && !current.deleted) continue;
    await db.userIds.put(touched({ ...id }, current));
  }
}

export async function getUserId(id: string): Promise<UserId | undefined> {
  return aliveRow(await db.userIds.get(id));
}

/** UTB: the broker's 利用者ID gets its 通関士証票番号 (a later registration replaces it). */
export async function registerBrokerCardNo(userId: string, cardNo: string, at: number): Promise<UserId> {
  return guarded(() =>
    db.transaction('rw', db.userIds, async () => {
      const current = await db.userIds.get(userId);
      if (!current || current.deleted) throw new Error(`利用者ID ${userId} is not registered`);
      const next = touched({ ...current, brokerCardNo: cardNo, brokerCardRegisteredAt: at }, current);
      await db.userIds.put(next);
      return next;
    }),
  );
}

/** Every 利用者コード of a company (any office): they all end with its 企業略称 (DOMAIN.md §2). */
export async function listCompanyUserCodes(companyAbbr: string): Promise<UserCode[]> {
  return alive(await db.userCodes.filter((c) => c.code.endsWith(companyAbbr)).toArray());
}

/** Every office of a company (the same 企業略称), by 事業所コード: R4 carries 企業情報 to them all. */
export async function listCompanyOffices(companyAbbr: string): Promise<Office[]> {
  const offices = alive(await db.offices.where('companyAbbr').equals(companyAbbr).toArray());
  return offices.sort((a, b) => a.code.localeCompare(b.code));
}

/** Every office of the company of this office (itself included), by 事業所コード. */
export async function listSisterOffices(officeCode: string): Promise<Office[]> {
  const office = await getOffice(officeCode);
  return office ? listCompanyOffices(office.companyAbbr) : [];
}

/** The 論理端末 of the given offices (共用 / 共同利用: either office's may be named), by office and name. */
export async function listTerminalsOf(officeCodes: readonly string[]): Promise<Terminal[]> {
  const rows = await db.terminals.where('officeCode').anyOf([...officeCodes]).toArray();
  return alive(rows).sort((a, b) => a.officeCode.localeCompare(b.officeCode) || a.name.localeCompare(b.name));
}

/** No 論理端末 is shared with this office any more (a 新規申込 that became 無効: its code never starts). */
export async function stopSharingWith(officeCode: string): Promise<void> {
  const terminals = (await listTerminalsSharedWith(officeCode)).map((t) => withoutSharing(t, officeCode));
  await writeContractRows({ userCodes: [], userIds: [], terminals });
}

/** The 論理端末 other offices share with this one (共用: Terminal.sharedWith names it). */
export async function listTerminalsSharedWith(officeCode: string): Promise<Terminal[]> {
  const rows = await db.terminals.filter((t) => (t.sharedWith ?? []).includes(officeCode)).toArray();
  return alive(rows).sort((a, b) => a.officeCode.localeCompare(b.officeCode) || a.name.localeCompare(b.name));
}

/** Every 論理端末名 in the store, whichever office holds it and whether ended or not (never reused). */
export async function listTerminalNames(): Promise<Set<string>> {
  return new Set((await db.terminals.toArray()).map((t) => t.name));
}

export interface ContractRowsToWrite {
  office?: Office;
  /** other offices the change reaches (R4) */
  offices?: Office[];
  userCodes: UserCode[];
  userIds: UserId[];
  terminals: Terminal[];
  lines?: Line[];
  mailboxes?: Mailbox[];
}

/**
 * Writes what an application does to the contract (inside the center's
 * transaction), each row with a new revision over the stored one.
 */
export async function writeContractRows(rows: ContractRowsToWrite): Promise<void> {
  const put = async <T extends SyncedRecord>(table: Table<T, string>, row: T) => table.put(touched(row, await table.get(row.id)));
  if (rows.office) await put(db.offices, rows.office);
  for (const r of rows.offices ?? []) await put(db.offices, r);
  for (const r of rows.userCodes) await put(db.userCodes, r);
  for (const r of rows.userIds) await put(db.userIds, r);
  for (const r of rows.terminals) await put(db.terminals, r);
  for (const r of rows.lines ?? []) await put(db.lines, r);
  for (const r of rows.mailboxes ?? []) await put(db.mailboxes, r);
}
