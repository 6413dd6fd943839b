// Records read from storage that do not have the shape the app needs: each is
// skipped where it is read (store/validated.ts) and listed here, so that the
// banner can say which record and what is wrong, and the trainer can remove it
// from 設定. Kept free of Dexie and valibot: the banner is part of every page.
import { createSignal } from 'solid-js';

export interface BadRecord {
  /** `table:id`, or `settings:key` */
  key: string;
  table: string;
  id: string;
  /** what a trainer recognises: 「申込 1234567C」, 「設定「模擬時計」」 */
  label: string;
  problems: string[];
}

const [records, setRecords] = createSignal<ReadonlyMap<string, BadRecord>>(new Map());
const [dismissed, setDismissed] = createSignal<ReadonlySet<string>>(new Set());

/** Every bad record met so far in this tab, in the order met. */
export const badRecords = () => [...records().values()];

/** The bad record of `table` with this id, if one was met. */
export function badRecordOf(table: string, id: string): BadRecord | undefined {
  return records().get(`${table}:${id}`);
}

export function reportBadRecord(record: Omit<BadRecord, 'key'>): void {
  const key = `${record.table}:${record.id}`;
  const known = records().get(key);
  if (known && known.problems.join() === record.problems.join()) return;
  setRecords((all) => new Map(all).set(key, { ...record, key }));
}

export function forgetBadRecord(key: string): void {
  if (!records().has(key)) return;
  setRecords((all) => {
    const next = new Map(all);
    next.delete(key);
    return next;
  });
}

/** Before a full scan: what is no longer there must not stay listed. */
export function forgetAllBadRecords(): void {
  setRecords(new Map());
}

/** The banner's 閉じる: hidden until a record not yet seen turns up. */
export function dismissBadRecords(): void {
  setDismissed(new Set(records().keys()));
}

/** The bad records the banner still shows (none when every one was dismissed). */
export function undismissedBadRecords(): BadRecord[] {
  const seen = dismissed();
  const all = badRecords();
  return all.some((r) => !seen.has(r.key)) ? all : [];
}
