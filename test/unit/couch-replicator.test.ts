import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Application, ApplicationStatus } from '../../src/domain/application';
import type { Draft } from '../../src/domain/draft';
import { canonicalJson } from '../../src/domain/records/canonical';
import { TRANSITIONS } from '../../src/domain/review';
import { SyncError } from '../../src/sync/adapter';
import { CouchClient, type CouchAuth } from '../../src/sync/couch/client';
import { agreedPosition } from '../../src/sync/couch/checkpoint';
import { CouchReplicator, heldBack } from '../../src/sync/couch/replicator';
import { db } from '../../src/store/db';
import { touched } from '../../src/store/record';
import { makeApplication } from '../support/applications';
import { leaveDevices, useDevice } from '../support/devices';
import { FakeCouch, faultyFetch } from '../support/fake-couch';

const DB = 'class-1';
const SIM_NOW = Date.parse('2026-11-20T01:00:00Z');

function replicator(server: FakeCouch, device: string, opts: { fetch?: typeof server.fetch; batchSize?: number; auth?: CouchAuth; skipped?: string[] } = {}) {
  const client = new CouchClient({ url: server.url, db: DB, auth: opts.auth ?? { kind: 'none' } }, opts.fetch ?? server.fetch);
  return new CouchReplicator({
    client,
    deviceId: device,
    batchSize: opts.batchSize,
    simulatedNow: () => SIM_NOW,
    random: () => 0.37,
    onSkipped: (key, reason) => opts.skipped?.push(`${key}: ${reason}`),
  });
}

async function sync(server: FakeCouch, device: string, opts: Parameters<typeof replicator>[2] = {}) {
  await useDevice(device);
  const r = replicator(server, device, opts);
  await r.pull();
  await r.push();
}

/** Everything a device holds in its synced tables, attachments by their bytes. */
async function holdings(device: string): Promise<string> {
  await useDevice(device);
  const out: Record<string, unknown[]> = {};
  for (const t of ['applications', 'drafts', 'mails', 'attachments', 'offices', 'settings']) {
    const rows = await db.table(t).toArray();
    out[t] = await Promise.all(
      rows
        .sort((a, b) => String(a.id ?? a.key).localeCompare(String(b.id ?? b.key)))
        .map(async (r) => (r.blob ? { ...r, blob: await (r.blob as Blob).text() } : r)),
    );
  }
  return canonicalJson(out);
}

const app = (id: string, receiptNo: string, extra: Partial<Application> = {}) => makeApplication(1, { id, receiptNo, updatedAt: 1_000, ...extra });

beforeEach(async () => {
  await useDevice('A');
});

afterEach(async () => {
  await leaveDevices();
});

describe('checkpoints', () => {
  const doc = (session: string, seq: unknown, history: [string, unknown][]) =>
    ({ session_id: session, last_seq: seq, history: history.map(([session_id, last_seq]) => ({ session_id, last_seq })), replicator: 'nss-simulator', version: 1 }) as const;

  it('trust the same session on both sides, else the newest session both histories share, else start over', () => {
    expect(agreedPosition(doc('s2', '9-x', [['s2', '9-x'], ['s1', '5-x']]), doc('s2', '9-x', [['s2', '9-x']]))).toBe('9-x');
    // the server's write of s3 went through, this device's did not
    expect(agreedPosition(doc('s2', '9-x', [['s2', '9-x'], ['s1', '5-x']]), doc('s3', '12-x', [['s3', '12-x'], ['s2', '9-x']]))).toBe('9-x');
    expect(agreedPosition(doc('s2', '9-x', [['s2', '9-x']]), doc('s7', '1-x', [['s7', '1-x']]))).toBeNull();
    expect(agreedPosition(undefined, doc('s7', '1-x', [['s7', '1-x']]))).toBeNull();
  });

  it('the push position never passes the horizon behind this device clock', () => {
    expect(heldBack({ updatedAt: 50, key: 'k' }, 100)).toEqual({ updatedAt: 50, key: 'k' });
    expect(heldBack({ updatedAt: 500, key: 'k' }, 100)).toEqual({ updatedAt: 100, key: '' });
  });
});

