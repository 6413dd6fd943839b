// 申込受付番号: YY (two-digit year of the simulated submission date) + a five-digit
// serial + a category letter (DOMAIN.md §2). The serial is a two-digit device slot
// followed by a three-digit counter that the device only ever counts up, so two
// devices never issue the same number once their slots are claimed (docs/center.md).
import type { ReceiptLetter } from './application';

export const SLOT_COUNT = 100;
export const COUNTER_MAX = 999;

const RECEIPT_NO = /^(\d{2})(\d{2})(\d{3})([ABCD])$/;

export interface ReceiptParts {
  /** two-digit year, '26' */
  yy: string;
  /** device slot 0–99 */
  slot: number;
  /** 1–999 */
  counter: number;
  letter: ReceiptLetter;
}

export function formatReceiptNo(p: ReceiptParts): string {
  if (!Number.isInteger(p.slot) || p.slot < 0 || p.slot >= SLOT_COUNT) throw new Error(`receipt slot out of range: ${p.slot}`);
  if (!Number.isInteger(p.counter) || p.counter < 1 || p.counter > COUNTER_MAX) {
    throw new Error(`receipt counter out of range: ${p.counter}`);
  }
  if (!/^\d{2}$/.test(p.yy)) throw new Error(`not a two-digit year: ${p.yy}`);
  return `${p.yy}${String(p.slot).padStart(2, '0')}${String(p.counter).padStart(3, '0')}${p.letter}`;
}

export function parseReceiptNo(text: string): ReceiptParts | null {
  const m = RECEIPT_NO.exec(text);
  if (!m) return null;
  return { yy: m[1], slot: Number(m[2]), counter: Number(m[3]), letter: m[4] as ReceiptLetter };
}

export function isReceiptNo(text: string): boolean {
  return RECEIPT_NO.test(text);
}

/** '26' for an ISO date in 2026. */
export function receiptYear(date: string): string {
  return date.slice(2, 4);
}

/**
 * The device's own receipt counters: its slot and, per year and slot, the last
 * counter it used. Kept in the device table, which 「デモデータを初期化」 does not clear.
 */
export interface ReceiptCounterState {
  slot: number;
  /** slots this device has held, so a re-drawn slot never repeats one of its own */
  heldSlots: number[];
  /** key `${yy}-${slot}` → last counter issued */
  last: Record<string, number>;
}

export interface IssuedReceipt {
  receiptNo: string;
  /** the same serial with every letter: none of them may exist yet */
  sameSerial: string[];
  /** the counter state to store with it */
  state: ReceiptCounterState;
}

/** A fresh counter state with a slot drawn by `random` (0 ≤ random() < 1). */
export function newCounterState(random: () => number): ReceiptCounterState {
  const slot = Math.floor(random() * SLOT_COUNT);
  return { slot, heldSlots: [slot], last: {} };
}

/**
 * The next receipt number of this device for the year and letter, and the
 * counter state to store with it. The counter is shared by every letter, so a
 * serial is used once whatever the letter. When a slot's 999 numbers of a year
 * are used up the device moves to a slot it has not held before. The caller
 * skips a number that already exists (`sameSerial`) by asking again with `state`.
 */
export function nextReceiptNo(
  state: ReceiptCounterState,
  yy: string,
  letter: ReceiptLetter,
  random: () => number,
): IssuedReceipt {
  let current: ReceiptCounterState = { ...state, heldSlots: [...state.heldSlots], last: { ...state.last } };
  for (let guard = 0; guard <= SLOT_COUNT; guard++) {
    const key = `${yy}-${current.slot}`;
    const next = (current.last[key] ?? 0) + 1;
    if (next > COUNTER_MAX) {
      current = { ...current, ...redrawSlot(current, random) };
      continue;
    }
    current.last[key] = next;
    const serial = { yy, slot: current.slot, counter: next };
    return {
      receiptNo: formatReceiptNo({ ...serial, letter }),
      sameSerial: (['A', 'B', 'C', 'D'] as const).map((l) => formatReceiptNo({ ...serial, letter: l })),
      state: current,
    };
  }
  throw new Error(`no receipt number left for the year ${yy}`);
}

/** A slot this device has not held yet (or, when it held them all, any slot). */
export function redrawSlot(state: ReceiptCounterState, random: () => number): Pick<ReceiptCounterState, 'slot' | 'heldSlots'> {
  const free = Array.from({ length: SLOT_COUNT }, (_, i) => i).filter((s) => !state.heldSlots.includes(s));
  const pool = free.length > 0 ? free : Array.from({ length: SLOT_COUNT }, (_, i) => i);
  const slot = pool[Math.floor(random() * pool.length)];
  return { slot, heldSlots: [...state.heldSlots, slot] };
}
