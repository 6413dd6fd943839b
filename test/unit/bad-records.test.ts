import { beforeEach, describe, expect, it } from 'vitest';
import type { Application } from '../../src/domain/application';
import { jstMs } from '../../src/domain/time';
import { runDue } from '../../src/center/review';
import { badRecordOf, badRecords, forgetAllBadRecords } from '../../src/store/bad-records';
import { db } from '../../src/store/db';
import {
  countOfficeApplications,
  getOfficeApplication,
  listDueApplications,
  listOfficeApplications,
  listOfficeDrafts,
  pageOfficeApplications,
} from '../../src/store/applications';
import { getSetting } from '../../src/store/settings';
import { removeStoredRecord, scanStoredRecords } from '../../src/store/stored-records';
import { makeApplication, putApplications } from '../support/applications';
import { resetDatabase } from '../support/db';

const receipts = (rows: Application[]) => rows.map((a) => a.receiptNo);

/** Writes a record as a broken build or the browser's tools would: no checks on the way in. */
async function putRaw(table: string, record: object): Promise<void> {
  await db.table(table).put(record);
}

function withoutFields(app: Application, ...fields: (keyof Application)[]): object {
  const copy: Record<string, unknown> = { ...app };
  for (const f of fields) delete copy[f];
  return copy;
}

describe('records read from storage are checked at the store boundary', () => {
  beforeEach(async () => {
    await resetDatabase();
    forgetAllBadRecords();
    await putApplications([makeApplication(1), makeApplication(2)]);
  });

  it('skips an application missing history, review and submittedAt, lists the others and says what is wrong', async () => {
    await putRaw('applications', withoutFields(makeApplication(3), 'history', 'review', 'submittedAt'));
    expect(receipts(await listOfficeApplications('NAC001'))).toEqual(['2642002C', '2642001C']);
    expect(await getOfficeApplication('NAC001', 'app-3')).toBeUndefined();
    expect(badRecordOf('applications', 'app-3')).toEqual({
      key: 'applications:app-3',
      table: 'applications',
      id: 'app-3',
      label: '申込 2642003C',
      problems: ['submittedAt がありません', 'history がありません', 'review がありません'],
    });
  });

  it('skips wrong field types (no NaN dates) and an unknown kind, naming the field and the value', async () => {
    await putRaw('applications', { ...makeApplication(3), submittedAt: 'yesterday' });
    await putRaw('applications', { ...makeApplication(4), kind: 'mystery' });
    expect(receipts(await pageOfficeApplications('NAC001', {}, 0, 10))).toEqual(['2642002C', '2642001C']);
    expect(badRecordOf('applications', 'app-3')?.problems).toEqual(['submittedAt の値が正しくありません（"yesterday"）']);
    expect(badRecordOf('applications', 'app-4')?.problems).toEqual(['kind：このアプリの知らない申込種別です（"mystery"）']);
  });

  it('steps over a bad record in a cursor too (a filtered read), and in a read by key', async () => {
    await putRaw('applications', { ...makeApplication(3), status: '承認済み' });
    expect(receipts(await db.applications.filter(() => true).toArray())).toEqual(['2642001C', '2642002C']);
    expect(await db.applications.bulkGet(['app-1', 'app-3'])).toEqual([expect.objectContaining({ id: 'app-1' }), undefined]);
    expect(badRecords().map((r) => r.label)).toEqual(['申込 2642003C']);
  });

  it('skips a draft whose state is not an object (続きから would do nothing)', async () => {
    const draft = { id: 'd-1', updatedAt: 1, rev: 1, officeCode: 'NAC001', kind: 'system-setting', createdAt: 1, attachments: [] };
    await putRaw('drafts', { ...draft, state: { answers: {} } });
    await putRaw('drafts', { ...draft, id: 'd-2', state: null });
    expect((await listOfficeDrafts('NAC001')).map((d) => d.id)).toEqual(['d-1']);
    expect(badRecordOf('drafts', 'd-2')).toMatchObject({ label: '下書き（ID d-2）', problems: ['state：入力内容として読めない値です'] });
  });

  it('runs the clock on its default when the stored setting is not a number, and says so', async () => {
    await putRaw('settings', { key: 'clock', value: { offsetMs: 'soon' }, updatedAt: 1 });
    expect(await getSetting('clock')).toEqual({ offsetMs: 0 });
    expect(badRecordOf('settings', 'clock')).toMatchObject({
      label: '設定「模擬時計」',
      problems: ['value.offsetMs の値が正しくありません（"soon"）'],
    });
  });

  it('never stops the center: a due but broken application is skipped and the others are reviewed', async () => {
    const at = jstMs('2026-11-20', 10);
    const due = (i: number) => makeApplication(i, { review: { pickupAt: at - 1000 }, submittedAt: at - 2000, lastSubmittedAt: at - 2000 });
    await putApplications([due(5)]);
    await putRaw('applications', { ...withoutFields(due(6), 'history'), review: { pickupAt: at - 1000 } });
    expect((await listDueApplications(at)).map((a) => a.id)).toEqual(['app-5']);
    expect(await runDue(at)).toBeGreaterThan(0);
    expect((await db.applications.get('app-5'))?.status).not.toBe('受付');
    expect(badRecordOf('applications', 'app-6')?.problems).toEqual(['history がありません']);
  });

  it('lists every bad record on a scan, and removes one so that only the sound remain', async () => {
    await putRaw('applications', { ...makeApplication(3), note: 42 });
    await putRaw('mails', { id: 'm-1', subject: '【NSS】受付完了' });
    forgetAllBadRecords();
    await scanStoredRecords();
    expect(badRecords().map((r) => r.label)).toEqual(['申込 2642003C', 'メール 【NSS】受付完了']);
    await removeStoredRecord('applications', 'app-3');
    expect(badRecords().map((r) => r.label)).toEqual(['メール 【NSS】受付完了']);
    expect(await countOfficeApplications('NAC001', {})).toBe(2);
    expect(await db.applications.count()).toBe(2);
  });
});
