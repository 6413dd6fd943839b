// A 論理端末 of the contract from the ID通知内容 that issued it: what 契約内容の変更 and
// 新規申込 both write on their 利用開始日. Pure.
import type { IssuedTerminal } from './application';
import { certificateFields } from './cert-reissue/certificate';
import type { Terminal } from './contract';
import type { IsoDate } from './time';

/**
 * The terminal as the office holds it from `startDate`; a netNACCS terminal gets its
 * デジタル証明書, one year from that day (docs/cert-reissue.md), which 契約内容確認's
 * 論理端末 table shows as its 有効期限.
 */
export function terminalFromNotice(t: IssuedTerminal, officeCode: string, startDate: IsoDate): Terminal {
  return {
    updatedAt: 0,
    rev: 0,
    id: `${officeCode}-${t.name}`,
    officeCode,
    systemKind: t.systemKind as Terminal['systemKind'],
    equipment: t.equipment as Terminal['equipment'],
    packageKind: t.packageKind as Terminal['packageKind'],
    name: t.name,
    accessKey: t.accessKey,
    authCodes: [...t.authCodes],
    startDate,
    ...(t.equipment === 'net' ? certificateFields(startDate) : {}),
  };
}