describe('CouchDB replication against a fake of the protocol', () => {
  it('pushes a filed application with its file and pulls it on another device; checkpoints on both sides; nothing re-fetched', async () => {
    const server = new FakeCouch();
    await db.applications.put(app('a1', '2612001C'));
    await db.attachments.put({ id: 'f1', ownerId: 'a1', name: '調査票.xlsx', type: 'application/vnd.ms-excel', size: 5, blob: new Blob(['bytes']), updatedAt: 1_000, rev: 1 });
    await db.settings.put({ key: 'clock', value: { offsetMs: 86_400_000 }, updatedAt: 5 });
    await sync(server, 'A');
    expect(server.winners(DB).get('applications:a1')).toMatchObject({ nss: 1, table: 'applications' });

    await sync(server, 'B');
    expect((await db.applications.get('a1'))?.receiptNo).toBe('2612001C');
    expect(await (await db.attachments.get('f1'))!.blob.text()).toBe('bytes');
    expect((await db.settings.get('clock'))?.value).toEqual({ offsetMs: 86_400_000 });
    expect([...(server.dbs.get(DB)!.local.keys())]).toHaveLength(4);

    const bulkGets = server.served._bulk_get;
    await sync(server, 'B');
    expect(server.served._bulk_get ?? 0).toBe(bulkGets);
    expect(await holdings('A')).toBe(await holdings('B'));
  });

  it('resumes after a cut without re-sending what the server confirmed', async () => {
    const server = new FakeCouch();
    await db.applications.bulkPut(Array.from({ length: 250 }, (_, i) => app(`a${i}`, `2612${String(i + 1).padStart(3, '0')}C`, { updatedAt: 1_000 + i })));
    let posted = 0;
    let bulkCalls = 0;
    const counting = async (input: string, init?: RequestInit) => {
      if (input.includes('/_bulk_docs')) {
        bulkCalls++;
        if (bulkCalls === 3) throw new TypeError('network cut');
        posted += JSON.parse(init!.body as string).docs.length;
      }
      return server.fetch(input, init);
    };
    const r = replicator(server, 'A', { fetch: counting, batchSize: 100 });
    await expect(r.push()).rejects.toBeInstanceOf(SyncError);
    expect(posted).toBe(200);
    await r.push();
    expect(posted).toBe(250);
    expect(server.winners(DB).size).toBe(250);
  });

  it('two devices change one draft offline: every replica keeps the later one and a 「競合したコピー」; the server has one live leaf', async () => {
    const server = new FakeCouch();
    const draft: Draft = { id: 'd1', officeCode: 'NAC001', kind: 'system-setting', createdAt: 1, state: { raw: { name: 'start' } }, attachments: [], updatedAt: 100, rev: 1 };
    await db.drafts.put(draft);
    await sync(server, 'A');
    await sync(server, 'B');
    await db.drafts.put({ ...draft, state: { raw: { name: 'B' } }, updatedAt: 300, rev: 2 });
    await useDevice('A');
    await db.drafts.put({ ...draft, state: { raw: { name: 'A' } }, updatedAt: 200, rev: 2 });
    await sync(server, 'A');
    await sync(server, 'B');
    await sync(server, 'A');
    for (const device of ['A', 'B']) {
      await useDevice(device);
      expect((await db.drafts.get('d1'))!.state).toEqual({ raw: { name: 'B' } });
      const copies = (await db.drafts.toArray()).filter((d) => d.conflictOf === 'd1');
      expect(copies.map((c) => c.state)).toEqual([{ raw: { name: 'A' } }]);
    }
    expect(await holdings('A')).toBe(await holdings('B'));
    for (const [id, leaves] of server.leavesOf(DB)) expect(leaves.filter((l) => !l.deleted).length, id).toBe(1);
  });

  it('a device that receives later versions of a draft takes them as they are: no 「競合したコピー」 of versions it merely saw', async () => {
    const server = new FakeCouch();
    const draft: Draft = { id: 'd1', officeCode: 'NAC001', kind: 'system-setting', createdAt: 1, state: { step: 1 }, attachments: [], updatedAt: 100, rev: 1 };
    await db.drafts.put(draft);
    await sync(server, 'A');
    await sync(server, 'B');
    for (const step of [2, 3, 4]) {
      await useDevice('A');
      await db.drafts.put({ ...draft, state: { step }, updatedAt: 100 + step, rev: step });
      await sync(server, 'A');
      await sync(server, 'B');
    }
    expect((await db.drafts.toArray()).map((d) => [d.id, d.state])).toEqual([['d1', { step: 4 }]]);
    await useDevice('A');
    expect(await db.drafts.count()).toBe(1);
  });

  it('two devices that issued the same 申込受付番号 end with both applications under different numbers, the same on both', async () => {
    const server = new FakeCouch();
    await db.applications.put(app('early', '2612001C', { submittedAt: 1, lastSubmittedAt: 1 }));
    await useDevice('B');
    await db.applications.put(app('late', '2612001C', { submittedAt: 2, lastSubmittedAt: 2 }));
    await sync(server, 'A');
    await sync(server, 'B');
    await sync(server, 'A');
    for (const device of ['A', 'B']) {
      await useDevice(device);
      expect((await db.applications.get('early'))!.receiptNo).toBe('2612001C');
      const late = (await db.applications.get('late'))!;
      expect(late.receiptNo).not.toBe('2612001C');
      expect(late.history.at(-1)!.item).toBe('申込受付番号変更');
    }
    expect(await holdings('A')).toBe(await holdings('B'));
  });

  it('a deletion made on the server is a deletion here (tombstones are a normal case), never undone by a later push', async () => {
    const server = new FakeCouch();
    await db.applications.put(app('a1', '2612001C'));
    await sync(server, 'A');
    const live = server.winners(DB).get('applications:a1')!;
    await server.fetch(`${server.url}/${DB}/_bulk_docs`, {
      method: 'POST',
      body: JSON.stringify({ new_edits: false, docs: [{ _id: 'applications:a1', _rev: `2-deadbeef`, _deleted: true, _revisions: { start: 2, ids: ['deadbeef', String(live._rev).split('-')[1]] } }] }),
    });
    await sync(server, 'A');
    expect((await db.applications.get('a1'))!.deleted).toBe(1);
    await sync(server, 'B');
    expect((await db.applications.get('a1'))!.deleted).toBe(1);
  });

  it('a record written by a newer app version is skipped with a reason and left alone', async () => {
    const server = new FakeCouch();
    await db.applications.put(app('a1', '2612001C'));
    await sync(server, 'A');
    await server.fetch(`${server.url}/${DB}/_bulk_docs`, {
      method: 'POST',
      body: JSON.stringify({ new_edits: false, docs: [{ _id: 'applications:a2', _rev: '1-future', nss: 99, table: 'applications', record: { shape: 'new' } }] }),
    });
    const skipped: string[] = [];
    await sync(server, 'B', { skipped });
    expect(skipped).toEqual([expect.stringContaining('applications:a2: 新しいバージョンのアプリが書いた記録')]);
    expect(await db.applications.get('a2')).toBeUndefined();
    expect(server.winners(DB).get('applications:a2')).toMatchObject({ nss: 99 });
  });

  it('basic and cookie auth: a wrong password is a clear error, the right one syncs', async () => {
    const server = new FakeCouch();
    server.users = { trainer: 'secret' };
    await server.fetch(`${server.url}/${DB}`, { method: 'PUT', headers: { Authorization: `Basic ${btoa('trainer:secret')}` } });
    await db.applications.put(app('a1', '2612001C'));
    const wrong = replicator(server, 'A', { auth: { kind: 'basic', user: 'trainer', password: 'nope' } });
    await expect(wrong.push()).rejects.toMatchObject({ kind: 'auth', message: 'サーバーにログインできません。ユーザー名とパスワードを確認してください。' });
    await replicator(server, 'A', { auth: { kind: 'basic', user: 'trainer', password: 'secret' } }).push();
    await useDevice('B');
    await replicator(server, 'B', { auth: { kind: 'cookie', user: 'trainer', password: 'secret' } }).pull();
    expect((await db.applications.get('a1'))?.receiptNo).toBe('2612001C');
  });
});

