// Settings shared by a back office: the training clock, how the simulated center
// reviews, demo mode. Typed by key; a missing row means the default.
import { liveQuery } from 'dexie';
import { db } from './db';
import { rememberDemoMode } from './demo-mode';
import { reportStorageError } from './errors';
import { guarded } from './guarded';
import { createLive, type LiveQuery } from './live';

export type ReviewSpeed = 'immediate' | 'nextBusinessDay' | 'businessDays' | 'manual';
export type ReviewScenario = 'approve' | 'firstRequest' | 'random';

export interface ReviewSettings {
  /** when the center answers after 受付 */
  speed: ReviewSpeed;
  /** with speed 'businessDays' */
  businessDays: number;
  /** the outcome when the kind's automatic checks pass */
  scenario: ReviewScenario;
  /** seed of the 'random' scenario, for repeatable classes */
  seed: number;
  /** the center's answer time on the due day (JST hour) */
  answerHour: number;
  /** the trainer's standard business days between application and start date, per kind (else the kind's own) */
  standardDays: Partial<Record<string, number>>;
}

export interface SettingsMap {
  /** training offset added to real time, ms */
  clock: { offsetMs: number };
  review: ReviewSettings;
  demo: { enabled: boolean };
  login: { maxFailures: number; lockMinutes: number };
}

export const DEFAULT_SETTINGS: SettingsMap = {
  clock: { offsetMs: 0 },
  review: {
    speed: 'nextBusinessDay',
    businessDays: 2,
    scenario: 'approve',
    seed: 1,
    answerHour: 9,
    standardDays: {},
  },
  demo: { enabled: true },
  login: { maxFailures: 5, lockMinutes: 30 },
};

export async function getSetting<K extends keyof SettingsMap>(key: K): Promise<SettingsMap[K]> {
  const row = await db.settings.get(key);
  if (!row) return structuredClone(DEFAULT_SETTINGS[key]);
  return { ...structuredClone(DEFAULT_SETTINGS[key]), ...(row.value as object) } as SettingsMap[K];
}

export async function setSetting<K extends keyof SettingsMap>(key: K, value: SettingsMap[K]): Promise<void> {
  await guarded(() => db.settings.put({ key, value, updatedAt: Date.now() }));
  // a login page of this browser that has not loaded the database yet follows it too (demo-mode.ts)
  if (key === 'demo') rememberDemoMode((value as SettingsMap['demo']).enabled);
}

/** A setting as live Solid state: follows changes made here, in another tab or by the trainer. */
export function createLiveSetting<K extends keyof SettingsMap>(key: K): LiveQuery<SettingsMap[K]> {
  return createLive(() => getSetting(key));
}

let followingDemo = false;

/** Keeps the login page's demo-mode hint (store/demo-mode.ts) in step with the setting, here and in other tabs. */
export function followDemoMode(): void {
  if (followingDemo) return;
  followingDemo = true;
  liveQuery(() => getSetting('demo')).subscribe({
    next: (demo) => rememberDemoMode(demo.enabled),
    error: reportStorageError,
  });
}
