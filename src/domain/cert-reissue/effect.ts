// The reissue in the contract, on the confirmed date: the terminal gets the new
// 認証コード and a certificate valid one year from that day.
import type { IssuedTerminal } from '../application';
import type { Terminal } from '../contract';
import type { IsoDate } from '../time';
import { certificateFields } from './certificate';

export function reissuedContractTerminal(current: Terminal, issued: IssuedTerminal | undefined, date: IsoDate): Terminal {
  return { ...current, authCodes: issued ? [...issued.authCodes] : current.authCodes, ...certificateFields(date) };
}
