// YYYYMMDD date fields (「NACCS登録希望日 (半角数字8桁)」, 「利用開始希望日」).
import { nonBusinessReason } from '../calendar';
import { formatDate, formatDateWithWeekday, parseYmd8, type IsoDate } from '../time';
import { isFullWidthDigit, offendingChars, quoteChars } from './chars';
import { hostileCharMessage } from './hostile';

export interface DateRuleOptions {
  /** the date must be a 営業日 */
  businessDay?: boolean;
  /** the date may not be earlier than this one … */
  notBefore?: IsoDate;
  /** … which the message calls by this name, e.g. 最短の登録日 */
  notBeforeName?: string;
}

export type DateFieldResult = { date: IsoDate; error?: undefined } | { date?: undefined; error: string };

/** Checks a typed YYYYMMDD date; every message names the field and says why. */
export function checkYmdField(label: string, text: string, options: DateRuleOptions = {}): DateFieldResult {
  if (text.trim() === '') return { error: `${label}を入力してください。(半角数字8桁 例)20190401)` };
  const hostile = hostileCharMessage(label, text);
  if (hostile) return { error: hostile };
  const wide = offendingChars(text, (ch) => !isFullWidthDigit(ch));
  if (wide.length)
    return { error: `${label}は半角数字8桁で入力してください。全角の数字${quoteChars(wide)}が含まれています。` };
  if (!/^[0-9]{8}$/.test(text)) {
    if (/[-/.]/.test(text)) return { error: `${label}は「/」や「-」を入力せずに、半角数字8桁(例)20190401)で入力してください。` };
    return { error: `${label}は半角数字8桁(例)20190401)で入力してください。` };
  }
  const date = parseYmd8(text);
  if (!date) return { error: `${label}に存在しない日付(${text})が入力されています。正しい日付を入力してください。` };
  if (options.businessDay) {
    const reason = nonBusinessReason(date);
    if (reason) return { error: `${label}の${formatDateWithWeekday(date)}は${reason}のため指定できません。営業日を入力してください。` };
  }
  if (options.notBefore && date < options.notBefore) {
    const name = options.notBeforeName ?? formatDate(options.notBefore);
    return {
      error: `${label}は${name}(${formatDateWithWeekday(options.notBefore)})以降の日付を入力してください。`,
    };
  }
  return { date };
}
