// The inputs of the 追加登録画面 (seed 004 ②): 利用開始希望日 and the rows of
// 識別番号の追加に関する項目, checked with the messages a trainee sees.
import type { Method } from '../contract';
import type { IsoDate } from '../time';
import { placeRow, type RowList } from '../rows';
import { checkStartDate } from '../validation/start-date';
import { isShorterThanStandard } from '../review';
import { firstError, halfWidthDigits, required } from '../validation/rules';
import { failed, type Checked } from '../validation/schema';
import { MAX_BROKERS_PER_ROW, type BrokerIdRow } from './payload';
import { rowKey } from './rules';

export const USER_CODE_LABEL = '利用者コード';
export const METHOD_LABEL = '処理方式';
export const COUNT_LABEL = '追加する通関士IDの数';

/** DOMAIN.md §4.5: shown when the wish is closer than the standard days. */
export const STANDARD_DAYS_WARNING =
  '※「申込日」と「利用開始希望日」の間隔が標準日数より短いため、ご希望の日に対応できない場合がございます。';


/** Whether the wish leaves fewer business days than the standard (a warning, not an error): the 標準日数 rule of domain/review. */
export function isShorterThanStandardDays(today: IsoDate, wish: IsoDate, standardDays: number): boolean {
  return isShorterThanStandard(today, wish, standardDays);
}

export interface RowInput {
  userCode: string;
  method: string;
  count: string;
}

/**
 * 「設定する」: the code and method chosen, the count a whole number of brokers,
 * and no second row for the same code and method (修正 that row instead, R13).
 * The rows with the new one in place (after 修正, in the edited row's place).
 */
export function setRow(
  input: RowInput,
  list: RowList<BrokerIdRow>,
  /** the 処理方式 of the chosen code (methodsOfCode) */
  offered: readonly Method[],
): Checked<RowList<BrokerIdRow>, keyof RowInput> {
  const countError = firstError(input.count, [required(COUNT_LABEL), halfWidthDigits(COUNT_LABEL)]);
  const count = Number(input.count);
  const errors = {
    userCode: input.userCode ? undefined : `${USER_CODE_LABEL}を選択してください。`,
    method: !input.method
      ? `${METHOD_LABEL}を選択してください。`
      : input.userCode && !offered.includes(input.method as Method)
        ? `利用者コード「${input.userCode}」で利用している${METHOD_LABEL}（${offered.join('、')}）から選択してください。`
        : undefined,
    count:
      countError ??
      (count < 1 || count > MAX_BROKERS_PER_ROW ? `${COUNT_LABEL}は1から${MAX_BROKERS_PER_ROW}までの数を入力してください。` : undefined),
  };
  if (errors.userCode || errors.method || errors.count) return failed(errors);
  const row: BrokerIdRow = { userCode: input.userCode, method: input.method as BrokerIdRow['method'], count };
  const placed = placeRow(list, row, rowKey);
  if (!placed.ok)
    return failed({
      method: `${row.userCode}の処理方式「${row.method}」は申込情報に設定済みです。人数を変更する場合は、申込情報の「修正」ボタンをクリックしてください。`,
    });
  return { ok: true, value: placed.list };
}

export const NO_ROWS_MESSAGE = '識別番号の追加に関する項目を入力し、「設定する」ボタンをクリックしてください。';

/** 「申込内容確認へ進む」: a valid 利用開始希望日 and at least one row set. */
export function checkIdsStep(startDate: string, rows: readonly BrokerIdRow[], today: IsoDate): Checked<IsoDate, 'startDate' | 'rows'> {
  const date = checkStartDate(startDate, today);
  const rowsError = rows.length === 0 ? NO_ROWS_MESSAGE : undefined;
  if (date.error !== undefined || rowsError) return failed({ startDate: date.error, rows: rowsError });
  return { ok: true, value: date.date };
}
