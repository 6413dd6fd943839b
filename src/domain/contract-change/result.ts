// 申込結果 of a 変更申込 (S2's ID通知内容): how many 利用者コード, 識別番号 and 論理端末
// the application added, changed and removed.
import type { ResultCounts } from '../id-notice';
import { addedIdCount } from './codes';
import type { ContractChangePayload } from './payload';
import { addedTerminalCount } from './terminals';
import { addedGeneralTerminalCount } from './general-terminals';

export function changeResultCounts(payload: ContractChangePayload): ResultCounts {
  const codes = payload.codes ?? [];
  const abolished = codes.filter((c) => c.endsCode);
  const counts: ResultCounts = {
    userCodes: [
      codes.filter((c) => c.action !== '変更').length,
      codes.filter((c) => c.action === '変更' && !abolished.includes(c)).length,
      abolished.length,
    ],
    idNos: [
      codes.reduce((n, c) => n + addedIdCount(c), 0),
      codes.reduce((n, c) => n + c.industryChanges.length, 0),
      codes.reduce((n, c) => n + c.abolished.length, 0),
    ],
  };
  if (payload.terminals)
    counts.terminals = [addedTerminalCount(payload.terminals), payload.terminals.reclassed.length, payload.terminals.abolished.length];
  // 一般NACCS terminals count with the others (S2's one 論理端末数 row)
  const g = payload.generalTerminals;
  if (g) {
    const [a, c, d] = counts.terminals ?? [0, 0, 0];
    counts.terminals = [a + addedGeneralTerminalCount(g), c + g.reclassed.length, d + g.abolished.length];
  }
  if (payload.lines) counts.lines = [payload.lines.added.length, payload.lines.changed.length, payload.lines.abolished.length];
  if (payload.mailboxes) counts.mailboxes = [payload.mailboxes.add, 0, payload.mailboxes.abolished.length];
  return counts;
}
