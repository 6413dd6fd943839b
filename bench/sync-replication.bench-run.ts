// Replicates N applications (default 10,000) with their office contract, 新着情報
// and mails to the local CouchDB-protocol server (npm run sync-server's
// express-pouchdb, in memory) and back to a second, empty device, with our
// replicator; then the same documents with PouchDB's own replicate() (memory
// adapter → the same server → memory adapter), in the same run.
//
//   npm run bench:sync                  # 10,000 applications
//   BENCH_APPS=2000 npm run bench:sync  # a quicker run
//
// Our side reads and writes IndexedDB (fake-indexeddb in Node, slower than a
// browser's); PouchDB's local side is its in-memory adapter. Figures go to
// docs/performance.md; nothing here asserts a timing.
import PouchDB from 'pouchdb-core';
import http from 'pouchdb-adapter-http';
import memory from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';
import { it } from 'vitest';
import { startSyncServer } from '../scripts/sync-server.mjs';
import type { Application } from '../src/domain/application';
import type { Mail } from '../src/domain/mail';
import type { Notice } from '../src/domain/notice';
import { CouchClient } from '../src/sync/couch/client';
import { toCouchDoc } from '../src/sync/couch/docs';
import { CouchReplicator } from '../src/sync/couch/replicator';
import { db } from '../src/store/db';
import { readAllRecords } from '../src/store/sync';
import { demoOffices, demoTerminals, demoUserCodes, demoUserIds } from '../src/store/demo/data';
import { makeApplication } from '../test/support/applications';
import { useDevice, leaveDevices } from '../test/support/devices';

// scripts/sync-server.mjs has already plugged these into the same pouchdb-core
if (typeof (PouchDB as { replicate?: unknown }).replicate !== 'function') PouchDB.plugin(memory).plugin(http).plugin(replication);

const APPS = Number(process.env.BENCH_APPS ?? 10_000);
const HASH = { algorithm: 'PBKDF2-SHA256' as const, iterations: 1, salt: 'c2FsdA==', hash: 'aGFzaA==' };

function records(n: number) {
  const t = Date.now() - 60_000;
  const apps: Application[] = [];
  const notices: Notice[] = [];
  const mails: Mail[] = [];
  for (let i = 0; i < n; i++) {
    const app = makeApplication(i, {
      id: `bench-app-${i}`,
      receiptNo: `26${String(Math.floor(i / 999)).padStart(2, '0')}${String((i % 999) + 1).padStart(3, '0')}C`,
      status: '審査終了',
      confirmedDate: '2026-12-01',
      reviewEndedAt: t,
      updatedAt: t + i,
    });
    apps.push(app);
    notices.push({ id: `bench-notice-${i}`, officeCode: 'NAC001', at: t, category: 'システム設定', receiptNo: app.receiptNo, applicationId: app.id, text: 'システム設定申込の内容確認が完了しました。', updatedAt: t + i, rev: 1 });
    for (const role of ['申込担当者', '管理責任者'] as const) {
      mails.push({ id: `bench-mail-${i}-${role}`, to: 'taro@example.com', role, officeCode: 'NAC001', at: t, subject: '【NSS】システム設定申込確認完了のお知らせ', body: 'システム設定申込内容の確認が完了しました。\n'.repeat(12), applicationId: app.id, receiptNo: app.receiptNo, read: false, updatedAt: t + i, rev: 1 });
    }
  }
  const stamp = <T extends { updatedAt: number }>(rows: T[]) => rows.map((r) => ({ ...r, updatedAt: t }));
  return { apps, notices, mails, offices: stamp(demoOffices(HASH, HASH)), userCodes: stamp(demoUserCodes()), userIds: stamp(demoUserIds()), terminals: stamp(demoTerminals()) };
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);

it(`replicates ${APPS} applications with contracts, notices and mails, beside PouchDB's replicate()`, async () => {
  const server = await startSyncServer({ port: 0 });
  try {
    const data = records(APPS);
    await useDevice('bench-source');
    await db.transaction('rw', db.tables, async () => {
      await db.applications.bulkPut(data.apps);
      await db.notices.bulkPut(data.notices);
      await db.mails.bulkPut(data.mails);
      await db.offices.bulkPut(data.offices);
      await db.userCodes.bulkPut(data.userCodes);
      await db.userIds.bulkPut(data.userIds);
      await db.terminals.bulkPut(data.terminals);
    });
    const all = await readAllRecords();
    const docCount = all.length;

    // Ours: push from one device, pull into an empty one.
    // time spent in HTTP (request to response body), to tell it from local storage work
    let httpMs = 0;
    const timedFetch = async (input: string, init?: RequestInit) => {
      const start = performance.now();
      const res = await fetch(input, init);
      const body = await res.arrayBuffer();
      httpMs += performance.now() - start;
      return new Response(body, { status: res.status, headers: res.headers });
    };
    const client = new CouchClient({ url: server.url, db: 'ours', auth: { kind: 'none' } }, timedFetch);
    const replicator = (device: string) => new CouchReplicator({ client, deviceId: device, simulatedNow: () => Date.now(), random: Math.random });
    let t0 = performance.now();
    const pushed = await replicator('bench-source').push();
    const oursPush = performance.now() - t0;
    const pushHttp = httpMs;
    await useDevice('bench-target');
    t0 = performance.now();
    const pulled = await replicator('bench-target').pull();
    const oursPull = performance.now() - t0;
    const pullHttp = httpMs - pushHttp;
    const arrived = await db.applications.count();

    // PouchDB: the same documents, memory → server → memory.
    const docs = await Promise.all(all.map(async (r) => {
      const { _revisions, ...doc } = await toCouchDoc(r);
      return doc;
    }));
    const source = new PouchDB(`bench-src-${Date.now()}`, { adapter: 'memory' });
    await source.bulkDocs(docs as never, { new_edits: false });
    const remote = new PouchDB(`${server.url}/theirs`);
    t0 = performance.now();
    const theirPushResult = await PouchDB.replicate(source, remote, { batch_size: 100 });
    const theirsPush = performance.now() - t0;
    const target = new PouchDB(`bench-dst-${Date.now()}`, { adapter: 'memory' });
    t0 = performance.now();
    const theirPullResult = await PouchDB.replicate(remote, target, { batch_size: 100 });
    const theirsPull = performance.now() - t0;

    const rows = [
      ['ours (Dexie on fake-indexeddb)', pushed.sent, seconds(oursPush), pulled.received, seconds(oursPull), seconds(oursPush + oursPull)],
      ['PouchDB replicate() (memory adapter)', theirPushResult.docs_written, seconds(theirsPush), theirPullResult.docs_written, seconds(theirsPull), seconds(theirsPush + theirsPull)],
    ];
    console.log(`\n${APPS} applications = ${docCount} documents (applications, notices, mails, offices, 利用者コード, 利用者ID, terminals); batch 100; ${arrived} applications arrived\n`);
    console.log('| replicator | pushed | push s | pulled | pull s | total s |');
    console.log('| --- | --- | --- | --- | --- | --- |');
    for (const r of rows) console.log(`| ${r.join(' | ')} |`);
    console.log(`\nours: HTTP ${seconds(pushHttp)} s of the push and ${seconds(pullHttp)} s of the pull; the rest is IndexedDB work and merging`);
    await source.destroy();
    await target.destroy();
  } finally {
    await server.close();
    await leaveDevices();
  }
});
