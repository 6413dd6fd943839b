// What a システム設定申込 files: per 利用者コード the English names and the settings of
// its tabs (業種 sub-tabs, 二重出力, 管理資料一元化, パスワード初期化), the codes the
// application changes (本申込で修正対象となる利用者コード), and when NACCS should reflect them.
import * as v from 'valibot';
import { SYSTEM_KINDS } from '../contract';
import { ruledString, userCodeSchema } from '../validation/schema';
import { englishRules, importerCodeRules } from './fields';
import { isIndustry } from './industries';
import { isIsoDate } from '../time';


export const codeSettingSchema = v.pipe(
  v.object({
    userCode: userCodeSchema,
    /** the code's システム区分 as the contract had it (shown in the 区分 column) */
    systemKind: v.picklist(SYSTEM_KINDS),
    /** the code had no English names in the contract when it was chosen (rule R12) */
    newCode: v.boolean(),
    english: v.object({
      company: ruledString(englishRules('company', false)),
      office: ruledString(englishRules('office', false)),
      manager: ruledString(englishRules('manager', false)),
      address: ruledString(englishRules('address', false)),
    }),
    /** the 業種 the code has in the contract (the 業種 tab registers settings for them, never changes them) */
    industries: v.array(v.pipe(v.string(), v.check(isIndustry, '業種が一覧にありません。'))),
    /** 通関・自社通関 tab: 輸出入者コード(JASTPRO), empty when not used */
    importerCode: ruledString(importerCodeRules),
    /** the other items of the shown tabs, by item key (domain/system-setting/items.ts); absent in older filings */
    settings: v.optional(v.record(v.string(), v.string())),
  }),
);

export type CodeSetting = v.InferOutput<typeof codeSettingSchema>;

export const timingSchema = v.variant('kind', [
  v.object({ kind: v.literal('shortest') }),
  v.object({ kind: v.literal('specified'), date: v.pipe(v.string(), v.check(isIsoDate, '暦にある日付(YYYY-MM-DD)ではありません。')) }),
]);

export type Timing = v.InferOutput<typeof timingSchema>;

/** One row of 本申込で修正対象となる利用者コード (domain/system-setting/targets.ts). */
export const targetSchema = v.object({
  userCode: userCodeSchema,
  english: v.object({ company: v.string(), office: v.string(), manager: v.string(), address: v.string() }),
  set: v.boolean(),
});

export const systemSettingPayloadSchema = v.object({
  codes: v.pipe(
    v.array(codeSettingSchema),
    v.minLength(1, '設定を行う利用者コードを1つ以上選択してください。'),
    v.check(
      (codes) => new Set(codes.map((c) => c.userCode)).size === codes.length,
      '同じ利用者コードが複数設定されています。',
    ),
  ),
  timing: timingSchema,
  /** 本申込で修正対象となる利用者コード as the confirmation showed them; absent in older filings (the codes set) */
  targets: v.optional(v.array(targetSchema)),
});

export type SystemSettingPayload = v.InferOutput<typeof systemSettingPayloadSchema>;
