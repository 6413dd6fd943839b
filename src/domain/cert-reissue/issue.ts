// What the center issues when it reissues a certificate: the same 論理端末名 and
// 端末アクセスキー (they identify the terminal to NACCS and its package software, and
// are not part of the certificate), new 認証コード to fetch the new certificate with.
import type { IssuedTerminal } from '../application';
import type { Terminal } from '../contract';
import { newAuthCodes } from '../contract-change/terminals';

/**
 * The terminal with its new 認証コード. 認証コード1 follows S2's form (企業略称 + the
 * name's last four characters, NAC999W), so it reads the same for the same terminal;
 * 認証コード2 and 3 are drawn anew and never equal the ones they replace.
 */
export function reissuedTerminal(terminal: Terminal, companyAbbr: string, random: () => number): IssuedTerminal {
  for (;;) {
    const authCodes = newAuthCodes(companyAbbr, terminal.name, random);
    if (authCodes[1] === terminal.authCodes[1] || authCodes[2] === terminal.authCodes[2]) continue;
    return {
      systemKind: terminal.systemKind,
      equipment: terminal.equipment,
      packageKind: terminal.packageKind,
      name: terminal.name,
      accessKey: terminal.accessKey,
      authCodes,
    };
  }
}
