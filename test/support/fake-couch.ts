// An in-process fake of the CouchDB replication protocol: revision trees with
// conflicts, _changes (style=all_docs, opaque sequences, longpoll), _revs_diff,
// _bulk_get, _bulk_docs with new_edits:false, _local documents, _all_docs,
// ordinary PUT/GET, basic and cookie auth. And a wrapper that injects faults.

interface RevNode {
  rev: string;
  pos: number;
  hash: string;
  parent?: string;
  deleted: boolean;
  body?: Record<string, unknown>;
  attachments?: Record<string, { content_type: string; data: string }>;
}

interface DocTree {
  nodes: Map<string, RevNode>;
  seq: number;
}

interface Database {
  docs: Map<string, DocTree>;
  local: Map<string, { n: number; body: Record<string, unknown> }>;
  seq: number;
  waiters: (() => void)[];
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const seqText = (n: number) => `${n}-g1AAAAopaque${(n * 7919) % 1000}`;
const seqNumber = (s: unknown) => (s === undefined || s === null || s === '' ? 0 : Number(String(s).split('-')[0]) || 0);

function leaves(tree: DocTree): RevNode[] {
  const parents = new Set([...tree.nodes.values()].map((n) => n.parent).filter(Boolean));
  return [...tree.nodes.values()].filter((n) => !parents.has(n.rev));
}

function winner(tree: DocTree): RevNode {
  return leaves(tree).sort((a, b) => {
    if (a.deleted !== b.deleted) return a.deleted ? 1 : -1;
    if (a.pos !== b.pos) return b.pos - a.pos;
    return a.hash < b.hash ? 1 : a.hash > b.hash ? -1 : 0;
  })[0];
}

function pathOf(tree: DocTree, rev: string): RevNode[] {
  const out: RevNode[] = [];
  for (let n = tree.nodes.get(rev); n; n = n.parent ? tree.nodes.get(n.parent) : undefined) out.push(n);
  return out;
}

export class FakeCouch {
  readonly dbs = new Map<string, Database>();
  /** requests served, by endpoint */
  readonly served: Record<string, number> = {};
  users?: Record<string, string>;
  private sessionUser?: string;

  constructor(readonly url = 'http://couch.test') {}

  private database(name: string): Database | undefined {
    return this.dbs.get(name);
  }

  /** Every document's leaves (for assertions). */
  leavesOf(dbName: string): Map<string, RevNode[]> {
    return new Map([...(this.dbs.get(dbName)?.docs ?? [])].map(([id, t]) => [id, leaves(t)]));
  }

  /** The winning body of every live document. */
  winners(dbName: string): Map<string, Record<string, unknown>> {
    const out = new Map<string, Record<string, unknown>>();
    for (const [id, t] of this.dbs.get(dbName)?.docs ?? []) {
      const w = winner(t);
      if (!w.deleted) out.set(id, { ...w.body, _rev: w.rev });
    }
    return out;
  }

  private authorized(headers: Headers): boolean {
    if (!this.users) return true;
    const auth = headers.get('Authorization');
    if (auth?.startsWith('Basic ')) {
      const [user, password] = atob(auth.slice(6)).split(':');
      return this.users[user] === password;
    }
    return !!this.sessionUser;
  }

  fetch = async (input: string, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(input);
    const method = init.method ?? 'GET';
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    const headers = new Headers(init.headers);
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    if (parts[0] === '_session' && method === 'POST') {
      if (this.users && this.users[body.name] === body.password) {
        this.sessionUser = body.name;
        return json(200, { ok: true, name: body.name });
      }
      return json(401, { error: 'unauthorized', reason: 'Name or password is incorrect.' });
    }
    if (!this.authorized(headers)) return json(401, { error: 'unauthorized', reason: 'You are not authorized to access this db.' });
    const [dbName, ...rest] = parts;
    const endpoint = rest[0] ?? '';
    this.served[endpoint.startsWith('_') ? endpoint : method + ' doc'] = (this.served[endpoint.startsWith('_') ? endpoint : method + ' doc'] ?? 0) + 1;
    if (rest.length === 0) {
      if (method === 'PUT') {
        if (this.dbs.has(dbName)) return json(412, { error: 'file_exists' });
        this.dbs.set(dbName, { docs: new Map(), local: new Map(), seq: 0, waiters: [] });
        return json(201, { ok: true });
      }
      const db = this.database(dbName);
      return db ? json(200, { db_name: dbName, update_seq: seqText(db.seq) }) : json(404, { error: 'not_found', reason: 'Database does not exist.' });
    }
    const db = this.database(dbName);
    if (!db) return json(404, { error: 'not_found', reason: 'Database does not exist.' });
    switch (endpoint) {
      case '_local':
        return this.local(db, rest[1], method, body);
      case '_changes':
        return this.changes(db, url.searchParams, init.signal ?? undefined);
      case '_revs_diff':
        return json(200, this.revsDiff(db, body));
      case '_bulk_get':
        return json(200, this.bulkGet(db, body.docs, url.searchParams.get('attachments') === 'true'));
      case '_bulk_docs':
        return this.bulkDocs(db, body);
      case '_all_docs':
        return json(200, this.allDocs(db, url.searchParams));
      default:
        return this.doc(db, rest.join('/'), method, body);
    }
  };

