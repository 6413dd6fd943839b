// Writes the demo back office on first start, and again when the trainer asks
// for 「デモデータを初期化」 (which first clears everything but this device's own state).
import { hashPassword, PBKDF2_ITERATIONS } from '../../domain/password';
import { isoDateOf } from '../../domain/time';
import { db } from '../db';
import { guarded } from '../guarded';
import { DEMO_PASSWORD } from './credentials';
import { demoBills, demoLines, demoMailboxes, demoNotices, demoOffices, demoTerminals, demoUserCodes, demoUserIds } from './data';

const stamp = <T extends { updatedAt: number }>(rows: T[]): T[] => rows.map((r) => ({ ...r, updatedAt: Date.now() }));

/** The demo's passwords as PBKDF2 hashes: computed before any transaction (crypto.subtle cannot run inside one). */
async function demoPasswords(iterations: number) {
  return Promise.all([hashPassword(DEMO_PASSWORD, iterations), hashPassword(DEMO_PASSWORD, iterations)]);
}

const DEMO_TABLES = () => [db.offices, db.userCodes, db.userIds, db.terminals, db.lines, db.mailboxes, db.bills, db.notices];

/** Writes the demo rows (inside the caller's transaction over DEMO_TABLES). */
async function writeDemo(now: number, [first, second]: Awaited<ReturnType<typeof demoPasswords>>): Promise<void> {
  await db.offices.bulkPut(stamp(demoOffices(first, second)));
  await db.userCodes.bulkPut(stamp(demoUserCodes()));
  await db.userIds.bulkPut(stamp(demoUserIds()));
  await db.terminals.bulkPut(stamp(demoTerminals(isoDateOf(now))));
  await db.lines.bulkPut(stamp(demoLines()));
  await db.mailboxes.bulkPut(stamp(demoMailboxes()));
  await db.bills.bulkPut(stamp(demoBills(isoDateOf(now))));
  await db.notices.bulkPut(stamp(demoNotices(now)));
}

/** Writes the demo office; `now` is the simulated time. */
export async function seedDemoData(now: number, iterations = PBKDF2_ITERATIONS): Promise<void> {
  const passwords = await demoPasswords(iterations);
  await guarded(() => db.transaction('rw', DEMO_TABLES(), () => writeDemo(now, passwords)));
}

/** Seeds only when no office exists yet (first start). Returns whether it seeded. */
export async function seedDemoDataIfEmpty(now: number): Promise<boolean> {
  if ((await db.offices.count()) > 0) return false;
  await seedDemoData(now);
  return true;
}

/** Tables that 「デモデータを初期化」 keeps: the trainer's settings, this device's own state, and 演習's results with their event logs. */
const KEPT_ON_RESET = new Set(['settings', 'device', 'syncState', 'exerciseResults', 'events']);

/**
 * 「デモデータを初期化」: every data table emptied and the demo written again, in one
 * transaction, so a failure (a full disk) leaves the old data as it was. Device-local
 * counters survive, so a 申込受付番号 is never issued twice.
 */
export async function resetDemoData(now: number, iterations = PBKDF2_ITERATIONS): Promise<void> {
  const passwords = await demoPasswords(iterations);
  const tables = db.tables.filter((t) => !KEPT_ON_RESET.has(t.name));
  await guarded(() =>
    db.transaction('rw', tables, async () => {
      await Promise.all(tables.map((t) => t.clear()));
      await writeDemo(now, passwords);
    }),
  );
}
