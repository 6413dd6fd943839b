#!/usr/bin/env node
// A CouchDB-protocol server for a class or for tests: express-pouchdb over an
// in-memory PouchDB (pure JavaScript, no native modules), on 127.0.0.1.
// Everything it holds is lost when it stops; a class that needs its data to
// survive runs Apache CouchDB instead (docs/sync.md).
//
//   npm run sync-server                      # http://127.0.0.1:5984
//   npm run sync-server -- --port 6984 --user trainer --password secret
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import expressPouchDB from 'express-pouchdb';
import PouchDB from 'pouchdb-core';
import http from 'pouchdb-adapter-http';
import memory from 'pouchdb-adapter-memory';
import mapreduce from 'pouchdb-mapreduce';
import replication from 'pouchdb-replication';

PouchDB.plugin(memory).plugin(http).plugin(mapreduce).plugin(replication);

/** Basic auth, or a session cookie from POST /_session, when a user is set. */
function authGate(user, password) {
  const sessions = new Set();
  const cookieOf = (req) => /(?:^|;\s*)AuthSession=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
  return (req, res) => {
    if (!user) return true;
    if (req.url.startsWith('/_session') && req.method === 'POST') {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        let creds = {};
        try {
          creds = JSON.parse(body);
        } catch {
          /* refused below */
        }
        if (creds.name === user && creds.password === password) {
          const token = randomBytes(16).toString('hex');
          sessions.add(token);
          res.writeHead(200, { 'Content-Type': 'application/json', 'Set-Cookie': `AuthSession=${token}; Path=/; HttpOnly; SameSite=Lax` });
          res.end(JSON.stringify({ ok: true, name: user, roles: [] }));
        } else {
          res.writeHead(401, { 'Content-Type': 'application/json' });
          res.end(JSON.stringify({ error: 'unauthorized', reason: 'Name or password is incorrect.' }));
        }
      });
      return false;
    }
    const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (basic && Buffer.from(basic, 'base64').toString() === `${user}:${password}`) return true;
    if (sessions.has(cookieOf(req))) return true;
    res.writeHead(401, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ error: 'unauthorized', reason: 'You are not authorized to access this db.' }));
    return false;
  };
}

/** Lets the app, served from another port, call the server with its credentials. */
function cors(req, res) {
  const origin = req.headers.origin;
  if (origin) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Vary', 'Origin');
  }
  if (req.method !== 'OPTIONS') return false;
  res.setHeader('Access-Control-Allow-Methods', 'GET, PUT, POST, DELETE, HEAD, OPTIONS');
  res.setHeader('Access-Control-Allow-Headers', req.headers['access-control-request-headers'] ?? 'Content-Type, Authorization, Accept');
  res.setHeader('Access-Control-Max-Age', '600');
  res.writeHead(204);
  res.end();
  return true;
}

/** Starts the server; resolves with its URL and a close function. */
export async function startSyncServer({ port = 5984, host = '127.0.0.1', user, password } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'nss-sync-server-'));
  const MemoryPouch = PouchDB.defaults({ adapter: 'memory', prefix: join(dir, '/') });
  const app = expressPouchDB(MemoryPouch, { mode: 'minimumForPouchDB', inMemoryConfig: true, logPath: join(dir, 'log.txt') });
  const gate = authGate(user, password);
  const server = createServer((req, res) => {
    if (cors(req, res)) return;
    if (!gate(req, res)) return;
    app(req, res);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const url = `http://${host}:${address.port}`;
  return {
    url,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

function arg(name) {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(arg('port') ?? process.env.PORT ?? 5984);
  const user = arg('user') ?? process.env.SYNC_USER;
  const password = arg('password') ?? process.env.SYNC_PASSWORD;
  const { url, close } = await startSyncServer({ port, user, password });
  console.log(`CouchDB-protocol sync server on ${url} (in memory: data is lost when it stops)`);
  console.log(user ? `login: ${user} / (the password given)` : 'no login required');
  console.log('In the app: トレーナー用画面 → 設定 → 同期: CouchDB, this URL, a database name (e.g. class-1). Ctrl+C stops it.');
  const stop = async () => {
    await close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
