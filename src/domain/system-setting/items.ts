// The tabs of システム設定情報入力 after 名称 (seed 000 ⑤): 業種 with one sub-tab per
// 業種 of the code (the seed shows 「通関・自社通関」), 二重出力, 管理資料一元化 and
// パスワード初期化, each shown according to the contract (「契約内容に応じたタブが表示されます。」).
// The seed names the tabs but not their items: the items are our reading of what
// NACCS needs registered (docs/system-setting.md). The 業種 tab never changes which
// 業種 the code has (that is 契約内容の変更's 利用業種). Pure.
import { methodName, METHODS, type UserCode, type UserId } from '../contract';
import { charCount } from '../validation/chars';
import { firstError, upperAlnum, type FieldRule } from '../validation/rules';
import { IMPORTER_CODE_LABEL, importerCodeRules } from './fields';
import { INDUSTRIES } from './industries';

export interface SettingItem {
  /** the item's key in the code's settings (and, after `code-<code>-`, its field id) */
  key: string;
  label: string;
  kind: 'text' | 'radio' | 'checks';
  /** radio: the choices, the first being the default */
  options?: readonly string[];
  hint?: string;
  example?: string;
  note?: string;
  width?: 's' | 'm' | 'l';
  /** R12: a new 利用者コード must fill it */
  requiredForNew?: boolean;
  /** required while another item of the tab has this value */
  requiredWhen?: { key: string; value: string };
  rules: FieldRule[];
}

export interface SettingTab {
  key: string;
  label: string;
  items: readonly SettingItem[];
}

/** What the tabs are shown and checked against: the code, its 業種 and the office's 利用者ID of it. */
export interface CodeContext {
  code: UserCode;
  /** the 業種 the code has in the contract */
  industries: readonly string[];
  /** the office's 利用者ID under the code */
  userIds: readonly UserId[];
}

/** The nine customs (税関) a code's 業種 is registered with. */
export const CUSTOMS = ['函館税関', '東京税関', '横浜税関', '名古屋税関', '大阪税関', '神戸税関', '門司税関', '長崎税関', '沖縄地区税関'] as const;

const exactLength =
  (label: string, n: number): FieldRule =>
  (value) =>
    value !== '' && charCount(value) !== n ? `${label}は半角英数字${n}桁で入力してください。` : undefined;

const customsItem = (group: string): SettingItem => ({
  key: `${group}-customs`,
  label: '主管税関',
  kind: 'radio',
  options: CUSTOMS,
  requiredForNew: true,
  rules: [],
});

const STORAGE_PLACE_LABEL = '蔵置場所コード';

/** 業種 that share one sub-tab, as the seed's 「通関・自社通関」 does; every other 業種 has its own. */
const GROUPS: readonly { key: string; label: string; industries: readonly string[]; items: (key: string) => SettingItem[] }[] = [
  {
    key: 'customs',
    label: '通関・自社通関',
    industries: ['通関業', '通関士', '自社通関'],
    items: (key) => [
      customsItem(key),
      {
        key: 'importerCode',
        label: IMPORTER_CODE_LABEL,
        kind: 'text',
        hint: '半角英数字',
        example: '1234567890123',
        width: 'm',
        note: '自社の輸出入者コード(JASTPRO)を登録する場合に入力してください。',
        rules: importerCodeRules,
      },
    ],
  },
  {
    key: 'bonded',
    label: '保税蔵置場・CY',
    industries: ['保税蔵置場', 'CY'],
    items: (key) => [
      customsItem(key),
      {
        key: `${key}-place`,
        label: STORAGE_PLACE_LABEL,
        kind: 'text',
        hint: '半角英数字5桁',
        example: '1AW01',
        width: 's',
        requiredForNew: true,
        rules: [upperAlnum(STORAGE_PLACE_LABEL), exactLength(STORAGE_PLACE_LABEL, 5)],
      },
    ],
  },
];

/** The 業種 sub-tabs of a code with these 業種, in the order of the 業種 list. */
export function industryTabs(industries: readonly string[]): SettingTab[] {
  const tabs: SettingTab[] = [];
  for (const industry of INDUSTRIES) {
    if (!industries.includes(industry)) continue;
    const group = GROUPS.find((g) => g.industries.includes(industry));
    const key = group ? group.key : `industry${INDUSTRIES.indexOf(industry)}`;
    if (tabs.some((t) => t.key === key)) continue;
    tabs.push(group ? { key, label: group.label, items: group.items(key) } : { key, label: industry, items: [customsItem(key)] });
  }
  return tabs;
}

