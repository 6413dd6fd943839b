// The rows of 契約情報 参照's 利用者ID tables: each 利用者ID with its 利用者コード.
import type { OfficeContract } from '../../store/contracts';
import type { UserCode, UserId } from '../../domain/contract';

export type ContractTab = 'office' | 'netNACCS' | 'general' | 'lines' | 'billing';

export const CONTRACT_TABS: { key: ContractTab; label: string }[] = [
  { key: 'office', label: '事業所' },
  { key: 'netNACCS', label: 'netNACCS' },
  { key: 'general', label: '一般NACCS' },
  { key: 'lines', label: '回線・メールボックス' },
  { key: 'billing', label: '請求先' },
];

export function contractTabOf(value: string | string[] | undefined): ContractTab {
  const text = Array.isArray(value) ? value[0] : value;
  return CONTRACT_TABS.find((t) => t.key === text)?.key ?? 'office';
}

export interface UserIdRow {
  userId: UserId;
  userCode: UserCode | undefined;
  shared: boolean;
}

/** netNACCS holds the IDs whose 処理方式 is net; 一般NACCS every other one. */
export function userIdRows(contract: OfficeContract, tab: 'netNACCS' | 'general'): UserIdRow[] {
  const codes = new Map(contract.userCodes.map((c) => [c.code, c]));
  return contract.userIds
    .filter((u) => (u.method === 'net') === (tab === 'netNACCS'))
    .map((userId) => {
      const userCode = codes.get(userId.userCode);
      return { userId, userCode, shared: isShared(userCode) };
    });
}

/** 他事業所と共用: more than one office uses the code. */
export const isShared = (code: UserCode | undefined) => (code?.officeCodes.length ?? 0) > 1;

export const mark = (flag: boolean | undefined) => (flag ? '○' : '×');

/** In use on `today`: started, and not ended before it (利用終了日 is the last day of use). */
export function inUse(row: { startDate: string; endDate?: string }, today: string): boolean {
  return row.startDate <= today && (!row.endDate || row.endDate >= today);
}

/** The contract as 契約情報 参照 shows it: what is in use today, or with `ended` also what has ended. */
export function contractOn(contract: OfficeContract, today: string, ended: boolean): OfficeContract {
  const keep = <T extends { startDate: string; endDate?: string }>(rows: T[]) =>
    rows.filter((r) => inUse(r, today) || (ended && !!r.endDate && r.endDate < today));
  return {
    ...contract,
    userCodes: keep(contract.userCodes),
    userIds: keep(contract.userIds),
    terminals: keep(contract.terminals),
    lines: keep(contract.lines),
    mailboxes: keep(contract.mailboxes),
  };
}
