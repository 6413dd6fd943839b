// Every write path under the storage faults a user can meet: a full disk
// (QuotaExceededError), a database another tab upgraded (the connection closed on
// versionchange) and a closed database. Each shows the banner and leaves nothing
// half-written; the data is as it was before the write.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setClockTo } from '../../src/center/clock';
import { advanceOnce } from '../../src/center/review';
import { submitApplication } from '../../src/center/submit';
import { jstMs } from '../../src/domain/time';
import { db } from '../../src/store/db';
import { resetDemoData } from '../../src/store/demo/seed';
import { dexieDraftStore } from '../../src/store/drafts';
import { clearStorageProblem, storageProblem, type StorageProblemKind } from '../../src/store/errors';
import { closeDatabase, openDatabase } from '../../src/store/open';
import { DEFAULT_SETTINGS } from '../../src/store/settings';
import { resetDatabase, seedDemo } from '../support/db';
import { registerTestKinds, TEST_CONTACT, TEST_SETTING } from '../support/test-kinds';

interface Fault {
  kind: StorageProblemKind;
  /** makes the next writes fail; returns how to undo it */
  start(): Promise<() => Promise<void>>;
}

const quota = (): Fault => ({
  kind: 'quota',
  async start() {
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(full);
    const add = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(full);
    return async () => {
      put.mockRestore();
      add.mockRestore();
    };
  },
});

/** The browser closes the connection (storage cleared, the disk gone): the close event as IndexedDB delivers it. */
const closed = (): Fault => ({
  kind: 'closed',
  async start() {
    const connection = db.backendDB() as IDBDatabase;
    connection.onclose?.(new Event('close'));
    closeDatabase();
    return async () => {
      await db.open();
    };
  },
});

/**
 * Another tab opens a newer version of the app: the browser sends this connection
 * a versionchange, which closes it (the event as IndexedDB delivers it).
 */
const upgradedElsewhere = (): Fault => ({
  kind: 'versionchange',
  async start() {
    const connection = db.backendDB() as IDBDatabase;
    connection.onversionchange?.(new IDBVersionChangeEvent('versionchange', { oldVersion: connection.version, newVersion: connection.version + 10 }));
    return async () => {
      await db.open();
    };
  },
});

const FAULTS = [quota, closed, upgradedElsewhere];

/** Everything a write could change, to compare before and after. */
async function snapshot() {
  const [applications, drafts, attachments, mails, notices, offices] = await Promise.all([
    db.applications.toArray(),
    db.drafts.toArray(),
    db.attachments.toArray(),
    db.mails.count(),
    db.notices.count(),
    db.offices.count(),
  ]);
  return {
    applications: applications.map((a) => [a.id, a.status, a.history.length, a.rev]),
    drafts: drafts.map((d) => [d.id, d.rev, d.deleted ?? 0, JSON.stringify(d.state), d.attachments.length]),
    attachments: attachments.map((a) => [a.id, a.ownerId, a.deleted ?? 0]),
    mails,
    notices,
    offices,
  };
}

const DRAFT = 'draft-1';
let filedId = '';
const file = { name: '調査票.xlsx', type: 'application/vnd.ms-excel', size: 3, blob: new Blob(['abc']) };

/** The write paths of the app, each with what it does. */
const PATHS: { name: string; write: () => Promise<unknown> }[] = [
  { name: 'draft autosave', write: () => dexieDraftStore.save(DRAFT, 1, { note: '入力中の備考' }) },
  { name: 'draft attachment', write: () => dexieDraftStore.addAttachments(DRAFT, 1, [file]) },
  {
    name: 'filing',
    write: () =>
      submitApplication({
        kind: TEST_SETTING,
        officeCode: 'NAC001',
        contact: TEST_CONTACT,
        payload: { userCodes: ['1CNAC'], company: 'NACCS TRADE COMPANY' },
        draftId: DRAFT,
        draftRev: 1,
      }),
  },
  {
    name: "the center's step",
    write: () => advanceOnce(filedId, jstMs('2026-11-20', 15), DEFAULT_SETTINGS.review),
  },
  { name: 'demo reset', write: () => resetDemoData(jstMs('2026-11-20', 10), 1_000) },
];

describe('storage faults on every write path', () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedDemo();
    registerTestKinds();
    await setClockTo('2026-11-20', 13, 15);
    await db.drafts.add({ id: DRAFT, officeCode: 'NAC001', kind: TEST_SETTING, createdAt: 0, state: { note: '' }, attachments: [], updatedAt: 0, rev: 1 });
    // one filed application in 受付, for the center's step and the reset
    ({ applicationId: filedId } = await submitApplication({
      kind: TEST_SETTING,
      officeCode: 'NAC001',
      contact: TEST_CONTACT,
      payload: { userCodes: ['1ANAC'], company: 'NACCS TRADE COMPANY' },
    }));
    // the app's connection, with the handlers that report what the browser does to it
    closeDatabase();
    await openDatabase();
    clearStorageProblem();
  });
  afterEach(() => vi.restoreAllMocks());

  for (const path of PATHS) {
    for (const makeFault of FAULTS) {
      const fault = makeFault();
      it(`${path.name}: ${fault.kind} shows the banner and leaves nothing half-written`, async () => {
        const before = await snapshot();
        const undo = await fault.start();
        await expect(path.write()).rejects.toBeTruthy();
        expect(storageProblem()?.kind).toBe(fault.kind);
        expect(storageProblem()?.resolved).toBeFalsy();
        await undo();
        expect(await snapshot()).toEqual(before);
        // and once the cause has gone, the same write goes through
        await path.write();
      });
    }
  }
});
