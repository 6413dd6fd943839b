import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setSyncConfig, DEFAULT_SYNC_CONFIG, type SyncConfig } from '../../src/sync/config';
import { nextBackoff, MAX_BACKOFF_MS, SyncService, startSync, type Network } from '../../src/sync/service';
import { setSyncStatus, syncStatus } from '../../src/sync/status';
import { db } from '../../src/store/db';
import { makeApplication } from '../support/applications';
import { leaveDevices, useDevice } from '../support/devices';
import { FakeCouch } from '../support/fake-couch';

const DB = 'class-1';

function fakeNetwork(): Network & { set(online: boolean): void } {
  let online = true;
  const listeners = new Set<(on: boolean) => void>();
  return {
    online: () => online,
    watch(changed) {
      listeners.add(changed);
      return () => listeners.delete(changed);
    },
    set(next) {
      online = next;
      listeners.forEach((l) => l(next));
    },
  };
}

const config = (extra: Partial<SyncConfig> = {}): SyncConfig => ({ ...DEFAULT_SYNC_CONFIG, adapter: 'couchdb', url: 'http://couch.test', db: DB, ...extra });

beforeEach(async () => {
  await useDevice('A');
  setSyncStatus({ kind: 'off' });
});
afterEach(async () => {
  await leaveDevices();
});

describe('the sync service', () => {
  it('backs off at random, roughly doubling, never past 10 minutes', () => {
    let wait = 0;
    const waits: number[] = [];
    for (let i = 0; i < 20; i++) waits.push((wait = nextBackoff(wait, () => 0.5)));
    expect(waits[0]).toBe(2_000);
    expect(waits[1]).toBe(4_000);
    expect(waits.at(-1)).toBe(MAX_BACKOFF_MS);
    expect(waits.every((w, i) => i === 0 || w >= waits[i - 1])).toBe(true);
  });

  it('in live mode sends a local change by itself, pauses offline and resumes on reconnection', async () => {
    const server = new FakeCouch();
    const network = fakeNetwork();
    const service = new SyncService(config({ live: true }), { fetch: server.fetch, network });
    service.start();
    await vi.waitFor(() => expect(syncStatus().kind).toBe('synced'), { timeout: 5_000 });

    await db.applications.put({ ...makeApplication(1, { id: 'live-1' }), updatedAt: Date.now() });
    await vi.waitFor(() => expect(server.winners(DB).has('applications:live-1')).toBe(true), { timeout: 5_000 });

    network.set(false);
    await vi.waitFor(() => expect(syncStatus().kind).toBe('offline'), { timeout: 5_000 });
    await db.applications.put({ ...makeApplication(2, { id: 'offline-1' }), updatedAt: Date.now() });
    await vi.waitFor(() => expect(syncStatus()).toEqual({ kind: 'offline', pending: 1 }), { timeout: 5_000 });
    expect(server.winners(DB).has('applications:offline-1')).toBe(false);

    network.set(true);
    await vi.waitFor(() => expect(server.winners(DB).has('applications:offline-1')).toBe(true), { timeout: 5_000 });
    await vi.waitFor(() => expect(syncStatus().kind).toBe('synced'), { timeout: 5_000 });
    service.stop();
    await service.ended();
  });

  it('in live mode receives what another device sends while it waits (longpoll)', async () => {
    const server = new FakeCouch();
    const a = new SyncService(config({ live: true }), { fetch: server.fetch, network: fakeNetwork() });
    a.start();
    await a.syncNow();
    // another device writes straight to the server
    const other = makeApplication(3, { id: 'from-b' });
    await server.fetch(`${server.url}/${DB}/_bulk_docs`, {
      method: 'POST',
      body: JSON.stringify({ new_edits: false, docs: [{ _id: 'applications:from-b', _rev: '1-abc', nss: 1, table: 'applications', record: other }] }),
    });
    await vi.waitFor(async () => expect((await db.applications.get('from-b'))?.receiptNo).toBe(other.receiptNo), { timeout: 5_000 });
    a.stop();
    await a.ended();
  });

  it('shows an error with its reason and tries again after the back-off', async () => {
    let up = false;
    const server = new FakeCouch();
    const fetch = async (input: string, init?: RequestInit) => {
      if (!up) throw new TypeError('connection refused');
      return server.fetch(input, init);
    };
    const service = new SyncService(config({ live: false }), { fetch, network: fakeNetwork() });
    service.start();
    await vi.waitFor(() => expect(syncStatus()).toMatchObject({ kind: 'error', reason: 'サーバーに接続できません。ネットワークとサーバーのURLを確認してください。' }), { timeout: 5_000 });
    up = true;
    await service.syncNow();
    expect(syncStatus().kind).toBe('synced');
    service.stop();
    await service.ended();
  });

  it('a 研修生 device never runs the center; only one センター per database: the second is told who holds it', async () => {
    const server = new FakeCouch();
    const enabled: boolean[] = [];
    await setSyncConfig(config({ role: 'trainee', live: false }));
    await startSync({ fetch: server.fetch, network: fakeNetwork(), setCenterEnabled: (on) => enabled.push(on) });
    expect(enabled.at(-1)).toBe(false);

    const first = new SyncService(config({ role: 'center', deviceLabel: '講師用PC', live: false }), { fetch: server.fetch, network: fakeNetwork(), setCenterEnabled: (on) => enabled.push(on) });
    first.start();
    await first.syncNow();
    expect(enabled.at(-1)).toBe(true);
    first.stop();
    await first.ended();

    await useDevice('B');
    const second = new SyncService(config({ role: 'center', deviceLabel: '予備PC', live: false }), { fetch: server.fetch, network: fakeNetwork(), setCenterEnabled: (on) => enabled.push(on) });
    second.start();
    await second.syncNow();
    expect(enabled.at(-1)).toBe(false);
    expect(server.winners(DB).get('nss-center')).toMatchObject({ deviceLabel: '講師用PC' });
    second.stop();
    await second.ended();
  });

  it('claims a receipt slot on first contact and moves to a free one when another device holds it', async () => {
    const server = new FakeCouch();
    await db.device.put({ key: 'receiptCounter', value: { slot: 12, heldSlots: [12], last: {} } });
    const a = new SyncService(config({ live: false }), { fetch: server.fetch, network: fakeNetwork() });
    a.start();
    await a.syncNow();
    a.stop();
    await useDevice('B');
    await db.device.put({ key: 'receiptCounter', value: { slot: 12, heldSlots: [12], last: {} } });
    const b = new SyncService(config({ live: false }), { fetch: server.fetch, network: fakeNetwork() });
    b.start();
    await b.syncNow();
    b.stop();
    const state = (await db.device.get('receiptCounter'))!.value as { slot: number; heldSlots: number[] };
    expect(state.slot).not.toBe(12);
    expect(state.heldSlots).toEqual([12, state.slot]);
    expect(server.winners(DB).get(`receipt-slot-${String(state.slot).padStart(2, '0')}`)).toBeDefined();
    expect(server.winners(DB).get('receipt-slot-12')).toBeDefined();
  });
});
