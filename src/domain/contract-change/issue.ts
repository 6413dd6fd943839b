// What the center issues when a 変更申込's review ends (ID通知内容, S2): a 識別番号 and
// a password for every ID added, a 論理端末名, 端末アクセスキー and 認証コード for
// every terminal added.
import type { IdNotice, IssuedTerminal, IssuedUserId } from '../application';
import { newUserIdPassword, nextIdNos } from '../broker-id/issue';
import type { IsoDate } from '../time';
import type { ContractChangePayload } from './payload';
import { issueGeneralTerminals } from './general-terminals';
import { EQUIPMENT, newAccessKey, newAuthCodes, newTerminalName, TERMINAL_KINDS, TERMINAL_SYSTEMS } from './terminals';

export interface IssueInput {
  companyAbbr: string;
  /** 識別番号 already used under a code: in the contract (ended ones too) or issued to applications not started yet */
  takenIdNos(userCode: string): readonly string[];
  /** every 論理端末名 in use or issued */
  takenTerminalNames: ReadonlySet<string>;
  random: () => number;
  date: IsoDate;
  now: number;
}

/** Every 変更申込 gets its ID通知内容 (the 確認完了 mail points to it), with or without new IDs. */
export function issueForChange(payload: ContractChangePayload, input: IssueInput): IdNotice {
  const userIds: IssuedUserId[] = [];
  for (const change of payload.codes ?? []) {
    const taken = [...input.takenIdNos(change.userCode)];
    for (const addition of change.additions) {
      for (const idNo of nextIdNos(taken, addition.method, addition.count)) {
        taken.push(idNo);
        userIds.push({
          userId: `${change.userCode}${idNo}`,
          userCode: change.userCode,
          idNo,
          method: addition.method,
          industries: [...addition.industries],
          password: newUserIdPassword(input.random),
        });
      }
    }
  }
  const terminals: IssuedTerminal[] = [];
  const names = new Set(input.takenTerminalNames);
  const additions = payload.terminals?.additions;
  if (additions)
    for (const kind of TERMINAL_KINDS)
      for (const { kind: system } of TERMINAL_SYSTEMS)
        for (let i = 0; i < additions[kind][system]; i++) {
          const name = newTerminalName(kind, names, input.random);
          names.add(name);
          terminals.push({
            systemKind: system,
            equipment: EQUIPMENT[kind],
            packageKind: EQUIPMENT[kind],
            name,
            accessKey: newAccessKey(input.random),
            authCodes: newAuthCodes(input.companyAbbr, name, input.random),
          });
        }
  // 一般NACCS terminals: a name and an access key each, no certificate
  if (payload.generalTerminals) terminals.push(...issueGeneralTerminals(payload.generalTerminals.additions, names, input.random));
  return { issuedAt: input.now, startDate: input.date, userIds, terminals };
}
