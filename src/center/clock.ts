// One clock for the whole app: real time plus a training offset that persists
// and is shared by every tab. Every screen, rule, mail date and notice date reads it.
import { liveQuery } from 'dexie';
import { createSignal } from 'solid-js';
import { nextBusinessDay } from '../domain/calendar';
import { addDays, isoDateOf, jstMs, jstParts, type IsoDate } from '../domain/time';
import { getSetting, setSetting } from '../store/settings';

let offsetMs = 0;
const [tick, setTick] = createSignal(Date.now());
const [offset, setOffsetSignal] = createSignal(0);

/** Simulated epoch ms now. */
export function now(): number {
  return Date.now() + offsetMs;
}

/** Simulated JST date today. */
export function today(): IsoDate {
  return isoDateOf(now());
}

/** Reactive simulated time, updated every second and whenever the offset changes. */
export function clockNow(): number {
  return tick() + offset();
}

/** Reactive simulated JST date (wrap it in createMemo to react only when the day changes). */
export function clockToday(): IsoDate {
  return isoDateOf(clockNow());
}

export function clockOffset(): number {
  return offset();
}

function applyOffset(ms: number): void {
  offsetMs = ms;
  // Refresh the tick too, so the reactive clock shows the new time at once.
  setTick(Date.now());
  setOffsetSignal(ms);
}

type Listener = (now: number) => void;
const listeners = new Set<Listener>();

/** Called after the offset changes (here or in another tab): the center re-checks what is due. */
export function onClockChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

let started = false;

/** Load the offset, follow changes made in other tabs, and tick every second. */
export async function startClock(): Promise<void> {
  if (started) return;
  started = true;
  applyOffset((await getSetting('clock')).offsetMs);
  liveQuery(() => getSetting('clock')).subscribe({
    next: ({ offsetMs: next }) => {
      if (next !== offsetMs) {
        applyOffset(next);
        listeners.forEach((l) => l(now()));
      }
    },
    error: () => undefined,
  });
  setInterval(() => setTick(Date.now()), 1000);
}

export async function setClockOffset(ms: number): Promise<void> {
  applyOffset(ms);
  await setSetting('clock', { offsetMs: ms });
  listeners.forEach((l) => l(now()));
}

/** Move the simulated clock to a JST time on a date. */
export async function setClockTo(date: IsoDate, hour = 9, minute = 0): Promise<void> {
  await setClockOffset(jstMs(date, hour, minute) - Date.now());
}

/** 「1日進める」: the same wall-clock time one day later. */
export async function advanceOneDay(): Promise<void> {
  const p = jstParts(now());
  await setClockTo(addDays(today(), 1), p.hour, p.minute);
}

/** 「次の営業日へ進める」: 09:00 of the next business day, when the center answers. */
export async function advanceToNextBusinessDay(hour = 9): Promise<void> {
  await setClockTo(nextBusinessDay(today()), hour, 0);
}

/** Back to real time. */
export async function resetClock(): Promise<void> {
  await setClockOffset(0);
}
