// 新着情報 of an office. Reads first; the center's writes follow below.
import type { Notice } from '../domain/notice';
import { db } from './db';
import { alive, touched } from './record';

/** The office's latest notices, newest first, at most `limit` (the top menu shows 10). */
export async function listLatestNotices(officeCode: string, limit = 10): Promise<Notice[]> {
  return alive(await db.notices.where('officeCode').equals(officeCode).toArray())
    .sort((a, b) => b.at - a.at || b.id.localeCompare(a.id))
    .slice(0, limit);
}

// --- the center's writes ---

/** Writes 新着情報 (inside the caller's transaction when there is one). */
export async function addNotices(notices: Notice[]): Promise<void> {
  await db.notices.bulkAdd(notices.map((n) => touched(n)));
}
