// A small client for the CouchDB replication protocol: only the endpoints the
// replicator uses, each error turned into a SyncError the user can act on.
import { SyncError } from '../adapter';

export type CouchAuth = { kind: 'none' } | { kind: 'basic'; user: string; password: string } | { kind: 'cookie'; user: string; password: string };

export interface CouchTarget {
  /** server URL, e.g. http://127.0.0.1:5984 */
  url: string;
  /** database name */
  db: string;
  auth: CouchAuth;
}

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export interface CouchRevisions {
  start: number;
  ids: string[];
}

export interface CouchDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _revisions?: CouchRevisions;
  _attachments?: Record<string, { content_type: string; data?: string; stub?: boolean; length?: number; digest?: string }>;
  [field: string]: unknown;
}

export interface ChangeRow {
  id: string;
  seq: unknown;
  changes: { rev: string }[];
  deleted?: boolean;
}

export interface ChangesResponse {
  results: ChangeRow[];
  last_seq: unknown;
}

/** How long one request may take before it counts as lost. */
export const REQUEST_TIMEOUT_MS = 60_000;

const encodeSeq = (seq: unknown) => (typeof seq === 'string' ? seq : JSON.stringify(seq));

export class CouchClient {
  private cookieReady = false;

  constructor(
    readonly target: CouchTarget,
    private readonly fetchImpl: Fetch = (input, init) => fetch(input, init),
  ) {}

  get dbUrl(): string {
    return `${this.target.url.replace(/\/+$/, '')}/${encodeURIComponent(this.target.db)}`;
  }

  private headers(): Record<string, string> {
    const h: Record<string, string> = { Accept: 'application/json', 'Content-Type': 'application/json' };
    const { auth } = this.target;
    if (auth.kind === 'basic') h.Authorization = `Basic ${btoa(unescape(encodeURIComponent(`${auth.user}:${auth.password}`)))}`;
    return h;
  }

  /** Cookie auth: one POST /_session, then the browser sends the AuthSession cookie. */
  private async ensureSession(signal?: AbortSignal): Promise<void> {
    const { auth } = this.target;
    if (auth.kind !== 'cookie' || this.cookieReady) return;
    const res = await this.raw(`${this.target.url.replace(/\/+$/, '')}/_session`, {
      method: 'POST',
      body: JSON.stringify({ name: auth.user, password: auth.password }),
      signal,
    });
    if (!res.ok) throw await errorOf(res);
    this.cookieReady = true;
  }

  private async raw(url: string, init: RequestInit & { timeoutMs?: number }): Promise<Response> {
    const timeout = AbortSignal.timeout(init.timeoutMs ?? REQUEST_TIMEOUT_MS);
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    try {
      return await this.fetchImpl(url, { ...init, headers: this.headers(), credentials: 'include', signal });
    } catch (err) {
      if (init.signal?.aborted) throw new SyncError('同期を中止しました。', 'aborted');
      if (timeout.aborted) throw new SyncError('サーバーの応答がありません（時間切れ）。', 'server', String(err));
      throw new SyncError('サーバーに接続できません。ネットワークとサーバーのURLを確認してください。', 'offline', String(err));
    }
  }

  /** A JSON request to the database; `path` starts with '/' or is ''. */
  async request<T>(method: string, path: string, body?: unknown, opts: { signal?: AbortSignal; timeoutMs?: number; allow?: number[] } = {}): Promise<{ status: number; json: T }> {
    await this.ensureSession(opts.signal);
    let res = await this.raw(this.dbUrl + path, { method, body: body === undefined ? undefined : JSON.stringify(body), signal: opts.signal, timeoutMs: opts.timeoutMs });
    if (res.status === 401 && this.target.auth.kind === 'cookie' && this.cookieReady) {
      // the session cookie expired: log in again once
      this.cookieReady = false;
      await this.ensureSession(opts.signal);
      res = await this.raw(this.dbUrl + path, { method, body: body === undefined ? undefined : JSON.stringify(body), signal: opts.signal, timeoutMs: opts.timeoutMs });
    }
    if (!res.ok && !(opts.allow ?? []).includes(res.status)) throw await errorOf(res);
    let json: T;
    try {
      json = (await res.json()) as T;
    } catch (err) {
      throw new SyncError('サーバーの応答を読めませんでした。', 'server', String(err));
    }
    return { status: res.status, json };
  }

  /** The database exists (created when missing and the user may create it). */
  async ensureDatabase(signal?: AbortSignal): Promise<void> {
    const { status } = await this.request('GET', '', undefined, { signal, allow: [404] });
    if (status === 404) await this.request('PUT', '', undefined, { signal, allow: [412] });
  }

  async getLocal<T>(id: string, signal?: AbortSignal): Promise<(T & { _rev?: string }) | undefined> {
    const { status, json } = await this.request<T & { _rev?: string }>('GET', `/_local/${encodeURIComponent(id)}`, undefined, { signal, allow: [404] });
    return status === 404 ? undefined : json;
  }

  /** The `_rev` of each _local document this client last wrote, so a checkpoint costs one request. */
  private localRevs = new Map<string, string>();

