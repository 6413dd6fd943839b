// 新着情報 of an office. Reads first; the center's writes follow below.
import Dexie from 'dexie';
import type { Notice } from '../domain/notice';
import { db } from './db';
import { touched } from './record';

/**
 * The office's latest notices, newest first, at most `limit` (the top menu shows 10):
 * read backwards along [officeCode+at] and stopped after `limit`. Equal times come
 * in descending id order (IndexedDB orders equal index keys by primary key).
 */
export async function listLatestNotices(officeCode: string, limit = 10): Promise<Notice[]> {
  return db.notices
    .where('[officeCode+at]')
    .between([officeCode], [officeCode, Dexie.maxKey])
    .reverse()
    .filter((n) => !n.deleted)
    .limit(limit)
    .toArray();
}

// --- the center's writes ---

/** Writes 新着情報 (inside the caller's transaction when there is one). */
export async function addNotices(notices: Notice[]): Promise<void> {
  await db.notices.bulkAdd(notices.map((n) => touched(n)));
}
