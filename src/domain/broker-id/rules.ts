// 通関士IDの追加: which codes may get broker IDs and how many IDs a request makes.
import { METHODS, type Method, type UserCode, type UserId } from '../contract';
import type { BrokerIdRow } from './payload';

/** R13 as shown where the numbers are entered. */
export const R13_TEXT =
  '1通関士に対して2つ以上の処理方式を使用する場合は、それぞれ1つずつの通関士IDが必要となります。（例：インタとnetの利用であれば各1つずつ）';

/** 「※すべての処理方式」 (seed 004): a 通関士ID can be added for every 処理方式, SMTP双方向 included. */
export const BROKER_METHODS: readonly Method[] = METHODS;

/**
 * The 処理方式 of a code, which its 通関士IDs may use: those of its 利用者ID still in
 * use (a code without any offers インタ, the 一般NACCS default), in NSS's order.
 */
export function methodsOfCode(userCode: string, ids: readonly UserId[]): Method[] {
  const used = new Set(ids.filter((id) => id.userCode === userCode && !id.endDate).map((id) => id.method));
  const methods = BROKER_METHODS.filter((m) => used.has(m));
  return methods.length ? methods : ['インタ'];
}

/** A code can get 通関士IDs when its 業種 (or one of its IDs' 業種) includes 通関. */
export function isCustomsCode(code: UserCode, ids: readonly UserId[]): boolean {
  const mentionsCustoms = (list: readonly string[]) => list.some((i) => i.startsWith('通関'));
  return mentionsCustoms(code.industries) || ids.some((id) => id.userCode === code.code && mentionsCustoms(id.industries));
}

/**
 * R13: one 通関士ID per broker per 処理方式. A broker on インタ and net is counted
 * in both rows; the same code and method may appear only once (修正 the row instead).
 */
export function totalBrokerIds(rows: readonly BrokerIdRow[]): number {
  return rows.reduce((sum, r) => sum + r.count, 0);
}

/** What makes two rows the same request: the code and the method (one row each, R13). */
export function rowKey(row: BrokerIdRow): string {
  return `${row.userCode} ${row.method}`;
}