  private local(db: Database, id: string, method: string, body: Record<string, unknown>): Response {
    const current = db.local.get(id);
    if (method === 'GET') return current ? json(200, { ...current.body, _id: `_local/${id}`, _rev: `0-${current.n}` }) : json(404, { error: 'not_found' });
    if (current && body._rev !== `0-${current.n}`) return json(409, { error: 'conflict' });
    const n = (current?.n ?? 0) + 1;
    const { _rev, ...rest } = body;
    db.local.set(id, { n, body: rest });
    return json(201, { ok: true, id: `_local/${id}`, rev: `0-${n}` });
  }

  private async changes(db: Database, q: URLSearchParams, signal?: AbortSignal): Promise<Response> {
    const since = seqNumber(q.get('since'));
    const limit = Number(q.get('limit') ?? Infinity);
    const collect = () =>
      [...db.docs]
        .filter(([, t]) => t.seq > since)
        .sort((a, b) => a[1].seq - b[1].seq)
        .slice(0, limit)
        .map(([id, t]) => ({ id, seq: seqText(t.seq), changes: leaves(t).map((l) => ({ rev: l.rev })), ...(winner(t).deleted ? { deleted: true } : {}) }));
    let results = collect();
    if (results.length === 0 && q.get('feed') === 'longpoll') {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Number(q.get('timeout') ?? 60_000));
        db.waiters.push(() => { clearTimeout(timer); resolve(); });
        signal?.addEventListener('abort', () => { clearTimeout(timer); resolve(); });
      });
      if (signal?.aborted) throw new DOMException('aborted', 'AbortError');
      results = collect();
    }
    return json(200, { results, last_seq: results.length ? results.at(-1)!.seq : seqText(db.seq), pending: 0 });
  }

  private revsDiff(db: Database, body: Record<string, string[]>) {
    const out: Record<string, { missing: string[] }> = {};
    for (const [id, revs] of Object.entries(body)) {
      const missing = revs.filter((r) => !db.docs.get(id)?.nodes.has(r));
      if (missing.length) out[id] = { missing };
    }
    return out;
  }

  private docBody(id: string, tree: DocTree, node: RevNode, attachments: boolean) {
    const path = pathOf(tree, node.rev);
    return {
      ...(node.body ?? {}),
      _id: id,
      _rev: node.rev,
      ...(node.deleted ? { _deleted: true } : {}),
      _revisions: { start: node.pos, ids: path.map((n) => n.hash) },
      ...(node.attachments
        ? { _attachments: Object.fromEntries(Object.entries(node.attachments).map(([k, a]) => [k, attachments ? { ...a, revpos: node.pos } : { content_type: a.content_type, stub: true, length: a.data.length }])) }
        : {}),
    };
  }

  private bulkGet(db: Database, docs: { id: string; rev: string }[], attachments: boolean) {
    return {
      results: docs.map(({ id, rev }) => {
        const tree = db.docs.get(id);
        const node = tree?.nodes.get(rev);
        if (!tree || !node || (!node.body && !node.deleted)) return { id, docs: [{ error: { id, rev, error: 'not_found', reason: 'missing' } }] };
        return { id, docs: [{ ok: this.docBody(id, tree, node, attachments) }] };
      }),
    };
  }

  private bulkDocs(db: Database, body: { docs: Record<string, unknown>[]; new_edits?: boolean }): Response {
    if (body.new_edits !== false) return json(400, { error: 'bad_request', reason: 'only new_edits:false here' });
    for (const doc of body.docs) {
      const { _id, _rev, _revisions, _deleted, _attachments, ...rest } = doc as {
        _id: string; _rev: string; _revisions?: { start: number; ids: string[] }; _deleted?: boolean; _attachments?: Record<string, { content_type: string; data: string }>;
      } & Record<string, unknown>;
      const tree = db.docs.get(_id) ?? { nodes: new Map(), seq: 0 };
      const revs = _revisions ?? { start: Number(_rev.split('-')[0]), ids: [_rev.split('-')[1]] };
      let changed = false;
      revs.ids.forEach((hash, i) => {
        const pos = revs.start - i;
        const rev = `${pos}-${hash}`;
        const parent = i + 1 < revs.ids.length ? `${pos - 1}-${revs.ids[i + 1]}` : undefined;
        const existing = tree.nodes.get(rev);
        if (i === 0 && existing && (existing.body || existing.deleted)) return;
        if (i > 0 && existing) return;
        changed = true;
        tree.nodes.set(rev, {
          rev, pos, hash, parent: existing?.parent ?? parent,
          deleted: i === 0 ? !!_deleted : false,
          ...(i === 0 ? { body: rest, attachments: _attachments } : {}),
        });
      });
      if (changed) {
        tree.seq = ++db.seq;
        db.docs.set(_id, tree);
      }
    }
    this.wake(db);
    return json(201, []);
  }

  private wake(db: Database) {
    const waiters = db.waiters.splice(0);
    waiters.forEach((w) => w());
  }

  private allDocs(db: Database, q: URLSearchParams) {
    const start = JSON.parse(q.get('startkey') ?? '""');
    const end = JSON.parse(q.get('endkey') ?? '"\\ufff0"');
    const rows = [...db.docs]
      .filter(([id, t]) => id >= start && id <= end && !winner(t).deleted)
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .map(([id, t]) => ({ id, key: id, value: { rev: winner(t).rev } }));
    return { total_rows: rows.length, rows };
  }

  private doc(db: Database, id: string, method: string, body: Record<string, unknown>): Response {
    const tree = db.docs.get(id);
    const current = tree ? winner(tree) : undefined;
    if (method === 'GET') {
      if (!tree || !current || current.deleted) return json(404, { error: 'not_found', reason: 'missing' });
      const { _revisions, ...doc } = this.docBody(id, tree, current, true);
      return json(200, doc);
    }
    if (method !== 'PUT') return json(405, { error: 'method_not_allowed' });
    const live = current && !current.deleted;
    if ((live && body._rev !== current.rev) || (!live && body._rev)) return json(409, { error: 'conflict', reason: 'Document update conflict.' });
    const pos = (current?.pos ?? 0) + 1;
    const hash = Math.random().toString(16).slice(2).padEnd(16, '0');
    const { _rev, ...rest } = body;
    const t = tree ?? { nodes: new Map(), seq: 0 };
    t.nodes.set(`${pos}-${hash}`, { rev: `${pos}-${hash}`, pos, hash, parent: current?.rev, deleted: false, body: rest });
    t.seq = ++db.seq;
    db.docs.set(id, t);
    this.wake(db);
    return json(201, { ok: true, id, rev: `${pos}-${hash}` });
  }
}

