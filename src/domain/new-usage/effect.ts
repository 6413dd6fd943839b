// What a NACCS利用申込 does on its 利用開始日: the new office exists (事業所コード,
// password, contract), with its new 利用者コード, the shared codes it joins, its
// 利用者ID and terminals. Worked out without touching the store. Pure.
import type { IdNotice } from '../application';
import type { Line, Mailbox, Office, PasswordHash, Terminal, UserCode, UserId } from '../contract';
import type { IsoDate } from '../time';
import { terminalFromNotice } from '../terminal-from-notice';
import type { NewUsagePayload } from './payload';
import { isCyberportUserId } from './texts';

export interface NewUsageEdits {
  office: Office;
  userCodes: UserCode[];
  userIds: UserId[];
  terminals: Terminal[];
  lines: Line[];
  mailboxes: Mailbox[];
}

/**
 * The 帯域 a line gets: the application does not ask it (seed 003 shows no such item).
 * GUESS (docs/new-usage.md): 専用線 the smallest of DOMAIN.md's (0.5Mbps), the others best effort.
 */
export function lineBandwidth(kind: Line['kind']): string {
  return kind === '専用線' ? '0.5Mbps' : 'ベストエフォート';
}

/** メールボックス名 (GUESS, docs/new-usage.md): the 事業所コード, 「MB」 and a two-digit number. */
export function mailboxName(officeCode: string, n: number): string {
  return `${officeCode}MB${String(n).padStart(2, '0')}`;
}

const fresh = { updatedAt: 0, rev: 0 };

export function newUsageEffect(
  payload: NewUsagePayload,
  notice: IdNotice & { office: NonNullable<IdNotice['office']> },
  input: { date: IsoDate; password: PasswordHash; existingUserCodes: readonly UserCode[] },
): NewUsageEdits {
  const { date } = input;
  const code = notice.office.code;
  const o = payload.office;
  const address = `${o.prefecture}${o.address}`;
  const office: Office = {
    ...fresh,
    id: code,
    code,
    companyAbbr: payload.company.abbr,
    companyName: payload.company.name,
    companyNameKana: payload.company.nameKana,
    officeName: payload.officeName,
    officeNameKana: payload.officeNameKana,
    postalCode: o.postalCode,
    address,
    phone: o.phone,
    systemKind: o.systemKind,
    customs: o.customs,
    billingCode: payload.billing.bulk?.billingCode || notice.office.billingCode,
    feePlan: { netNACCS: payload.plan.netNACCS, general: payload.plan.general },
    contractor: { ...o.contractor },
    admin: { ...o.admin },
    headOffice: { postalCode: o.postalCode, address, phone: o.phone },
    billing: {
      postalCode: payload.billing.address?.postalCode ?? o.postalCode,
      address: payload.billing.address ? `${payload.billing.address.prefecture}${payload.billing.address.street}` : address,
      contactName: o.admin.name,
      contactPhone: o.admin.phone,
      paymentMethod: '口座振替',
    },
    password: input.password,
    startDate: date,
  };
  const userCodes: UserCode[] = [];
  for (const userCode of notice.office.newUserCodes) {
    const rows = payload.users.filter((u) => notice.userIds.some((i) => i.userCode === userCode && i.method === u.method));
    userCodes.push({
      ...fresh,
      id: userCode,
      code: userCode,
      officeCodes: [code],
      systemKind: o.systemKind,
      industries: [...new Set(rows.map((r) => r.industry))],
      english: { company: '', office: '', address: '', manager: '' },
      statsPaid: false,
      statsFree: false,
      bondedRetention: false,
      startDate: date,
    });
  }
  for (const shared of new Set(payload.users.filter((u) => u.mode === 'share').map((u) => u.userCode!))) {
    const current = input.existingUserCodes.find((c) => c.code === shared);
    if (current) userCodes.push({ ...current, officeCodes: [...new Set([...current.officeCodes, code])] });
  }
  const userIds: UserId[] = notice.userIds.map((u) => ({
    ...fresh,
    id: u.userId,
    userCode: u.userCode,
    idNo: u.idNo,
    officeCode: code,
    industries: [...u.industries],
    method: u.method as UserId['method'],
    broker: u.industries.includes('通関士'),
    password: u.password,
    ...(isCyberportUserId(payload, u.method) ? { cyberport: true } : {}),
    startDate: date,
  }));
  const terminals = notice.terminals.map((t) => terminalFromNotice(t, code, date));
  // 一般NACCS: the 回線 and the メールボックス asked for (none when 機器共用… was ticked)
  const lines: Line[] = payload.line
    ? [
        {
          ...fresh,
          id: `${code}-line-1`,
          officeCode: code,
          kind: payload.line.kind as Line['kind'],
          bandwidth: lineBandwidth(payload.line.kind as Line['kind']),
          installAddress: address,
          startDate: date,
        },
      ]
    : [];
  const mailboxes: Mailbox[] = Array.from({ length: payload.mailboxes ?? 0 }, (_, i) => ({
    ...fresh,
    id: `${code}-${mailboxName(code, i + 1)}`,
    officeCode: code,
    systemKind: o.systemKind,
    name: mailboxName(code, i + 1),
    startDate: date,
  }));
  return { office, userCodes, userIds, terminals, lines, mailboxes };
}

/** The office the center addresses before the new office exists: what the application describes. */
export function applicantOffice(payload: NewUsagePayload, ownerId: string, now: IsoDate, password: PasswordHash): Office {
  const o = payload.office;
  return {
    ...fresh,
    id: ownerId,
    code: ownerId,
    companyAbbr: payload.company.abbr,
    companyName: payload.company.name,
    companyNameKana: payload.company.nameKana,
    officeName: payload.officeName,
    officeNameKana: payload.officeNameKana,
    postalCode: o.postalCode,
    address: `${o.prefecture}${o.address}`,
    phone: o.phone,
    systemKind: o.systemKind,
    customs: o.customs,
    billingCode: '',
    feePlan: { netNACCS: payload.plan.netNACCS, general: payload.plan.general },
    contractor: { ...o.contractor },
    admin: { ...o.admin },
    headOffice: { postalCode: o.postalCode, address: `${o.prefecture}${o.address}`, phone: o.phone },
    billing: { postalCode: o.postalCode, address: '', contactName: '', contactPhone: '', paymentMethod: '口座振替' },
    password,
    startDate: now,
  };
}

/**
 * The 利用者コード the application adds, once 審査終了 has numbered them (none before):
 * its システム設定申込 names them before they join the contract.
 */
export function newCodesOfNotice(payload: NewUsagePayload, notice: IdNotice | undefined): { code: string; systemKind: Office['systemKind']; industries: string[] }[] {
  return (notice?.office?.newUserCodes ?? []).map((code) => ({
    code,
    systemKind: payload.office.systemKind,
    industries: [...new Set(notice!.userIds.filter((i) => i.userCode === code).flatMap((i) => i.industries))],
  }));
}
