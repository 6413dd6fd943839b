// Store fixtures for unit and component tests (Dexie on fake-indexeddb).
import type { Office } from '../../src/domain/contract';
import { db } from '../../src/store/db';
import { seedDemoData } from '../../src/store/demo/seed';
import { touched } from '../../src/store/record';

/** Empties every table of the app database. */
export async function resetDatabase(): Promise<void> {
  if (!db.isOpen()) await db.open();
  await Promise.all(db.tables.map((t) => t.clear()));
}

/**
 * The demo office with a cheap password hash (1,000 PBKDF2 iterations instead
 * of 600,000), so tests stay fast; the password is still demo1234.
 */
export async function seedDemo(now = Date.parse('2026-11-20T01:00:00Z')): Promise<void> {
  await seedDemoData(now, 1_000);
}

/** Changes an office as another writer would (the center, or sync from another device): a new revision that live queries see. */
export async function rewriteOffice(code: string, change: Partial<Office>): Promise<void> {
  const stored = (await db.offices.get(code))!;
  await db.offices.put(touched({ ...stored, ...change }, stored));
}
