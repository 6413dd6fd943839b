import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { setClockTo } from '../../src/center/clock';
import { submitApplication } from '../../src/center/submit';
import { canonicalJson } from '../../src/domain/records/canonical';
import { exportBundle, importBundle, readBundle, recordsInScope } from '../../src/sync/bundle';
import { db } from '../../src/store/db';
import { dexieDraftStore } from '../../src/store/drafts';
import { applyIncoming, readAllRecords } from '../../src/store/sync';
import { makeApplication, SETTING_PAYLOAD } from '../support/applications';
import { resetDatabase, seedDemo } from '../support/db';
import { TEST_CONTACT } from '../support/test-kinds';

const opts = { simulatedNow: Date.parse('2026-11-20T01:00:00Z'), random: () => 0.5 };

async function snapshot(): Promise<string> {
  const rows = await Promise.all(db.tables.map((t) => t.toArray()));
  return canonicalJson(rows.map((r) => r.map((x) => ({ ...x, blob: x.blob ? (x.blob as Blob).size : undefined }))));
}

async function classWork(): Promise<void> {
  await submitApplication({
    kind: 'system-setting',
    officeCode: 'NAC001',
    contact: TEST_CONTACT,
    payload: SETTING_PAYLOAD,
    desiredDate: '2026-12-01',
    attachments: [{ name: '調査票.xlsx', type: 'application/vnd.ms-excel', size: 5, blob: new Blob(['bytes']) }],
  });
  await dexieDraftStore.create({ officeCode: 'NAC002', kind: 'broker-id', state: { raw: { name: '保税' } } });
}

beforeEach(async () => {
  await resetDatabase();
  await seedDemo();
  await setClockTo('2026-11-20', 10, 0);
});

describe('the file bundle', () => {
  it('moves everything to an empty device: the same records, files included, and a report', async () => {
    await classWork();
    const before = await readAllRecords();
    const bytes = await exportBundle({ kind: 'all' });
    await resetDatabase();
    const result = await importBundle(bytes, opts);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.report).toMatchObject({ added: before.length, updated: 0, skipped: 0 });
    const after = await readAllRecords();
    expect(canonicalJson(after.map((r) => r.record).sort((a, b) => String(a.id ?? a.key).localeCompare(String(b.id ?? b.key))))).toBe(
      canonicalJson(before.map((r) => r.record).sort((a, b) => String(a.id ?? a.key).localeCompare(String(b.id ?? b.key)))),
    );
    const file = after.find((r) => r.table === 'attachments')!;
    expect(await file.blob!.text()).toBe('bytes');
    // importing the same file again changes nothing
    const again = await importBundle(bytes, opts);
    expect(again.ok && again.report).toMatchObject({ added: 0, updated: 0, skipped: before.length });
  });

  it("merges by the replication rules: this device's further status stays, a newer draft wins and the other becomes a 「競合したコピー」", async () => {
    await db.applications.put(makeApplication(1, { status: '受付', updatedAt: 10 }));
    await db.drafts.put({ id: 'd', officeCode: 'NAC001', kind: 'system-setting', createdAt: 1, state: { v: 'old' }, attachments: [], updatedAt: 10, rev: 1 });
    const bytes = await exportBundle({ kind: 'all' });
    await db.applications.put(makeApplication(1, { status: '審査終了', updatedAt: 5, confirmedDate: '2026-12-01' }));
    await db.drafts.put({ id: 'd', officeCode: 'NAC001', kind: 'system-setting', createdAt: 1, state: { v: 'mine' }, attachments: [], updatedAt: 5, rev: 2 });
    const result = await importBundle(bytes, opts);
    expect(result.ok).toBe(true);
    expect((await db.applications.get('app-1'))!.status).toBe('審査終了');
    const drafts = await db.drafts.where('officeCode').equals('NAC001').toArray();
    expect(drafts.find((d) => d.id === 'd')!.state).toEqual({ v: 'old' });
    expect(drafts.find((d) => d.conflictOf === 'd')!.state).toEqual({ v: 'mine' });
    expect(result.ok && result.report.conflictCopies).toBe(1);
  });

  it('an application whose 申込受付番号 another application holds here is renumbered, with a 進行状況 row and mails', async () => {
    await db.applications.put(makeApplication(1, { id: 'here', receiptNo: '2612001C' }));
    const theirs = makeApplication(2, { id: 'there', receiptNo: '2612001C' });
    await applyIncoming([{ key: 'applications:there', table: 'applications', record: theirs as never }], opts);
    const moved = (await db.applications.get('there'))!;
    expect(moved.receiptNo).not.toBe('2612001C');
    expect(moved.receiptNo).toMatch(/^26\d{5}C$/);
    expect(moved.history.at(-1)!.notice).toContain('「2612001C」');
    expect((await db.applications.get('here'))!.receiptNo).toBe('2612001C');
    const mails = (await db.mails.toArray()).filter((m) => m.receiptNo === moved.receiptNo);
    expect(mails.map((m) => m.subject)).toEqual(['【NSS】申込受付番号変更のお知らせ', '【NSS】申込受付番号変更のお知らせ']);
  });

  it("exports one office or a class's applications only", async () => {
    await classWork();
    const all = await readAllRecords();
    const office = recordsInScope(all, { kind: 'office', officeCode: 'NAC002' });
    expect(office.some((r) => r.table === 'offices' && r.record.id === 'NAC001')).toBe(false);
    expect(office.some((r) => r.table === 'drafts')).toBe(true);
    expect(office.some((r) => r.table === 'applications')).toBe(false);
    const apps = recordsInScope(all, { kind: 'applications' });
    expect(new Set(apps.map((r) => r.table))).toEqual(new Set(['applications', 'attachments', 'mails']));
  });

  it('a write that fails half-way leaves nothing', async () => {
    const before = await snapshot();
    const records = [makeApplication(1), makeApplication(2)].map((a) => ({ key: `applications:${a.id}`, table: 'applications' as const, record: a as never }));
    await expect(applyIncoming(records, { ...opts, alsoWrite: async () => { throw new Error('disk full'); } })).rejects.toThrow();
    expect(await snapshot()).toBe(before);
  });
});

