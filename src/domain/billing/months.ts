// Months of the bills ('YYYY-MM'): which month a date is in, the months around it,
// how a month reads on screen, and which months' bills the center must fix now.
import { addDays, type IsoDate } from '../time';

/** 'YYYY-MM' */
export type Month = string;

export function monthOf(date: IsoDate): Month {
  return date.slice(0, 7);
}

export function addMonths(month: Month, n: number): Month {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function firstDayOf(month: Month): IsoDate {
  return `${month}-01`;
}

export function lastDayOf(month: Month): IsoDate {
  return addDays(firstDayOf(addMonths(month, 1)), -1);
}

export function daysIn(month: Month): number {
  return Number(lastDayOf(month).slice(8, 10));
}

/** 「2026年11月分」, as a bill names its month. */
export function formatBillMonth(month: Month): string {
  const [y, m] = month.split('-').map(Number);
  return `${y}年${m}月分`;
}

/** '202611' for file names and the CSV. */
export function compactMonth(month: Month): string {
  return month.replace('-', '');
}

/** How many days of the month a row with a start and an optional end date was in use. */
export function daysInUse(row: { startDate: IsoDate; endDate?: IsoDate }, month: Month): number {
  const from = row.startDate > firstDayOf(month) ? row.startDate : firstDayOf(month);
  const last = lastDayOf(month);
  const to = row.endDate && row.endDate < last ? row.endDate : last;
  if (to < from) return 0;
  return Number(to.slice(8, 10)) - Number(from.slice(8, 10)) + 1;
}

/** At most this many months are fixed at once when the clock jumps far ahead. */
export const MAX_CATCH_UP_MONTHS = 12;

/**
 * The months whose bill the center must fix for an office on `today`: the previous
 * month, once; and when the clock jumped over several month ends, every month since
 * the office's latest bill (at most MAX_CATCH_UP_MONTHS), never before the month its
 * contract began. Empty when the previous month is billed already.
 */
export function monthsToFix(today: IsoDate, contractStart: IsoDate, billedMonths: readonly Month[]): Month[] {
  const previous = addMonths(monthOf(today), -1);
  if (billedMonths.includes(previous)) return [];
  const earlier = billedMonths.filter((m) => m < previous).sort();
  const latest = earlier[earlier.length - 1];
  let from = latest ? addMonths(latest, 1) : previous;
  const cap = addMonths(previous, -(MAX_CATCH_UP_MONTHS - 1));
  if (from < cap) from = cap;
  const start = monthOf(contractStart);
  if (from < start) from = start;
  const months: Month[] = [];
  for (let m = from; m <= previous; m = addMonths(m, 1)) months.push(m);
  return months;
}
