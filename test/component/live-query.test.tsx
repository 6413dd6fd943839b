import { createRoot, createSignal } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Notice } from '../../src/domain/notice';
import { db } from '../../src/store/db';
import { storageProblem, clearStorageProblem } from '../../src/store/errors';
import { createLiveQuery } from '../../src/store/live';

function notice(id: string, officeCode: string, text: string): Notice {
  return { id, officeCode, text, at: 1, category: '利用申込', updatedAt: 1, rev: 1 };
}

async function until(check: () => boolean) {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
}

describe('createLiveQuery', () => {
  beforeEach(async () => {
    await db.open();
    await Promise.all(db.tables.map((t) => t.clear()));
    clearStorageProblem();
  });
  afterEach(() => db.close());

  it('follows writes to the tables it read', async () => {
    await db.notices.put(notice('n1', 'NAC001', '一件目'));
    await createRoot(async (dispose) => {
      const list = createLiveQuery(() => 'NAC001', (code) => db.notices.where('officeCode').equals(code).toArray());
      await until(() => list()?.length === 1);
      await db.notices.put(notice('n2', 'NAC001', '二件目'));
      await until(() => list()?.length === 2);
      expect(list()!.map((n) => n.text).sort()).toEqual(['一件目', '二件目']);
      dispose();
    });
  });

  it('re-queries when its parameter changes and waits while it is empty', async () => {
    await db.notices.bulkPut([notice('a', 'NAC001', '東京'), notice('b', 'NAC002', '保税')]);
    await createRoot(async (dispose) => {
      const [office, setOffice] = createSignal<string | undefined>(undefined);
      const list = createLiveQuery(office, (code) => db.notices.where('officeCode').equals(code).toArray());
      await until(() => list.loading() === false);
      expect(list()).toBeUndefined();
      setOffice('NAC002');
      await until(() => list()?.[0]?.text === '保税');
      setOffice('NAC001');
      await until(() => list()?.[0]?.text === '東京');
      dispose();
    });
  });

  it('reports a failing query to the storage banner instead of failing silently', async () => {
    await createRoot(async (dispose) => {
      const list = createLiveQuery(
        () => true,
        async () => {
          await db.notices.count();
          throw Object.assign(new Error('disk I/O'), { name: 'UnknownError' });
        },
      );
      await until(() => list.error() !== undefined);
      expect(storageProblem()?.kind).toBe('unknown');
      expect(storageProblem()?.message).toBe('データの保存中に問題が発生しました。');
      dispose();
    });
  });
});
