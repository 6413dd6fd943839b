// The fields of one code's システム設定情報入力: 名称 tab (English names) and the
// 通関・自社通関 sub-tab's 輸出入者コード (the other tabs: items.ts). Lengths are our choice (docs/system-setting.md).
import { englishUpper, maxChars, required, upperAlnum, type FieldRule } from '../validation/rules';

export const ENGLISH_FIELDS = ['company', 'office', 'manager', 'address'] as const;
export type EnglishField = (typeof ENGLISH_FIELDS)[number];

/** In the order of the seed's 名称 tab: 企業名 / 営業所名 / 責任者名 / 営業所所在地. */
export const ENGLISH_LABELS: Record<EnglishField, string> = {
  company: '企業名',
  office: '営業所名',
  manager: '責任者名',
  address: '営業所所在地',
};

/** The column headings of the 利用者コード tables: 企業名(英) … */
export const ENGLISH_COLUMN_LABELS: Record<EnglishField, string> = {
  company: '企業名(英)',
  office: '営業所名(英)',
  manager: '責任者名(英)',
  address: '営業所所在地(英)',
};

export const ENGLISH_MAX: Record<EnglishField, number> = { company: 70, office: 70, manager: 35, address: 105 };

export const ENGLISH_EXAMPLES: Record<EnglishField, string> = {
  company: 'NACCS TRADE COMPANY',
  office: 'TOKYO OFFICE',
  manager: 'J.YAMADA',
  address: 'TOKYO TO MINATO KU KOUNAN 10-100-1 NACCS BLD. 20F',
};

/** The seed's ポイント, said when a new code lacks the required items (rule R12). */
export const R12_TEXT = '新規利用者コード追加時は「名称」タブと「業種」タブの必須項目が入力されていないとエラーとなります。';

/** 企業名 is the 名称 tab's required item (the seed files new codes with only 企業名 filled). */
export function englishRules(field: EnglishField, newCode: boolean): FieldRule[] {
  const label = ENGLISH_LABELS[field];
  const rules: FieldRule[] = [englishUpper(label), maxChars(label, ENGLISH_MAX[field])];
  return field === 'company' ? [required(label, newCode ? R12_TEXT : ''), ...rules] : rules;
}

export const IMPORTER_CODE_LABEL = '輸出入者コード(JASTPRO)';
export const IMPORTER_CODE_MAX = 17;

export const importerCodeRules: FieldRule[] = [
  upperAlnum(IMPORTER_CODE_LABEL),
  maxChars(IMPORTER_CODE_LABEL, IMPORTER_CODE_MAX),
];
