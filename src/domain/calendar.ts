// The NACCS Center's business calendar. A business day (営業日) is not a Saturday
// or Sunday, not a Japanese public holiday and not in the year-end closure
// 12/29–1/3. Every rule that speaks of 営業日 uses these functions.
import holidayText from './holidays.json?raw';
import { addDays, weekdayOf, type IsoDate } from './time';

// @holiday-jp/holiday_jp's dates and names as JSON text (scripts/holidays-json.mjs),
// parsed when a date is first asked about: loading the calendar costs a string, and
// JSON.parse takes a fraction of the time the package's 231 kB object literal took.
let holidayNames: Record<string, string> | undefined;

export function holidayName(date: IsoDate): string | undefined {
  holidayNames ??= JSON.parse(holidayText) as Record<string, string>;
  return Object.hasOwn(holidayNames, date) ? holidayNames[date] : undefined;
}

export function isYearEndClosure(date: IsoDate): boolean {
  const md = date.slice(5);
  return md >= '12-29' || md <= '01-03';
}

export function isBusinessDay(date: IsoDate): boolean {
  const wd = weekdayOf(date);
  if (wd === 0 || wd === 6) return false;
  if (holidayName(date)) return false;
  return !isYearEndClosure(date);
}

/** Why a date is not a business day, in words for a field message; undefined if it is one. */
export function nonBusinessReason(date: IsoDate): string | undefined {
  const wd = weekdayOf(date);
  if (wd === 6) return '土曜日';
  if (wd === 0) return '日曜日';
  const name = holidayName(date);
  if (name) return `祝日(${name})`;
  if (isYearEndClosure(date)) return '年末年始休業日(12月29日〜1月3日)';
  return undefined;
}

/**
 * The date n business days after `date` (not counting `date` itself).
 * The seed's example: 2019-04-02 (火) + 4 = 2019-04-08 (月).
 */
export function addBusinessDays(date: IsoDate, n: number): IsoDate {
  return walkBusinessDays(date, n, 1);
}

/**
 * The date n business days before `date` (not counting `date` itself): the
 * システム設定申込 deadline is 4 business days before the 利用開始日.
 */
export function subtractBusinessDays(date: IsoDate, n: number): IsoDate {
  return walkBusinessDays(date, n, -1);
}

/** Steps day by day in `direction` until n business days are passed. */
function walkBusinessDays(date: IsoDate, n: number, direction: 1 | -1): IsoDate {
  if (!Number.isInteger(n) || n < 0) throw new Error(`business days must be a whole number ≥ 0: ${n}`);
  let d = date;
  let left = n;
  while (left > 0) {
    d = addDays(d, direction);
    if (isBusinessDay(d)) left -= 1;
  }
  return d;
}

/** The first business day on or after `date`. */
export function nextBusinessDayOnOrAfter(date: IsoDate): IsoDate {
  let d = date;
  while (!isBusinessDay(d)) d = addDays(d, 1);
  return d;
}

/** The first business day strictly after `date`. */
export function nextBusinessDay(date: IsoDate): IsoDate {
  return addBusinessDays(date, 1);
}

/** Business days in (from, to]: how many business days `to` lies after `from`. Negative if to < from. */
export function businessDaysBetween(from: IsoDate, to: IsoDate): number {
  if (to === from) return 0;
  if (to < from) return -businessDaysBetween(to, from);
  let count = 0;
  let d = from;
  while (d < to) {
    d = addDays(d, 1);
    if (isBusinessDay(d)) count += 1;
  }
  return count;
}
