// 新着情報 of an office. Reads first; the center's writes follow below.
import type { Notice } from '../domain/notice';
import { db } from './db';
import { touched } from './record';

// --- the center's writes ---

/** Writes 新着情報 (inside the caller's transaction when there is one). */
export async function addNotices(notices: Notice[]): Promise<void> {
  await db.notices.bulkAdd(notices.map((n) => touched(n)));
}
