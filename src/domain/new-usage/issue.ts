// What the center issues when a NACCS利用申込's review ends (ID通知内容): the
// 事業所コード (企業略称 + the next free 3 digits) and its password, a 請求先コード,
// a new 利用者コード per group of rows (営業所コード(2) + 企業略称(3), DOMAIN.md §2),
// 利用者ID with passwords per row (SMTP双方向 gives Y-識別番号, nextIdNos), and the
// netNACCS terminals with access keys and 認証コード, and the 一般NACCS terminals of
// the 回線・論理端末 tab with their access keys. Pure.
import type { IdNotice, IssuedTerminal, IssuedUserId } from '../application';
import { newUserIdPassword, nextIdNos } from '../broker-id/issue';
import { newAccessKey, newAuthCodes, newTerminalName } from '../contract-change/terminals';
import { issueGeneralTerminals } from '../contract-change/general-terminals';
import type { IsoDate } from '../time';
import type { NewUsagePayload } from './payload';

export interface NewUsageIssueInput {
  /** every 事業所コード in use or issued */
  takenOfficeCodes: ReadonlySet<string>;
  /** every 利用者コード in use or issued */
  takenUserCodes: ReadonlySet<string>;
  /** 識別番号 already used under a shared code */
  takenIdNos(userCode: string): readonly string[];
  takenTerminalNames: ReadonlySet<string>;
  random: () => number;
  date: IsoDate;
  now: number;
}

/** The next 事業所コード of the company: NAC001, NAC002 taken → NAC003. */
export function nextOfficeCode(abbr: string, taken: ReadonlySet<string>): string {
  for (let n = 1; n < 1000; n++) {
    const code = `${abbr}${String(n).padStart(3, '0')}`;
    if (!taken.has(code)) return code;
  }
  throw new Error(`no 事業所コード left for ${abbr}`);
}

const OFFICE_PART_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The next 利用者コード of the company: 1ANAC, 1BNAC taken → 1CNAC (営業所コード 1A…9Z). */
export function nextUserCode(abbr: string, taken: ReadonlySet<string>): string {
  for (let d = 1; d <= 9; d++)
    for (const l of OFFICE_PART_LETTERS) {
      const code = `${d}${l}${abbr}`;
      if (!taken.has(code)) return code;
    }
  throw new Error(`no 利用者コード left for ${abbr}`);
}

const PASSWORD_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';

export function newOfficePassword(random: () => number): string {
  for (;;) {
    let s = '';
    for (let i = 0; i < 10; i++) s += PASSWORD_CHARS[Math.floor(random() * PASSWORD_CHARS.length)];
    if (/\d/.test(s) && /[A-Za-z]/.test(s)) return s;
  }
}

export function newBillingCode(random: () => number): string {
  return String(Math.floor(random() * 9_000_000) + 1_000_000);
}

export function issueForNewUsage(payload: NewUsagePayload, input: NewUsageIssueInput): IdNotice {
  const abbr = payload.company.abbr;
  const code = nextOfficeCode(abbr, input.takenOfficeCodes);
  const takenCodes = new Set(input.takenUserCodes);
  const codeOfGroup = new Map<number, string>();
  const newUserCodes: string[] = [];
  const userIds: IssuedUserId[] = [];
  const takenIds = new Map<string, string[]>();
  for (const row of payload.users) {
    let userCode = row.userCode;
    if (row.mode === 'new') {
      userCode = codeOfGroup.get(row.group);
      if (!userCode) {
        userCode = nextUserCode(abbr, takenCodes);
        takenCodes.add(userCode);
        codeOfGroup.set(row.group, userCode);
        newUserCodes.push(userCode);
      }
    }
    if (!userCode) continue;
    const taken = takenIds.get(userCode) ?? [...input.takenIdNos(userCode)];
    takenIds.set(userCode, taken);
    for (const idNo of nextIdNos(taken, row.method, row.count)) {
      taken.push(idNo);
      userIds.push({
        userId: `${userCode}${idNo}`,
        userCode,
        idNo,
        method: row.method,
        industries: [row.industry],
        password: newUserIdPassword(input.random),
      });
    }
  }
  const terminals: IssuedTerminal[] = [];
  const names = new Set(input.takenTerminalNames);
  for (let i = 0; i < (payload.netTerminals ?? 0); i++) {
    const name = newTerminalName('netNACCS', names, input.random);
    names.add(name);
    terminals.push({
      systemKind: payload.office.systemKind,
      equipment: 'net',
      packageKind: 'net',
      name,
      accessKey: newAccessKey(input.random),
      authCodes: newAuthCodes(abbr, name, input.random),
    });
  }
  // 回線・論理端末 tab: the 一般NACCS logical terminals, of the office's システム区分 (no certificate)
  if (payload.line && payload.line.terminals > 0)
    terminals.push(...issueGeneralTerminals({ 海上: 0, 航空: 0, 共用: 0, [payload.office.systemKind]: payload.line.terminals }, names, input.random));
  return {
    issuedAt: input.now,
    startDate: input.date,
    office: { code, password: newOfficePassword(input.random), companyAbbr: abbr, billingCode: newBillingCode(input.random), newUserCodes },
    userIds,
    terminals,
  };
}
