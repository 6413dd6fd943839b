import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/store/db';
import { LocalChangeReader, readLocalChanges, type LocalCursor } from '../../src/store/sync';
import { makeApplication } from '../support/applications';
import { resetDatabase } from '../support/db';

beforeEach(async () => {
  await resetDatabase();
  // applications and mails interleaved in time, with ties across and within tables
  await db.applications.bulkPut(Array.from({ length: 25 }, (_, i) => makeApplication(i, { id: `a${String(i).padStart(2, '0')}`, receiptNo: `2612${String(i + 1).padStart(3, '0')}C`, updatedAt: 100 + Math.floor(i / 2) })));
  await db.mails.bulkPut(
    Array.from({ length: 25 }, (_, i) => ({ id: `m${String(i).padStart(2, '0')}`, to: 'a@example.com', role: '申込担当者' as const, officeCode: 'NAC001', at: 1, subject: 's', body: 'b', read: false, updatedAt: 100 + i, rev: 1 })),
  );
  await db.settings.put({ key: 'clock', value: { offsetMs: 0 }, updatedAt: 105 });
});

const keys = (records: { key: string }[]) => records.map((r) => r.key);

describe("this device's changes in order", () => {
  it('a push run reads every record once, in (updatedAt, key) order, the same as reading table by table for each batch', async () => {
    const expected: string[] = [];
    let cursor: LocalCursor | null = null;
    for (;;) {
      const batch = await readLocalChanges(cursor, 7);
      expected.push(...keys(batch.records));
      cursor = batch.cursor;
      if (batch.done) break;
    }
    expect(expected).toHaveLength(51);
    expect(new Set(expected).size).toBe(51);

    const reader = new LocalChangeReader(null, 4);
    const got: string[] = [];
    for (;;) {
      const batch = await reader.next(7);
      got.push(...keys(batch.records));
      if (batch.done) break;
    }
    expect(got).toEqual(expected);
  });

  it('starts after a cursor, ties included by key', async () => {
    const after: LocalCursor = { updatedAt: 110, key: 'applications:a20' };
    const batch = await new LocalChangeReader(after, 3).next(100);
    expect(keys(batch.records).slice(0, 4)).toEqual(['applications:a21', 'mails:m10', 'applications:a22', 'applications:a23']);
    expect(keys(batch.records)).toEqual(keys((await readLocalChanges(after, 100)).records));
    expect(batch.done).toBe(true);
  });
});