  /** Writes a _local document with the `_rev` it last had, re-reading it on a conflict. */
  async putLocal(id: string, doc: Record<string, unknown>, signal?: AbortSignal): Promise<void> {
    const path = `/_local/${encodeURIComponent(id)}`;
    for (let attempt = 0; attempt < 3; attempt++) {
      if (attempt > 0 || !this.localRevs.has(id)) {
        const current = await this.getLocal<Record<string, unknown>>(id, signal);
        if (current?._rev) this.localRevs.set(id, current._rev);
        else this.localRevs.delete(id);
      }
      const rev = this.localRevs.get(id);
      const { status, json } = await this.request<{ rev?: string }>('PUT', path, { ...doc, ...(rev ? { _rev: rev } : {}) }, { signal, allow: [409] });
      if (status !== 409) {
        if (json.rev) this.localRevs.set(id, json.rev);
        return;
      }
    }
    throw new SyncError('チェックポイントを書き込めませんでした（競合）。', 'server');
  }

  async changes(
    params: { since: unknown; limit: number; feed?: 'normal' | 'longpoll'; timeoutMs?: number },
    signal?: AbortSignal,
  ): Promise<ChangesResponse> {
    const q = new URLSearchParams({ style: 'all_docs', limit: String(params.limit) });
    if (params.since !== undefined && params.since !== null) q.set('since', encodeSeq(params.since));
    if (params.feed === 'longpoll') {
      q.set('feed', 'longpoll');
      q.set('timeout', String(params.timeoutMs ?? 25_000));
    }
    const timeoutMs = params.feed === 'longpoll' ? (params.timeoutMs ?? 25_000) + 10_000 : undefined;
    return (await this.request<ChangesResponse>('GET', `/_changes?${q}`, undefined, { signal, timeoutMs })).json;
  }

  async revsDiff(revs: Record<string, string[]>, signal?: AbortSignal): Promise<Record<string, { missing?: string[] }>> {
    if (Object.keys(revs).length === 0) return {};
    return (await this.request<Record<string, { missing?: string[] }>>('POST', '/_revs_diff', revs, { signal })).json;
  }

  async bulkGet(docs: { id: string; rev: string }[], signal?: AbortSignal): Promise<{ id: string; rev: string; doc?: CouchDoc; error?: string }[]> {
    if (docs.length === 0) return [];
    type Result = { results: { id: string; docs: ({ ok: CouchDoc } | { error: { id: string; rev: string; error: string; reason?: string } })[] }[] };
    const { json } = await this.request<Result>('POST', '/_bulk_get?revs=true&attachments=true', { docs }, { signal });
    return json.results.flatMap((r) =>
      r.docs.map((d) => ('ok' in d ? { id: r.id, rev: d.ok._rev!, doc: d.ok } : { id: r.id, rev: d.error.rev, error: d.error.error })),
    );
  }

  /** Writes revisions as they are (new_edits: false); returns the per-document errors. */
  async bulkDocs(docs: CouchDoc[], signal?: AbortSignal): Promise<{ id: string; error?: string; reason?: string }[]> {
    if (docs.length === 0) return [];
    const { json } = await this.request<{ id: string; error?: string; reason?: string }[]>('POST', '/_bulk_docs', { docs, new_edits: false }, { signal });
    return Array.isArray(json) ? json.filter((r) => r.error) : [];
  }

  async getDoc<T>(id: string, signal?: AbortSignal): Promise<(T & { _rev: string }) | undefined> {
    const { status, json } = await this.request<T & { _rev: string }>('GET', `/${encodeURIComponent(id)}`, undefined, { signal, allow: [404] });
    return status === 404 ? undefined : json;
  }

  /** Creates or updates a document the ordinary way; false on a conflict (it exists, or `_rev` is stale). */
  async putDoc(id: string, doc: Record<string, unknown>, signal?: AbortSignal): Promise<boolean> {
    const { status } = await this.request('PUT', `/${encodeURIComponent(id)}`, doc, { signal, allow: [409] });
    return status !== 409;
  }

  /** Ids of the documents whose id starts with `prefix`. */
  async idsWithPrefix(prefix: string, signal?: AbortSignal): Promise<string[]> {
    const q = new URLSearchParams({ startkey: JSON.stringify(prefix), endkey: JSON.stringify(`${prefix}\ufff0`) });
    const { json } = await this.request<{ rows: { id: string }[] }>('GET', `/_all_docs?${q}`, undefined, { signal });
    return json.rows.map((r) => r.id);
  }
}

async function errorOf(res: Response): Promise<SyncError> {
  let reason = '';
  try {
    const body = (await res.json()) as { error?: string; reason?: string };
    reason = [body.error, body.reason].filter(Boolean).join(': ');
  } catch {
    reason = res.statusText;
  }
  const detail = `HTTP ${res.status} ${reason}`.trim();
  if (res.status === 401) return new SyncError('サーバーにログインできません。ユーザー名とパスワードを確認してください。', 'auth', detail);
  if (res.status === 403) return new SyncError('このデータベースへの書き込みが許可されていません。', 'auth', detail);
  if (res.status === 404) return new SyncError('データベースが見つかりません。データベース名を確認してください。', 'invalid', detail);
  if (res.status >= 500) return new SyncError('サーバーでエラーが発生しました。しばらくしてから自動的に再試行します。', 'server', detail);
  return new SyncError('サーバーが要求を受け付けませんでした。', 'invalid', detail);
}
