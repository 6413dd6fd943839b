// Each schema version is tested by opening a database of the version before it,
// full of data, with the app's current schema, and checking every record after
// the upgrade (docs/storage.md). The next version adds its own describe block here.
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Application } from '../../src/domain/application';
import type { Draft } from '../../src/domain/draft';
import type { Mail } from '../../src/domain/mail';
import type { Notice } from '../../src/domain/notice';
import { nextDueAt } from '../../src/domain/review';
import { jstMs } from '../../src/domain/time';
import { NssDatabase } from '../../src/store/db';
import { demoBills, demoNotices, demoOffices, demoTerminals, demoUserCodes, demoUserIds } from '../../src/store/demo/data';
import { declareSchema, SCHEMA } from '../../src/store/schema/index';
import { makeApplication } from '../support/applications';

const names: string[] = [];
const freshName = () => {
  const name = `schema-upgrade-${names.length}-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  return name;
};
afterEach(async () => {
  await Promise.all(names.splice(0).map((n) => Dexie.delete(n)));
});

/** A database created by the app at `version` (its declared versions up to it), opened and left to the caller. */
async function openAtVersion(name: string, version: number): Promise<Dexie> {
  const old = new Dexie(name);
  declareSchema(old, SCHEMA.filter((v) => v.version <= version));
  await old.open();
  return old;
}

const HASH = { algorithm: 'PBKDF2-SHA256', salt: 'c2FsdA==', hash: 'aGFzaA==', iterations: 1000 } as never;
const NOW = jstMs('2026-11-20', 10);

/** Applications in every status and schedule the center knows, one of them marked deleted. */
function v1Applications(): Application[] {
  const day = 86_400_000;
  return [
    makeApplication(1, { status: '受付', review: { pickupAt: NOW + day, dueAt: NOW + 2 * day } }),
    makeApplication(2, { status: '受付', review: { manual: true } }),
    makeApplication(3, { status: '内容確認中', review: { pickupAt: NOW - day, dueAt: NOW + day } }),
    makeApplication(4, { status: '内容確認中', review: { manual: true } }),
    makeApplication(5, { status: '確認依頼', review: { pickupAt: NOW - day, dueAt: NOW } }),
    makeApplication(6, { status: '審査終了', confirmedDate: '2026-12-01', review: { pickupAt: NOW, dueAt: NOW } }),
    makeApplication(7, { status: '審査終了', review: {} }),
    makeApplication(8, { status: '利用開始', confirmedDate: '2026-11-24', effectAppliedAt: NOW }),
    makeApplication(9, { status: '取下げ' }),
    makeApplication(10, { status: '無効', confirmedDate: '2026-12-01' }),
    makeApplication(11, { status: '受付', review: { pickupAt: NOW, dueAt: NOW }, deleted: 1 }),
    makeApplication(12, { kind: 'broker-id', receiptNo: '2642012B', officeCode: 'NAC002', payload: { rows: [] } }),
  ];
}

function v1Notices(): Notice[] {
  return [
    ...demoNotices(NOW),
    ...Array.from({ length: 30 }, (_, i): Notice => ({
      id: `n-${i}`,
      officeCode: i % 3 === 0 ? 'NAC002' : 'NAC001',
      at: NOW - i * 3_600_000,
      category: 'システム設定',
      receiptNo: `2642${String(i).padStart(3, '0')}C`,
      applicationId: `app-${i}`,
      text: `通知${i}`,
      updatedAt: 1,
      rev: 1,
      ...(i === 5 ? { deleted: 1 as const } : {}),
    })),
  ];
}

const draft = (id: string, extra: Partial<Draft> = {}): Draft => ({
  id,
  officeCode: 'NAC001',
  kind: 'system-setting',
  createdAt: NOW,
  state: { step: 'contact', fields: { lastName: '通関' } },
  attachments: [],
  updatedAt: 1,
  rev: 3,
  ...extra,
});

const mail: Mail = {
  id: 'm-1',
  to: 'kanri@nacks-shoji.example',
  role: '管理責任者',
  officeCode: 'NAC001',
  at: NOW,
  subject: '【NSS】システム設定申込受付完了のお知らせ',
  body: '本文',
  read: false,
  updatedAt: 1,
  rev: 1,
};

/** Every v1 table with records in it. */
function v1Data(): Record<string, object[]> {
  return {
    offices: demoOffices(HASH, HASH),
    userCodes: demoUserCodes(),
    userIds: demoUserIds(),
    terminals: demoTerminals(),
    lines: [
      { id: 'line-1', officeCode: 'NAC001', kind: 'インターネット', bandwidth: '', installAddress: '東京都港区', startDate: '2024-04-01', updatedAt: 1, rev: 1 },
    ],
    mailboxes: [{ id: 'mb-1', officeCode: 'NAC001', systemKind: '海上', name: 'NAC001MB', startDate: '2024-04-01', updatedAt: 1, rev: 1 }],
    applications: v1Applications(),
    drafts: [draft('d-1'), draft('d-2', { kind: 'broker-id', amends: 'app-5' }), draft('d-3', { deleted: 1, state: null })],
    notices: v1Notices(),
    mails: [mail],
    bills: demoBills('2026-11-20'),
    attachments: [{ id: 'att-1', ownerId: 'app-1', name: 'a.pdf', type: 'application/pdf', size: 3, blob: new Blob(['abc']), updatedAt: 1, rev: 1 }],
    settings: [{ key: 'clock', value: { offsetMs: 12345 }, updatedAt: 1 }],
    device: [{ key: 'receiptCounter', value: { slot: 42, counter: 12 } }],
    syncState: [{ adapterId: 'file', value: { seq: '7' } }],
  };
}

describe('version 1 → 2', () => {
  it('keeps every record of every table and gives each application its next-due time', async () => {
    const name = freshName();
    const data = v1Data();
    const old = await openAtVersion(name, 1);
    expect(old.tables.map((t) => t.name).sort()).toEqual(Object.keys(data).sort());
    await old.transaction('rw', old.tables, () => Promise.all(old.tables.map((t) => t.bulkAdd(data[t.name]))));
    old.close();

    // opened by the app at version 2, as a device that upgraded then (later versions have their own test)
    const upgraded = await openAtVersion(name, 2);
    expect(upgraded.verno).toBe(2);

    for (const table of upgraded.tables) {
      const stored = await table.toArray();
      const key = table.schema.primKey.keyPath as string;
      const byKey = (rows: object[]) => [...rows].sort((a, b) => String(a[key as never]).localeCompare(String(b[key as never])));
      if (table.name === 'applications') {
        const expected = (data.applications as Application[]).map((a) => {
          const due = nextDueAt(a);
          return due === undefined ? a : { ...a, nextDueAt: due };
        });
        expect(byKey(stored), table.name).toEqual(byKey(expected));
      } else {
        expect(byKey(stored), table.name).toEqual(byKey(data[table.name]));
      }
    }
    upgraded.close();
  });

  it('derives the next-due time from the status and schedule', async () => {
    const name = freshName();
    const old = await openAtVersion(name, 1);
    await old.table('applications').bulkAdd(v1Applications());
    old.close();

    const upgraded = new NssDatabase(name);
    const due = new Map((await upgraded.applications.toArray()).map((a) => [a.id, (a as { nextDueAt?: number }).nextDueAt]));
    expect(Object.fromEntries(due)).toEqual({
      'app-1': NOW + 86_400_000, // 受付: the pickup
      'app-2': undefined, // by hand
      'app-3': NOW + 86_400_000, // 内容確認中: the answer
      'app-4': undefined,
      'app-5': undefined, // 確認依頼 waits for the user
      'app-6': jstMs('2026-11-26'), // 審査終了: the day after the システム設定申込 deadline 11/25 (4 business days before 12/01)
      'app-7': undefined, // 審査終了 without a date cannot start
      'app-8': undefined,
      'app-9': undefined,
      'app-10': undefined,
      'app-11': undefined, // marked deleted
      'app-12': undefined,
    });
    upgraded.close();
  });

  it('answers the new indexed queries on the upgraded data', async () => {
    const name = freshName();
    const data = v1Data();
    const old = await openAtVersion(name, 1);
    await old.table('applications').bulkAdd(data.applications);
    await old.table('notices').bulkAdd(data.notices);
    old.close();

    const upgraded = new NssDatabase(name);
    await upgraded.open();
    const dueNow = await upgraded.applications.where('nextDueAt').belowOrEqual(NOW + 86_400_000).primaryKeys();
    expect(dueNow.sort()).toEqual(['app-1', 'app-3']);
    const ofNac001 = await upgraded.applications
      .where('[officeCode+status+submittedAt+receiptNo]')
      .between(['NAC001', '受付'], ['NAC001', '受付', Dexie.maxKey])
      .primaryKeys();
    expect(ofNac001.sort()).toEqual(['app-1', 'app-11', 'app-2']);
    const newest = await upgraded.notices
      .where('[officeCode+at]')
      .between(['NAC002'], ['NAC002', Dexie.maxKey])
      .reverse()
      .limit(2)
      .primaryKeys();
    expect(newest).toEqual(['n-0', 'n-3']);
    upgraded.close();
  });
});

describe('version 2 → 3', () => {
  it('keeps every record and adds the 演習 event log and results, read by run and by trainee', async () => {
    const name = freshName();
    const old = await openAtVersion(name, 2);
    const apps = v1Applications();
    await old.table('applications').bulkPut(apps);
    await old.table('notices').bulkPut(demoNotices(NOW));
    old.close();

    const upgraded = new NssDatabase(name);
    await upgraded.open();
    expect(upgraded.verno).toBe(3);
    expect((await upgraded.applications.toArray()).map((a) => a.id).sort()).toEqual(apps.map((a) => a.id).sort());
    expect(await upgraded.notices.count()).toBe(demoNotices(NOW).length);

    await upgraded.events.bulkPut([
      { id: 'e2', updatedAt: 2, rev: 1, runId: 'run-a', at: 2, event: { type: 'abandon', flow: 'broker-id' } },
      { id: 'e1', updatedAt: 1, rev: 1, runId: 'run-a', at: 1, event: { type: 'visit', flow: 'broker-id', step: 'contact' } },
      { id: 'e3', updatedAt: 3, rev: 1, runId: 'run-b', at: 0, event: { type: 'abandon', flow: 'system-setting' } },
    ]);
    const ofRunA = await upgraded.events.where('[runId+at]').between(['run-a', Dexie.minKey], ['run-a', Dexie.maxKey]).primaryKeys();
    expect(ofRunA).toEqual(['e1', 'e2']);
    await upgraded.exerciseResults.put({
      id: 'run-a', updatedAt: 5, rev: 1, runId: 'run-a', trainee: '研修 一郎', exerciseId: 'broker-id-utb',
      exerciseTitle: '通関士ID', startedAt: 1, gradedAt: 5, checks: [], mistakes: [],
    });
    expect(await upgraded.exerciseResults.where('trainee').equals('研修 一郎').primaryKeys()).toEqual(['run-a']);
    upgraded.close();
  });
});

describe('every later write', () => {
  it('recomputes the next-due time from the record, whatever was written in it', async () => {
    const name = freshName();
    const db = new NssDatabase(name);
    const app = makeApplication(1, { status: '受付', review: { pickupAt: NOW, dueAt: NOW } });
    await db.applications.put({ ...app, nextDueAt: 1 } as Application);
    expect(((await db.applications.get('app-1')) as { nextDueAt?: number }).nextDueAt).toBe(NOW);
    await db.applications.put({ ...app, status: '確認依頼' });
    expect(await db.applications.get('app-1')).not.toHaveProperty('nextDueAt');
    await db.applications.update('app-1', { status: '内容確認中' });
    expect(((await db.applications.get('app-1')) as { nextDueAt?: number }).nextDueAt).toBe(NOW);
    db.close();
  });
});