export type Fault = 'cut-before' | 'cut-after' | 'error-500' | 'timeout' | 'duplicate';
export const FAULTS: Fault[] = ['cut-before', 'cut-after', 'error-500', 'timeout', 'duplicate'];

/** A fetch that, with probability `p` per request, cuts, fails, times out or delivers twice. */
export function faultyFetch(
  inner: (input: string, init?: RequestInit) => Promise<Response>,
  random: () => number,
  p: number,
  seen: Record<Fault, number> = { 'cut-before': 0, 'cut-after': 0, 'error-500': 0, timeout: 0, duplicate: 0 },
) {
  const f = async (input: string, init?: RequestInit): Promise<Response> => {
    if (random() >= p) return inner(input, init);
    const fault = FAULTS[Math.floor(random() * FAULTS.length)];
    seen[fault]++;
    switch (fault) {
      case 'cut-before':
        throw new TypeError('fetch failed (connection reset before the request)');
      case 'cut-after':
        await inner(input, init);
        throw new TypeError('fetch failed (connection reset after the request)');
      case 'error-500':
        return json(500, { error: 'internal_server_error', reason: 'injected' });
      case 'timeout':
        await inner(input, init);
        throw new DOMException('The operation timed out.', 'TimeoutError');
      case 'duplicate':
        await inner(input, init);
        return inner(input, init);
    }
  };
  return Object.assign(f, { seen });
}
