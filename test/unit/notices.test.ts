import { beforeEach, describe, expect, it } from 'vitest';
import type { Notice } from '../../src/domain/notice';
import { db } from '../../src/store/db';
import { listLatestNotices } from '../../src/store/notices';
import { resetDatabase } from '../support/db';

const DAY = 86_400_000;
const notice = (i: number, officeCode = 'NAC001', extra: Partial<Notice> = {}): Notice => ({
  id: `n${i}`,
  officeCode,
  at: Date.parse('2026-01-01T00:00:00Z') + i * DAY,
  category: 'システム設定',
  receiptNo: `2600${String(i).padStart(3, '0')}C`,
  text: `通知${i}`,
  updatedAt: 1,
  rev: 1,
  ...extra,
});

describe('listLatestNotices', () => {
  beforeEach(resetDatabase);

  it("gives the office's 10 newest notices, newest first, without other offices' or deleted ones", async () => {
    await db.notices.bulkPut([
      ...Array.from({ length: 12 }, (_, i) => notice(i + 1)),
      notice(99, 'NAC002'),
      notice(50, 'NAC001', { id: 'gone', deleted: 1 }),
    ]);
    const latest = await listLatestNotices('NAC001', 10);
    expect(latest.map((n) => n.text)).toEqual(['通知12', '通知11', '通知10', '通知9', '通知8', '通知7', '通知6', '通知5', '通知4', '通知3']);
  });
});