// ---------------------------------------------------------------------------
// Random runs with faults injected at every request.

function prng(seed: number) {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

/** Device B's clock runs five minutes ahead of A's. */
const skewOf = (device: string) => (device.startsWith('B') ? 300_000 : 0);

async function randomWork(device: string, rnd: () => number, created: Set<string>, step: number) {
  await useDevice(device);
  const int = (n: number) => Math.floor(rnd() * n);
  const op = int(6);
  const now = Date.now() + skewOf(device);
  if (op === 0 || created.size === 0) {
    const id = `${device}-app-${step}`;
    const taken = new Set((await db.applications.toArray()).map((a) => a.receiptNo));
    let serial = 1 + int(4);
    while (taken.has(`2612${String(serial).padStart(3, '0')}C`)) serial++;
    await db.applications.put({ ...touched(app(id, `2612${String(serial).padStart(3, '0')}C`, { submittedAt: now, lastSubmittedAt: now })), updatedAt: now });
    created.add(id);
    return;
  }
  if (op === 1) {
    const apps = (await db.applications.toArray()).filter((a) => !a.deleted);
    const a = apps[int(apps.length)];
    const steps = a && TRANSITIONS[a.status];
    if (a && steps.length) {
      const to: ApplicationStatus = steps[int(steps.length)];
      const next = { ...a, status: to, history: [...a.history, { item: to, at: now, notice: '', status: to }], submissions: a.submissions + (a.status === '確認依頼' && to === '内容確認中' ? 1 : 0) };
      await db.applications.put({ ...touched(next, a), updatedAt: now });
    }
    return;
  }
  if (op === 2 || op === 3) {
    const id = `draft-${int(3)}`;
    const current = await db.drafts.get(id);
    if (current?.deleted) return;
    const base: Draft = current ?? { id, officeCode: 'NAC001', kind: 'broker-id', createdAt: now, state: {}, attachments: [], updatedAt: 0, rev: 0 };
    await db.drafts.put({ ...touched({ ...base, state: { raw: { text: `${device}-${step}` } } }, current), updatedAt: now });
    return;
  }
  if (op === 4) {
    const drafts = (await db.drafts.toArray()).filter((d) => !d.deleted);
    const d = drafts[int(drafts.length)];
    if (d) await db.drafts.put({ ...touched({ ...d, deleted: 1 }, d), updatedAt: now });
    return;
  }
  const id = `${device}-file-${step}`;
  await db.attachments.put({ id, ownerId: 'x', name: `${id}.txt`, type: 'text/plain', size: id.length, blob: new Blob([id]), updatedAt: now, rev: 1 });
}

describe('random runs with faults at every request', () => {
  it('over 100 runs the two devices converge: no application lost, none duplicated, one live leaf per document', async () => {
    let faults = 0;
    let failedRuns = 0;
    for (let run = 0; run < 100; run++) {
      const rnd = prng(run + 1);
      const server = new FakeCouch();
      const flaky = faultyFetch(server.fetch, rnd, 0.15);
      const created = new Set<string>();
      const devices = [`A${run}`, `B${run}`];
      for (let step = 0; step < 12; step++) {
        const device = devices[Math.floor(rnd() * 2)];
        await randomWork(device, rnd, created, step);
        if (rnd() < 0.5) {
          try {
            await sync(server, device, { fetch: flaky, batchSize: 1 + Math.floor(rnd() * 4) });
          } catch (err) {
            if (!(err instanceof SyncError)) throw err;
            failedRuns++;
          }
        }
      }
      faults += Object.values(flaky.seen).reduce((a, b) => a + b, 0);
      // then the network heals
      for (let round = 0; round < 3; round++) for (const device of devices) await sync(server, device);
      const [a, b] = [await holdings(devices[0]), await holdings(devices[1])];
      expect(a, `run ${run}`).toBe(b);
      await useDevice(devices[0]);
      const apps = (await db.applications.toArray()).map((x) => x.id).sort();
      expect(apps, `run ${run}`).toEqual([...created].sort());
      const numbers = (await db.applications.toArray()).map((x) => x.receiptNo);
      expect(new Set(numbers).size, `run ${run}`).toBe(numbers.length);
      for (const [id, leaves] of server.leavesOf(DB)) expect(leaves.filter((l) => !l.deleted).length, `run ${run} ${id}`).toBe(1);
    }
    expect(faults).toBeGreaterThan(100);
    expect(failedRuns).toBeGreaterThan(20);
  }, 300_000);
});
