// The 利用者コード columns of seed 000's tables (利用者コード 選択's 設定情報 and 申込情報),
// shared with 契約情報 参照's 利用者コード block so both read the same.
import type { EnglishNames } from '../domain/contract';
import { ENGLISH_COLUMN_LABELS } from '../domain/system-setting/fields';

/** 利用者コード | 企業名(英) | 営業所名(英) | 営業所所在地(英) | 責任者名(英) | 区分 | 業種; the code names its row. */
export const USER_CODE_COLUMNS = [
  '利用者コード',
  ENGLISH_COLUMN_LABELS.company,
  ENGLISH_COLUMN_LABELS.office,
  ENGLISH_COLUMN_LABELS.address,
  ENGLISH_COLUMN_LABELS.manager,
  '区分',
  '業種',
] as const;

export interface UserCodeLike {
  code: string;
  english: EnglishNames;
  systemKind: string;
  industries: readonly string[];
}

/** The cells under USER_CODE_COLUMNS, of the contract or of an application; `blank` for a name or 業種 not registered yet. */
export function userCodeCells(c: UserCodeLike, blank = ''): string[] {
  const text = (value: string) => value || blank;
  return [
    c.code,
    text(c.english.company),
    text(c.english.office),
    text(c.english.address),
    text(c.english.manager),
    c.systemKind,
    text(c.industries.join(' ')),
  ];
}