// ---------------------------------------------------------------------------
// A corpus of corrupt and hostile files.

let seed = 12345;
const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const int = (n: number) => Math.floor(rnd() * n);
const pick = <T,>(xs: readonly T[]): T => xs[int(xs.length)];

type Files = Record<string, Uint8Array>;
const json = (files: Files, name: string) => JSON.parse(strFromU8(files[name]));
const withJson = (files: Files, name: string, value: unknown): Files => ({ ...files, [name]: strToU8(JSON.stringify(value)) });
const tableNames = (files: Files) => Object.keys(files).filter((n) => n.startsWith('records/'));

/** Fields that hold any JSON (a kind's payload, a wizard's state, a setting's value): every type is right there. */
const ANY_JSON = new Set(['payload', 'state', 'value']);

function mutateRecord(files: Files, change: (record: Record<string, unknown>, key: string) => void): Files {
  const name = pick(tableNames(files));
  const rows = json(files, name) as Record<string, unknown>[];
  const row = pick(rows);
  const key = pick(Object.keys(row).filter((k) => !ANY_JSON.has(k)));
  change(row, key);
  return withJson(files, name, rows);
}

const WRONG = [null, 42, 'text', [], {}, true, -1, 1e308, { $ne: 1 }];
const MARKUP = '<script>alert(1)</script><img src=x onerror="alert(2)">&lt;b&gt;';

function textPaths(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []) {
  if (typeof value === 'string') out.push(path);
  else if (value && typeof value === 'object') for (const [k, x] of Object.entries(value)) textPaths(x, [...path, Array.isArray(value) ? Number(k) : k], out);
  return out;
}

function setAt(target: unknown, path: (string | number)[], value: unknown) {
  let at = target as Record<string | number, unknown>;
  for (const p of path.slice(0, -1)) at = at[p] as Record<string | number, unknown>;
  at[path.at(-1)!] = value;
}

/** Free-text fields: markup there must be stored as the text it is. */
const FREE_TEXT = new Set(['note', 'subject', 'body', 'text', 'notice', 'item', 'lastName', 'firstName', 'department', 'title', 'name', 'companyName', 'officeName', 'address']);

type Case = { label: string; bytes: Uint8Array; accept?: boolean };

