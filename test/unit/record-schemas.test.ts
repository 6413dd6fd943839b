import * as v from 'valibot';
import { beforeEach, describe, expect, it } from 'vitest';
import { setClockTo } from '../../src/center/clock';
import { runBilling } from '../../src/center/billing';
import { runDue } from '../../src/center/review';
import { submitApplication } from '../../src/center/submit';
import { RECORD_SCHEMAS, SYNCED_TABLE_NAMES, settingSchema } from '../../src/domain/records';
import { jstMs } from '../../src/domain/time';
import { db } from '../../src/store/db';
import { dexieDraftStore } from '../../src/store/drafts';
import { setSetting, DEFAULT_SETTINGS } from '../../src/store/settings';
import { makeApplication, SETTING_PAYLOAD } from '../support/applications';
import { resetDatabase, seedDemo } from '../support/db';
import { TEST_CONTACT } from '../support/test-kinds';

beforeEach(async () => {
  await resetDatabase();
  await seedDemo();
  await setClockTo('2026-11-20', 10, 0);
});

async function everyRecord() {
  const out: { table: string; row: Record<string, unknown> }[] = [];
  for (const table of SYNCED_TABLE_NAMES) {
    for (const row of await db.table(table).toArray()) {
      const { blob: _blob, ...meta } = row as Record<string, unknown>;
      out.push({ table, row: meta });
    }
  }
  return out;
}

describe('record schemas', () => {
  it('accept the demo office and everything the app writes while filing, reviewing and drafting', async () => {
    const filed = await submitApplication({
      kind: 'system-setting',
      officeCode: 'NAC001',
      contact: TEST_CONTACT,
      payload: SETTING_PAYLOAD,
      desiredDate: '2026-12-01',
      attachments: [{ name: '調査票.xlsx', type: 'application/vnd.ms-excel', size: 3, blob: new Blob(['abc']) }],
    });
    await runDue(jstMs('2026-12-01', 10));
    expect(await runBilling(jstMs('2026-12-01', 10))).toBe(2); // November's bills with their breakdown and notices
    const draft = await dexieDraftStore.create({ officeCode: 'NAC001', kind: 'broker-id', state: { raw: { a: '<b>x</b>' } } });
    await dexieDraftStore.addAttachments(draft.id, draft.rev, [{ name: 'a.pdf', type: 'application/pdf', size: 1, blob: new Blob(['x']) }]);
    await db.applications.put(makeApplication(9, { id: 'other', status: '審査終了', confirmedDate: '2026-12-01', reviewEndedAt: 5 }));
    await setSetting('review', DEFAULT_SETTINGS.review);

    const rows = await everyRecord();
    const tables = new Set(rows.map((r) => r.table));
    for (const t of ['offices', 'userCodes', 'userIds', 'terminals', 'bills', 'notices', 'applications', 'mails', 'drafts', 'attachments']) {
      expect(tables).toContain(t);
    }
    for (const { table, row } of rows) {
      const result = v.safeParse(RECORD_SCHEMAS[table as keyof typeof RECORD_SCHEMAS], row);
      expect(result.success ? 'ok' : `${table} ${row.id}: ${result.issues.map((i) => `${v.getDotPath(i)} ${i.message}`).join('; ')}`).toBe('ok');
    }
    expect((await db.applications.get(filed.applicationId))?.status).toBe('利用開始');
    for (const row of await db.settings.toArray()) expect(v.safeParse(settingSchema, row).success).toBe(true);
  });

  it('refuse a field the type does not have, a wrong type, a bad date and an unknown status', () => {
    const app = makeApplication(1);
    expect(v.safeParse(RECORD_SCHEMAS.applications, app).success).toBe(true);
    expect(v.safeParse(RECORD_SCHEMAS.applications, { ...app, extra: 1 }).success).toBe(false);
    expect(v.safeParse(RECORD_SCHEMAS.applications, { ...app, rev: '1' }).success).toBe(false);
    expect(v.safeParse(RECORD_SCHEMAS.applications, { ...app, desiredDate: '2026/12/01' }).success).toBe(false);
    // a date that is not on the calendar, as a hand-edited bundle could carry it
    expect(v.safeParse(RECORD_SCHEMAS.applications, { ...app, desiredDate: '2026-02-30' }).success).toBe(false);
    expect(v.safeParse(RECORD_SCHEMAS.applications, { ...app, status: '承認' }).success).toBe(false);
    expect(v.safeParse(RECORD_SCHEMAS.applications, { ...app, note: 'x'.repeat(20_001) }).success).toBe(false);
    expect(v.safeParse(RECORD_SCHEMAS.applications, { ...app, payload: { f: () => 1 } }).success).toBe(false);
  });
});
