// Every date in NSS is a Japanese date. The simulator computes in JST whatever
// the device's time zone is, from epoch milliseconds.

/** A calendar date in JST, 'YYYY-MM-DD'. */
export type IsoDate = string;

const JST_OFFSET_MS = 9 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface JstParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number; // 0 = Sunday
}

export function jstParts(ms: number): JstParts {
  const d = new Date(ms + JST_OFFSET_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    weekday: d.getUTCDay(),
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function isoDateOf(ms: number): IsoDate {
  const p = jstParts(ms);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** Epoch ms of a JST wall-clock time on the given date. */
export function jstMs(date: IsoDate, hour = 0, minute = 0, second = 0): number {
  const [y, m, d] = splitIso(date);
  return Date.UTC(y, m - 1, d, hour, minute, second) - JST_OFFSET_MS;
}

function splitIso(date: IsoDate): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`not an ISO date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = splitIso(date);
  const t = new Date(Date.UTC(y, m - 1, d) + days * DAY_MS);
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: IsoDate): number {
  const [y, m, d] = splitIso(date);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  const [ay, am, ad] = splitIso(a);
  const [by, bm, bd] = splitIso(b);
  return Math.round((Date.UTC(by, bm - 1, bd) - Date.UTC(ay, am - 1, ad)) / DAY_MS);
}

const WEEKDAY_JA = ['日', '月', '火', '水', '木', '金', '土'];

export function weekdayJa(date: IsoDate): string {
  return WEEKDAY_JA[weekdayOf(date)];
}

/** 'YYYY/MM/DD' as NSS shows dates. */
export function formatDate(date: IsoDate | undefined | null): string {
  return date ? date.replaceAll('-', '/') : '';
}

/** '2026/11/27(金)' as NSS shows a date with its weekday. */
export function formatDateWithWeekday(date: IsoDate): string {
  return `${formatDate(date)}(${weekdayJa(date)})`;
}

/** '4/8(月)' as the seeds write a date in running text. */
export function formatShortDateWithWeekday(date: IsoDate): string {
  const [, m, d] = splitIso(date);
  return `${m}/${d}(${weekdayJa(date)})`;
}

/** 'YYYY年MM月DD日' as in the mails. */
export function formatDateKanji(date: IsoDate): string {
  const [y, m, d] = splitIso(date);
  return `${y}年${pad(m)}月${pad(d)}日`;
}

/** 'M月D日' as in 「NACCSのご利用は○月○日から可能です。」 */
export function formatMonthDayKanji(date: IsoDate): string {
  const [, m, d] = splitIso(date);
  return `${m}月${d}日`;
}

/** 'YYYY/MM/DD HH:MM' in JST. */
export function formatDateTime(ms: number): string {
  const p = jstParts(ms);
  return `${p.year}/${pad(p.month)}/${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** 'YYYY/MM/DD HH:MM:SS' in JST (the header's ログイン中 line). */
export function formatDateTimeSeconds(ms: number): string {
  const p = jstParts(ms);
  return `${formatDateTime(ms)}:${pad(p.second)}`;
}

/** 'YYYYMMDD' as typed in NSS date fields. */
export function toYmd8(date: IsoDate): string {
  return date.replaceAll('-', '');
}

/** Whether the text is a real calendar date written 'YYYY-MM-DD'. */
export function isIsoDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && parseYmd8(toYmd8(text)) !== null;
}

/** A real calendar date from 'YYYYMMDD', or null. */
export function parseYmd8(text: string): IsoDate | null {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return null;
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}
