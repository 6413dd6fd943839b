import { beforeEach, describe, expect, it } from 'vitest';
import type { Application } from '../../src/domain/application';
import { jstMs } from '../../src/domain/time';
import {
  countOfficeApplications,
  listDueApplications,
  listOfficeApplications,
  listOfficeApplicationsOfKind,
  pageOfficeApplications,
  searchOfficeApplications,
} from '../../src/store/applications';
import { makeApplication, putApplications } from '../support/applications';
import { resetDatabase } from '../support/db';

const DAY = 86_400_000;
const receiptsOf = (rows: Application[]) => rows.map((a) => a.receiptNo);

/** 25 applications of NAC001 (every third a 通関士ID, every fifth 審査終了), one of NAC002, two filed the same moment. */
function fixtures(): Application[] {
  const apps = Array.from({ length: 25 }, (_, i) =>
    makeApplication(i + 1, {
      ...(i % 3 === 0 ? { kind: 'broker-id' as const, receiptNo: `2642${String(i + 1).padStart(3, '0')}B`, payload: { rows: [] } } : {}),
      ...(i % 5 === 0 ? { status: '審査終了' as const } : {}),
    }),
  );
  apps.push(makeApplication(26, { officeCode: 'NAC002' }));
  apps.push(makeApplication(27, { submittedAt: apps[24].submittedAt, receiptNo: '2642999C' }));
  return apps;
}

describe('申込情報一覧 queries', () => {
  beforeEach(async () => {
    await resetDatabase();
    await putApplications(fixtures());
  });

  it('pages newest 申込日 first (then 受付番号), counted from the index', async () => {
    expect(await countOfficeApplications('NAC001', {})).toBe(26);
    const first = await pageOfficeApplications('NAC001', {}, 0, 3);
    expect(receiptsOf(first)).toEqual(['2642999C', '2642025B', '2642024C']);
    const third = await pageOfficeApplications('NAC001', {}, 20, 10);
    expect(receiptsOf(third)).toEqual(['2642006C', '2642005C', '2642004B', '2642003C', '2642002C', '2642001B']);
    expect(receiptsOf(await listOfficeApplications('NAC001'))).toEqual(
      receiptsOf(await pageOfficeApplications('NAC001', {}, 0, 100)),
    );
    expect(receiptsOf(await listOfficeApplications('NAC001', 1))).toEqual(['2642999C']);
  });

  it('filters by kind, by status and by both in the index', async () => {
    expect(await countOfficeApplications('NAC001', { kind: 'broker-id' })).toBe(9);
    expect(await countOfficeApplications('NAC001', { status: '審査終了' })).toBe(5);
    expect(await countOfficeApplications('NAC001', { kind: 'broker-id', status: '審査終了' })).toBe(2);
    expect(receiptsOf(await pageOfficeApplications('NAC001', { kind: 'broker-id', status: '審査終了' }, 0, 10))).toEqual([
      '2642016B',
      '2642001B',
    ]);
    expect(receiptsOf(await pageOfficeApplications('NAC001', { status: '審査終了' }, 1, 2))).toEqual(['2642016B', '2642011C']);
  });

  it('finds a whole 受付番号 with one look-up, and only in the office that filed it', async () => {
    expect(receiptsOf((await searchOfficeApplications('NAC001', {}, '2642011C', 0, 10)).rows)).toEqual(['2642011C']);
    expect(await searchOfficeApplications('NAC001', {}, '2642026C', 0, 10)).toEqual({ rows: [], total: 0 });
    expect(await searchOfficeApplications('NAC001', { kind: 'broker-id' }, '2642011C', 0, 10)).toEqual({ rows: [], total: 0 });
    expect((await searchOfficeApplications('NAC002', {}, '2642026C', 0, 10)).total).toBe(1);
  });

  it('finds part of a 受付番号 under the filters, newest first, and reads only the page shown', async () => {
    const all = await searchOfficeApplications('NAC001', {}, '02', 0, 10);
    expect(all.total).toBe(7);
    expect(receiptsOf(all.rows)).toEqual(['2642025B', '2642024C', '2642023C', '2642022B', '2642021C', '2642020C', '2642002C']);
    const paged = await searchOfficeApplications('NAC001', {}, 'B', 1, 2);
    expect(paged.total).toBe(9);
    expect(receiptsOf(paged.rows)).toEqual(['2642022B', '2642019B']);
    expect(receiptsOf((await searchOfficeApplications('NAC001', { status: '審査終了' }, '1', 0, 10)).rows)).toEqual([
      '2642021C',
      '2642016B',
      '2642011C',
      '2642001B',
    ]);
  });
});

describe("the center's reads", () => {
  beforeEach(resetDatabase);

  it('lists only the applications whose next-due time has come, oldest submission first', async () => {
    const at = jstMs('2026-11-20', 10);
    await putApplications([
      makeApplication(1, { status: '受付', review: { pickupAt: at, dueAt: at + DAY } }),
      makeApplication(2, { status: '受付', review: { pickupAt: at + 1, dueAt: at + DAY } }),
      makeApplication(3, { status: '内容確認中', review: { pickupAt: at - DAY, dueAt: at - 1 } }),
      makeApplication(4, { status: '内容確認中', review: { manual: true } }),
      makeApplication(5, { status: '確認依頼', review: { pickupAt: at - DAY, dueAt: at - DAY } }),
      makeApplication(6, { status: '審査終了', confirmedDate: '2026-11-24', review: {} }),
      makeApplication(7, { status: '審査終了', confirmedDate: '2026-12-24', review: {} }),
      makeApplication(8, { status: '受付', review: { pickupAt: at, dueAt: at }, deleted: 1 }),
      makeApplication(9, { status: '利用開始', confirmedDate: '2026-11-01', review: { pickupAt: 0, dueAt: 0 } }),
    ]);
    expect((await listDueApplications(at)).map((a) => a.id)).toEqual(['app-1', 'app-3', 'app-6']);
  });

  it("reads an office's filings of one kind submitted in a window only", async () => {
    const apps = Array.from({ length: 6 }, (_, i) => makeApplication(i + 1));
    await putApplications([...apps, makeApplication(7, { officeCode: 'NAC002' })]);
    const window = { from: apps[1].submittedAt, before: apps[4].submittedAt };
    expect((await listOfficeApplicationsOfKind('NAC001', 'system-setting', window)).map((a) => a.id)).toEqual([
      'app-2',
      'app-3',
      'app-4',
    ]);
    expect(await listOfficeApplicationsOfKind('NAC001', 'system-setting')).toHaveLength(6);
    expect(await listOfficeApplicationsOfKind('NAC001', 'broker-id')).toHaveLength(0);
  });
});
