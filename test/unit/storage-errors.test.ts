import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, NssDatabase } from '../../src/store/db';
import {
  classifyStorageError,
  clearStorageProblem,
  reportStorageError,
  storageProblem,
} from '../../src/store/errors';
import { openDatabase } from '../../src/store/open';
import { SCHEMA } from '../../src/store/schema/index';
import { setSetting } from '../../src/store/settings';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

async function until(check: () => boolean) {
  for (let i = 0; i < 400 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
}

describe('classifyStorageError', () => {
  it('recognises a quota error, also wrapped in an AbortError as Dexie reports a failed transaction', () => {
    expect(classifyStorageError(quota())).toBe('quota');
    expect(classifyStorageError(new Dexie.AbortError('Transaction aborted', quota()))).toBe('quota');
    const bulk = new Dexie.BulkError('1 of 2 failed', [quota()]);
    expect(classifyStorageError(bulk)).toBe('quota');
    expect(classifyStorageError({ name: 'AbortError', cause: { name: 'QuotaExceededError' } })).toBe('quota');
  });

  it('recognises a closed database, a version change and a blocked upgrade', () => {
    expect(classifyStorageError(new Dexie.DatabaseClosedError())).toBe('closed');
    expect(classifyStorageError(new Dexie.VersionChangeError())).toBe('versionchange');
    expect(classifyStorageError({ name: 'BlockedError' })).toBe('blocked');
    expect(classifyStorageError(new Error('disk on fire'))).toBe('unknown');
  });

  it('tells the user what happened and what to do', () => {
    const problem = reportStorageError(new Dexie.AbortError('aborted', quota()));
    expect(problem.message).toBe('この端末の保存容量が不足したため、データを保存できませんでした。');
    expect(problem.action).toContain('入力内容は画面に残っています。');
    expect(problem.detail).toContain('AbortError');
  });
});

describe('a failed write through guarded()', () => {
  beforeEach(async () => {
    await db.open();
    clearStorageProblem();
  });
  afterEach(() => vi.restoreAllMocks());

  it('reaches the banner state, is rethrown to the caller, and is marked resolved by the next good write', async () => {
    const put = vi.spyOn(db.settings, 'put').mockRejectedValueOnce(new Dexie.AbortError('aborted', quota()));

    await expect(setSetting('demo', { enabled: false })).rejects.toThrow();
    expect(storageProblem()?.kind).toBe('quota');
    expect(storageProblem()?.resolved).toBeFalsy();

    put.mockRestore();
    await setSetting('demo', { enabled: false });
    expect(storageProblem()).toMatchObject({ kind: 'quota', resolved: true });
  });
});

describe('schema upgrades while another tab holds the database', () => {
  /** a version after the app's latest, as the next release of the app would declare */
  const NEXT_VERSION = SCHEMA[SCHEMA.length - 1].version + 1;
  const names: string[] = [];
  const freshName = () => {
    const name = `upgrade-test-${names.length}-${Math.random().toString(36).slice(2)}`;
    names.push(name);
    return name;
  };
  const newerVersionOf = (name: string) => {
    const newer = new NssDatabase(name);
    newer.version(NEXT_VERSION).stores({ extraTable: 'id' });
    return newer;
  };

  beforeEach(() => clearStorageProblem());

  it("reports 'blocked' while an old tab does not let go, and resolves it once that tab closes", async () => {
    const name = freshName();
    const oldTab = new NssDatabase(name);
    oldTab.on('versionchange', () => false); // an old version of the app that ignores the request
    await oldTab.open();

    const newTab = newerVersionOf(name);
    const opening = openDatabase(newTab);
    await until(() => storageProblem()?.kind === 'blocked');
    expect(storageProblem()!.message).toContain('別のタブまたはウィンドウで古いバージョンのアプリが開かれている');
    expect(storageProblem()!.action).toBe('他のタブ・ウィンドウを閉じると自動的に続行します。');

    oldTab.close();
    await opening;
    expect(newTab.verno).toBe(NEXT_VERSION);
    expect(storageProblem()).toMatchObject({ kind: 'blocked', resolved: true });
    newTab.close();
  });

  it("closes this tab's connection and reports 'versionchange' when a newer version opens elsewhere", async () => {
    const name = freshName();
    const thisTab = new NssDatabase(name);
    await openDatabase(thisTab);

    const newerTab = newerVersionOf(name);
    await newerTab.open();

    expect(thisTab.isOpen()).toBe(false);
    expect(storageProblem()).toMatchObject({ kind: 'versionchange' });
    expect(storageProblem()!.action).toContain('再読み込み');
    newerTab.close();
  });
});