const DUAL_TARGET = '二重出力先利用者ID';
const STATS_TARGET = '一元化先利用者コード';

export const DUAL_OUTPUT_TAB: SettingTab = {
  key: 'dual',
  label: '二重出力',
  items: [
    { key: 'dual-use', label: '二重出力', kind: 'radio', options: ['登録しない', '登録する'], rules: [] },
    {
      key: 'dual-target',
      label: DUAL_TARGET,
      kind: 'text',
      hint: '半角英数字8桁',
      example: '1ZNACA01',
      width: 's',
      note: '「登録する」を選択した場合に、出力情報を二重に出力する先の利用者IDを入力してください。',
      requiredWhen: { key: 'dual-use', value: '登録する' },
      rules: [upperAlnum(DUAL_TARGET), exactLength(DUAL_TARGET, 8)],
    },
  ],
};

export const STATS_TAB: SettingTab = {
  key: 'stats',
  label: '管理資料一元化',
  items: [
    { key: 'stats-use', label: '管理資料一元化', kind: 'radio', options: ['一元化しない', '一元化する'], rules: [] },
    {
      key: 'stats-target',
      label: STATS_TARGET,
      kind: 'text',
      hint: '半角英数字5桁',
      example: '1ANAC',
      width: 's',
      note: '「一元化する」を選択した場合に、管理資料をまとめて出力する同じ企業の利用者コードを入力してください。',
      requiredWhen: { key: 'stats-use', value: '一元化する' },
      rules: [upperAlnum(STATS_TARGET), exactLength(STATS_TARGET, 5)],
    },
  ],
};

export const PASSWORD_TAB: SettingTab = {
  key: 'password',
  label: 'パスワード初期化',
  items: [
    {
      key: 'password-ids',
      label: '初期化する利用者ID',
      kind: 'checks',
      hint: 'NACCSのパスワードを初期化する利用者IDを選択してください。(任意)',
      rules: [],
    },
  ],
};

/** 二重出力: the 通関 業種 (the output of 申告 to a second 利用者ID). */
export const dualOutputApplies = (ctx: CodeContext): boolean =>
  ctx.industries.includes('通関業') || ctx.industries.includes('自社通関');
/** 管理資料一元化: a code with 管理統計資料 in its contract. */
export const statsApplies = (ctx: CodeContext): boolean => ctx.code.statsPaid || ctx.code.statsFree;
/** パスワード初期化: the office holds 利用者ID under the code. */
export const passwordApplies = (ctx: CodeContext): boolean => ctx.userIds.length > 0;

/** The value of an item as it counts (a radio left untouched is its first choice). */
export function itemValue(item: SettingItem, values: Readonly<Record<string, string>>): string {
  return values[item.key] ?? (item.kind === 'radio' && !item.requiredForNew ? (item.options?.[0] ?? '') : '');
}

/** An item's message, or undefined: R12 for a new code, `requiredWhen`, then its rules. */
export function itemProblem(
  tab: SettingTab,
  item: SettingItem,
  values: Readonly<Record<string, string>>,
  newCode: boolean,
  r12Text: string,
): string | undefined {
  const value = itemValue(item, values);
  if (value.trim() !== '') return firstError(value, item.rules);
  const when = item.requiredWhen;
  const control = when && tab.items.find((i) => i.key === when.key);
  const r12 = !!item.requiredForNew && newCode;
  if (!r12 && !(control && itemValue(control, values) === when.value)) return undefined;
  return `${item.label}を${item.kind === 'text' ? '入力' : '選択'}してください。${r12 ? r12Text : ''}`;
}

/** The label an item has in 「その他の情報」「詳細」: its tab's name before it. */
export const itemRowLabel = (tab: SettingTab, item: SettingItem): string =>
  tab.key === 'password' || tab.label === item.label ? item.label : `${tab.label} ${item.label}`;

/** Every tab a setting's items can belong to, for showing a filed setting. */
export function allTabsFor(industries: readonly string[]): SettingTab[] {
  return [...industryTabs(industries), DUAL_OUTPUT_TAB, STATS_TAB, PASSWORD_TAB];
}


/** 処理方式 of the 利用者ID under the code, as NSS writes them: 「netNACCS インタラクティブ・メール併用」. */
export function methodsText(ids: readonly UserId[]): string {
  const held = new Set(ids.map((i) => i.method));
  return METHODS.filter((m) => held.has(m)).map(methodName).join(' ');
}
