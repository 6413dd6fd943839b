// What a 通関士IDの追加申込 files: per 利用者コード and 処理方式, how many brokers
// need a 通関士ID (R13: one per broker per 処理方式). The 利用開始希望日 is the
// application's desiredDate.
import * as v from 'valibot';
import { METHODS } from '../contract';
import { userCodeSchema } from '../validation/schema';

export const MAX_BROKERS_PER_ROW = 99;

export const brokerIdRowSchema = v.object({
  userCode: userCodeSchema,
  method: v.picklist(METHODS, '処理方式を選択してください。'),
  count: v.pipe(
    v.number(),
    v.integer('追加する通関士IDの数は整数で入力してください。'),
    v.minValue(1, '追加する通関士IDの数は1以上で入力してください。'),
    v.maxValue(MAX_BROKERS_PER_ROW, `追加する通関士IDの数は${MAX_BROKERS_PER_ROW}以下で入力してください。`),
  ),
});

export type BrokerIdRow = v.InferOutput<typeof brokerIdRowSchema>;

export const brokerIdPayloadSchema = v.object({
  rows: v.pipe(
    v.array(brokerIdRowSchema),
    v.minLength(1, '識別番号の追加に関する項目を入力し、「設定する」ボタンをクリックしてください。'),
    v.check(
      (rows) => new Set(rows.map((r) => `${r.userCode}/${r.method}`)).size === rows.length,
      '同じ利用者コードと処理方式の組合せが複数設定されています。',
    ),
  ),
});

export type BrokerIdPayload = v.InferOutput<typeof brokerIdPayloadSchema>;
