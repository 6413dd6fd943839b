// The center's automatic checks of a 通関士IDの追加申込: each failure is one
// 通知内容 of a 確認依頼, in the seeds' voice.
import type { UserCode, UserId } from '../contract';
import type { BrokerIdPayload } from './payload';
import { isCustomsCode, methodsOfCode } from './rules';

export function brokerIdProblems(payload: BrokerIdPayload, codes: readonly UserCode[], ids: readonly UserId[]): string[] {
  const problems: string[] = [];
  const hasNet = ids.some((id) => id.method === 'net' && !id.endDate);
  for (const row of payload.rows) {
    const code = codes.find((c) => c.code === row.userCode);
    if (!code || code.endDate) {
      problems.push(
        `利用者コード「${row.userCode}」は貴事業所のご契約にありません。契約内容をご確認の上、修正入力をお願いします。`,
      );
    } else if (!isCustomsCode(code, ids)) {
      problems.push(
        `利用者コード「${row.userCode}」の業種に通関業が含まれていないため、通関士IDを追加できません。利用者コードを確認頂き修正入力をお願いします。`,
      );
    } else if (row.method !== 'net' && !methodsOfCode(row.userCode, ids).includes(row.method)) {
      problems.push(
        `利用者コード「${row.userCode}」では処理方式「${row.method}」をご利用になっていません。処理方式を確認頂き修正入力をお願いします。`,
      );
    }
    if (row.method === 'net' && !hasNet) {
      problems.push(
        '処理方式「net」の通関士IDを追加するには、netNACCSのご契約が必要です。先にnetNACCS端末の追加申込を行うか、処理方式を確認頂き修正入力をお願いします。',
      );
    }
  }
  return [...new Set(problems)];
}