function corpus(valid: Uint8Array): Case[] {
  const files = unzipSync(valid) as Files;
  const zip = (f: Files) => zipSync(f);
  const cases: Case[] = [];
  for (let i = 0; i < 150; i++) cases.push({ label: 'truncated', bytes: valid.slice(0, int(valid.length - 1)) });
  for (let i = 0; i < 150; i++) {
    const bytes = valid.slice();
    for (let k = 0; k < 1 + int(8); k++) bytes[int(bytes.length)] = int(256);
    cases.push({ label: 'corrupted bytes', bytes });
  }
  for (let i = 0; i < 200; i++) {
    cases.push({ label: 'wrong type', bytes: zip(mutateRecord(files, (r, k) => { r[k] = pick(WRONG.filter((w) => typeof w !== typeof r[k])); })) });
  }
  for (let i = 0; i < 100; i++) {
    cases.push({
      label: 'huge string',
      bytes: zip(mutateRecord(files, (r) => { const paths = textPaths(r); setAt(r, pick(paths), 'あ'.repeat(20_001 + int(100_000))); })),
    });
  }
  for (let i = 0; i < 60; i++) cases.push({ label: 'future version', bytes: zip(withJson(files, 'manifest.json', { ...json(files, 'manifest.json'), schemaVersion: 2 + i })) });
  for (let i = 0; i < 100; i++) {
    const name = pick(tableNames(files));
    const rows = json(files, name) as unknown[];
    cases.push({ label: 'duplicate id', bytes: zip(withJson(files, name, [...rows, { ...(pick(rows) as object) }])) });
  }
  const structural: Files[] = [
    Object.fromEntries(Object.entries(files).filter(([n]) => n !== 'manifest.json')),
    { ...files, 'manifest.json': strToU8('{not json') },
    withJson(files, 'manifest.json', { format: 'something-else', schemaVersion: 1, exportedAt: 0 }),
    withJson(files, 'manifest.json', { ...json(files, 'manifest.json'), schemaVersion: 0 }),
    withJson(files, 'manifest.json', { ...json(files, 'manifest.json'), schemaVersion: '1' }),
    withJson(files, 'records/applications.json', { not: 'an array' }),
    { ...files, 'records/applications.json': strToU8('[{"id":') },
    { ...files, 'records/secrets.json': strToU8('[]') },
    { ...files, 'records/device.json': strToU8('[{"key":"session","value":{}}]') },
    { ...files, '../../evil.sh': strToU8('rm -rf /') },
    { ...files, 'files/nobody': strToU8('x') },
    withJson(files, 'records/applications.json', [{ __proto__: { polluted: true }, ...(json(files, 'records/applications.json')[0] as object), constructor: 1 }]),
    Object.fromEntries(Object.entries(files).filter(([n]) => !n.startsWith('files/'))),
    Object.fromEntries(Object.entries(files).map(([n, b]) => [n, n.startsWith('files/') ? b.slice(1) : b])),
    withJson(files, 'records/applications.json', json(files, 'records/applications.json').map((a: Record<string, unknown>) => ({ ...a, payload: JSON.parse('['.repeat(40) + ']'.repeat(40)) }))),
  ];
  for (let i = 0; i < 120; i++) cases.push({ label: `structural ${i % structural.length}`, bytes: zip(structural[i % structural.length]) });
  cases.push({ label: 'not a zip', bytes: strToU8('PK\u0003\u0004 hello') }, { label: 'empty', bytes: new Uint8Array() });
  for (let i = 0; i < 120; i++) {
    const marked = Object.fromEntries(
      Object.entries(files).map(([n, b]) => {
        if (!n.startsWith('records/')) return [n, b];
        const rows = JSON.parse(strFromU8(b)) as unknown[];
        for (const row of rows as Record<string, unknown>[]) {
          for (const path of textPaths(row)) if (FREE_TEXT.has(String(path.at(-1)))) setAt(row, path, `${MARKUP}${i}`);
          // a later write, so that this version wins the merge and is what the device keeps
          row.updatedAt = (row.updatedAt as number) + 1000 + i;
        }
        return [n, strToU8(JSON.stringify(rows))];
      }),
    );
    cases.push({ label: 'markup in every text field', bytes: zip(marked), accept: true });
  }
  return cases;
}

describe('a corpus of corrupt and hostile bundles', () => {
  it('over 1,000 files: each refused one says what is wrong and writes nothing; markup is stored as plain text', async () => {
    await classWork();
    const valid = await exportBundle({ kind: 'all' });
    await resetDatabase();
    await seedDemo();
    await db.applications.put(makeApplication(7, { id: 'local-only' }));
    const cases = corpus(valid);
    expect(cases.length).toBeGreaterThanOrEqual(1000);
    let refused = 0;
    let partial = 0;
    let before = await snapshot();
    for (const c of cases) {
      const result = await importBundle(c.bytes, opts);
      if (result.ok) before = await snapshot();
      if (c.accept) {
        expect(result.ok ? "ok" : result.problems.join("\n"), c.label).toBe("ok");
        continue;
      }
      if (result.ok) {
        // a flipped byte can land where it changes nothing that matters; then the import is whole
        expect(c.label).toBe('corrupted bytes');
        continue;
      }
      refused++;
      expect(result.problems.length, c.label).toBeGreaterThan(0);
      expect(result.problems.every((p) => typeof p === 'string' && p.length > 0 && p.length < 400)).toBe(true);
      if ((await snapshot()) !== before) partial++;
    }
    expect(partial).toBe(0);
    expect(refused).toBeGreaterThan(850);
    const marked = (await db.mails.toArray()).find((m) => m.subject.startsWith('<script>'));
    expect(marked?.subject).toMatch(/^<script>alert\(1\)<\/script><img src=x onerror="alert\(2\)">&lt;b&gt;\d+$/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 120_000);

  it('names the problem of a future version, a truncated file and a wrong field', async () => {
    await classWork();
    const valid = await exportBundle({ kind: 'all' });
    const files = unzipSync(valid) as Files;
    const future = readBundle(zipSync(withJson(files, 'manifest.json', { ...json(files, 'manifest.json'), schemaVersion: 9 })));
    expect(future).toEqual({ ok: false, problems: [expect.stringContaining('新しいバージョンのアプリで書き出されたファイルです（形式 9')] });
    expect(readBundle(valid.slice(0, 100))).toEqual({ ok: false, problems: [expect.stringContaining('壊れているか、途中で切れています')] });
    const apps = json(files, 'records/applications.json');
    apps[0].status = '承認済み';
    const wrong = readBundle(zipSync(withJson(files, 'records/applications.json', apps)));
    expect(wrong.ok === false && wrong.problems[0]).toBe('records/applications.json の1件目が正しくありません（status の値が正しくありません（"承認済み"））。');
  });
});
