// The center's automatic check of a デジタル証明書の再発行申込: the terminal must still
// be one of the office's netNACCS 論理端末 in use (it may have been abolished since
// filing). Two reissues of the same terminal filed on two devices before they met are
// both done: the later one simply issues new 認証コード again (docs/cert-reissue.md).
import type { Terminal } from '../contract';
import type { CertReissuePayload } from './payload';
import { reissuableTerminals } from './selection';

export function certReissueProblems(payload: CertReissuePayload, terminals: readonly Terminal[]): string[] {
  const name = payload.terminal.name;
  if (reissuableTerminals(terminals).some((t) => t.name === name)) return [];
  return [
    `論理端末「${name}」は貴事業所のご利用中のnetNACCS論理端末にありません。契約内容をご確認の上、修正入力をお願いします。`,
  ];
}
