// 業種 a 利用者コード may register in NACCS (DOMAIN.md §1.3), in the order the
// 管理統計資料 table lists them, plus 通関士 which the seeds show beside 通関業.
import type { SystemKind } from '../contract';

export const INDUSTRIES = [
  '船会社',
  '船舶代理店',
  'CY',
  '保税蔵置場',
  '通関業',
  '通関士',
  '自社通関',
  '海貨業',
  'NVOCC',
  '航空会社',
  '機長代行',
  '航空代理店',
  '機用品業',
  '混載業',
  '輸出入者',
  '輸出入者(外為法関連業務利用)',
  '汎用申請者',
  'バンプール',
  '損害保険会社',
] as const;

export type Industry = (typeof INDUSTRIES)[number];

const SEA_ONLY: readonly string[] = ['海貨業', 'NVOCC', 'CY', '船会社', '船舶代理店', 'バンプール'];
const AIR_ONLY: readonly string[] = ['混載業', '航空会社', '機長代行', '機用品業', '航空代理店'];

/** The 業種 a code of this システム区分 may choose: sea-only ones not for 航空, air-only ones not for 海上. */
export function industriesFor(systemKind: SystemKind): Industry[] {
  return INDUSTRIES.filter((i) =>
    systemKind === '海上' ? !AIR_ONLY.includes(i) : systemKind === '航空' ? !SEA_ONLY.includes(i) : true,
  );
}

export function isIndustry(value: string): value is Industry {
  return (INDUSTRIES as readonly string[]).includes(value);
}
