// The sync loop of this tab: pull then push, then in live mode wait for a local
// change, a remote change (_changes longpoll) or 「今すぐ同期」; paused while the
// device is offline and resumed on reconnection; after a failure a random
// back-off that roughly doubles up to 10 minutes (PouchDB's default back-off).
import { liveQuery } from 'dexie';
import { now as simulatedNow } from '../center/clock';
import { SYNCED_TABLE_NAMES } from '../domain/records';
import { db } from '../store/db';
import { getSyncStates, readLocalChanges, type LocalCursor } from '../store/sync';
import { SyncError } from './adapter';
import type { CheckpointDoc } from './couch/checkpoint';
import { claimCenter, claimReceiptSlot, releaseCenter, type CenterClaim } from './couch/claims';
import { CouchClient, type Fetch } from './couch/client';
import { parseRev, recordHash } from './couch/docs';
import { CouchReplicator, targetKey } from './couch/replicator';
import { deviceId, getSyncConfig, runsCenter, type SyncConfig } from './config';
import { setSyncStatus } from './status';

export const MAX_BACKOFF_MS = 10 * 60_000;
const FIRST_BACKOFF_MS = 2_000;
const LONGPOLL_MS = 25_000;
const LOCAL_DEBOUNCE_MS = 300;

/** The next wait after a failure: random, roughly doubling, capped (PouchDB's defaultBackOff). */
export function nextBackoff(previous: number, random: () => number = Math.random): number {
  if (previous <= 0) return FIRST_BACKOFF_MS;
  const grown = previous * (1.5 + random());
  return Math.min(MAX_BACKOFF_MS, Math.round(grown));
}

/** Whether the device has a network, and news when that changes. */
export interface Network {
  online(): boolean;
  /** calls `changed` on every online/offline event; returns the unsubscribe */
  watch(changed: (online: boolean) => void): () => void;
}

export const browserNetwork: Network = {
  online: () => typeof navigator === 'undefined' || navigator.onLine !== false,
  watch(changed) {
    if (typeof window === 'undefined') return () => undefined;
    const on = () => changed(true);
    const off = () => changed(false);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  },
};

export interface SyncHooks {
  /** whether the simulated center may run in this tab */
  setCenterEnabled?: (on: boolean) => void;
  fetch?: Fetch;
  network?: Network;
}

const cryptoRandom = () => crypto.getRandomValues(new Uint32Array(1))[0] / 2 ** 32;

export interface CenterState {
  role: SyncConfig['role'];
  /** another device holds the センター claim */
  heldBy?: CenterClaim;
}

let centerState: CenterState = { role: 'standalone' };
const centerListeners = new Set<(s: CenterState) => void>();

export function onCenterState(listener: (s: CenterState) => void): () => void {
  centerListeners.add(listener);
  listener(centerState);
  return () => centerListeners.delete(listener);
}

function publishCenter(next: CenterState, hooks: SyncHooks): void {
  centerState = next;
  hooks.setCenterEnabled?.(runsCenter(next.role, !!next.heldBy));
  centerListeners.forEach((l) => l(next));
}

/** Local records after the push position that the server does not have yet. */
async function unsentCount(replicationId: string, target: string): Promise<number> {
  const [checkpoint] = await getSyncStates<CheckpointDoc>([`checkpoint|${replicationId}`]);
  const cursor = (checkpoint?.last_seq as LocalCursor | undefined) ?? null;
  const { records } = await readLocalChanges(cursor, 1000);
  const known = await getSyncStates<string>(records.map((r) => `rev|${target}|${r.key}`));
  return records.filter((r, i) => !known[i] || parseRev(known[i]!).hash !== recordHash(r)).length;
}

/** A promise that settles on the first of several wake-ups, and a way to fire it. */
class Wake {
  private resolve?: (why: string) => void;
  promise = new Promise<string>((r) => (this.resolve = r));
  fire = (why: string) => this.resolve?.(why);
}

export class SyncService {
  private stopped = false;
  private wake = new Wake();
  private backoff = 0;
  private cycle?: Promise<void>;
  private abort = new AbortController();
  private waiters: (() => void)[] = [];

  constructor(
    private readonly config: SyncConfig,
    private readonly hooks: SyncHooks = {},
  ) {}

  private client(): CouchClient {
    return new CouchClient({ url: this.config.url, db: this.config.db, auth: this.config.auth }, this.hooks.fetch);
  }

  /** 「今すぐ同期」: one cycle now; resolves when it has run. */
  syncNow(): Promise<void> {
    return new Promise((resolve) => {
      this.waiters.push(resolve);
      this.wake.fire('now');
    });
  }

  stop(): void {
    this.stopped = true;
    this.lockAbort.abort();
    this.abort.abort();
    this.wake.fire('stop');
    this.waiters.splice(0).forEach((w) => w());
  }

  /**
   * Starts the loop. Two loops replicating the same device at once would each
   * push a version as the child of the same known revision and make the
   * device conflict with itself, so across the tabs of this browser only one
   * loop runs at a time (Web Locks); the others wait, showing what is unsent.
   */
  start(): void {
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    if (!locks) {
      this.cycle = this.loop();
      return;
    }
    const waiting = setTimeout(() => void this.showWhileWaiting(), 500);
    this.cycle = locks
      .request(`nss-sync|${this.config.url}|${this.config.db}`, { signal: this.lockAbort.signal }, async () => {
        clearTimeout(waiting);
        if (!this.stopped) await this.loop();
      })
      .then(
        () => undefined,
        () => clearTimeout(waiting),
      );
  }

  private readonly lockAbort = new AbortController();

  /** Another tab holds the sync: say what this device has not sent yet. */
  private async showWhileWaiting(): Promise<void> {
    const client = this.client();
    const replicator = new CouchReplicator({ client, deviceId: await deviceId(), simulatedNow, random: cryptoRandom });
    const count = await unsentCount(replicator.replicationId('push'), targetKey(client)).catch(() => 0);
    if (!this.stopped) setSyncStatus(count > 0 ? { kind: 'pending', count } : { kind: 'synced', at: Date.now() });
  }

  /** Resolves when the loop has ended (after stop()). */
  async ended(): Promise<void> {
    await this.cycle;
  }

  private firstContact = true;
  private pending: () => Promise<number> = async () => 0;

  private async once(client: CouchClient, replicator: CouchReplicator, me: { deviceId: string; deviceLabel: string }): Promise<{ lastSeq: unknown; pending: number }> {
    const signal = this.abort.signal;
    if (this.firstContact) {
      await client.ensureDatabase(signal);
      await claimReceiptSlot(client, me.deviceId, cryptoRandom, signal);
      if (this.config.role !== 'center') await releaseCenter(client, me.deviceId, signal);
      this.firstContact = false;
    }
    if (this.config.role === 'center') {
      // checked every cycle, so a device whose claim was taken over stops running the center
      const claim = await claimCenter(client, me, { signal });
      publishCenter({ role: 'center', heldBy: claim.mine ? undefined : claim.holder }, this.hooks);
    } else {
      publishCenter({ role: this.config.role }, this.hooks);
    }
    await replicator.pull(undefined, signal);
    await replicator.push(undefined, signal);
    const pending = await this.pending();
    const [seq] = await getSyncStates<CheckpointDoc>([`checkpoint|${replicator.replicationId('pull')}`]);
    return { lastSeq: seq?.last_seq, pending };
  }

  private online(): boolean {
    return (this.hooks.network ?? browserNetwork).online();
  }

  private async loop(): Promise<void> {
    const me = { deviceId: await deviceId(), deviceLabel: this.config.deviceLabel };
    const client = this.client();
    const replicator = new CouchReplicator({ client, deviceId: me.deviceId, simulatedNow, random: cryptoRandom });
    // known before the first cycle, so a tab opened offline can say how much is unsent
    this.pending = () => unsentCount(replicator.replicationId('push'), targetKey(client));
    const offDb = this.watchLocal();
    // offline: stop what is under way (it resumes from its checkpoint); online: go on at once
    const offNetwork = (this.hooks.network ?? browserNetwork).watch((online) => {
      if (!online) this.abort.abort();
      this.wake.fire(online ? 'online' : 'offline');
    });
    try {
      while (!this.stopped) {
        if (this.abort.signal.aborted) this.abort = new AbortController();
        if (!this.online()) {
          setSyncStatus({ kind: 'offline', pending: await this.pending().catch(() => 0) });
          await this.sleep(Infinity);
          continue;
        }
        setSyncStatus({ kind: 'syncing' });
        let lastSeq: unknown;
        try {
          const result = await this.once(client, replicator, me);
          lastSeq = result.lastSeq;
          this.backoff = 0;
          setSyncStatus(result.pending > 0 ? { kind: 'pending', count: result.pending } : { kind: 'synced', at: Date.now() });
          this.waiters.splice(0).forEach((w) => w());
        } catch (err) {
          this.waiters.splice(0).forEach((w) => w());
          if (this.stopped) break;
          if (!this.online() || (err instanceof SyncError && err.kind === 'aborted')) {
            this.abort = new AbortController();
            continue;
          }
          const e = err instanceof SyncError ? err : new SyncError('同期できませんでした。', 'server', String(err));
          setSyncStatus({ kind: 'error', reason: e.message, detail: e.detail });
          this.backoff = e.retryable ? nextBackoff(this.backoff) : 0;
          await this.sleep(e.retryable ? this.backoff : Infinity);
          continue;
        }
        if (!this.config.live) {
          await this.sleep(Infinity);
          continue;
        }
        await this.waitForChange(client, lastSeq);
      }
    } finally {
      offDb();
      offNetwork();
    }
  }

  /** Waits for a wake-up (「今すぐ同期」, a local change, back online, stop) or `ms`. */
  private async sleep(ms: number): Promise<string> {
    const timer = Number.isFinite(ms) ? setTimeout(() => this.wake.fire('timer'), ms) : undefined;
    const why = await this.wake.promise;
    clearTimeout(timer);
    this.wake = new Wake();
    return why;
  }

  /**
   * Live mode: a local change or a remote one (longpoll), whichever first. A
   * long poll that ends with nothing is simply asked again; one that fails
   * ends the wait, and the next cycle reports the failure and backs off.
   */
  private async waitForChange(client: CouchClient, since: unknown): Promise<void> {
    for (;;) {
      const poll = new AbortController();
      const stopPoll = () => poll.abort();
      this.abort.signal.addEventListener('abort', stopPoll);
      // this wait's own wake-up: a poll aborted below must not wake the next wait
      const wake = this.wake;
      let polled: 'remote' | 'idle' | 'failed' | undefined;
      const remote = client
        .changes({ since: since ?? 0, limit: 1, feed: 'longpoll', timeoutMs: LONGPOLL_MS }, AbortSignal.any([poll.signal, AbortSignal.timeout(LONGPOLL_MS + 5_000)]))
        .then(
          (r) => (r.results.length > 0 ? 'remote' : 'idle'),
          // our own time limit on the poll (CouchDB honours ?timeout, express-pouchdb does not) is just an empty poll
          (err) => (poll.signal.aborted ? undefined : err instanceof SyncError && err.kind === 'aborted' ? 'idle' : 'failed'),
        )
        .then((outcome) => {
          polled = outcome;
          if (outcome) wake.fire('poll');
        });
      const why = await this.sleep(Infinity);
      poll.abort();
      this.abort.signal.removeEventListener('abort', stopPoll);
      await remote;
      if (why === 'poll' && polled === 'idle') continue;
      // a server that refuses long polls must not make a busy loop of full cycles
      if (why === 'poll' && polled === 'failed') await this.sleep(5_000);
      return;
    }
  }

  /** Fires the wake-up when this device writes a synced record (debounced). */
  private watchLocal(): () => void {
    let last: string | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const sub = liveQuery(async () => {
      const tops = await Promise.all(SYNCED_TABLE_NAMES.map((t) => db.table(t).orderBy('updatedAt').last()));
      const settings = await db.settings.toArray();
      return JSON.stringify([tops.map((r) => [r?.id, r?.updatedAt]), settings.map((s) => s.updatedAt)]);
    }).subscribe({
      next: (value) => {
        if (last !== undefined && value !== last) {
          clearTimeout(timer);
          timer = setTimeout(() => this.wake.fire('local'), LOCAL_DEBOUNCE_MS);
        }
        last = value;
      },
      error: () => undefined,
    });
    return () => {
      clearTimeout(timer);
      sub.unsubscribe();
    };
  }
}

// ---------------------------------------------------------------------------
// The tab's one service, started from the device's configuration.

let current: SyncService | undefined;
let hooks: SyncHooks = {};

/** Starts (or restarts) sync with the stored configuration; sets whether the center may run here. */
let generation = 0;

export async function startSync(withHooks: SyncHooks = hooks): Promise<void> {
  hooks = withHooks;
  // the boot and the sync screen may both start sync at once: the later call wins, never both
  const mine = ++generation;
  current?.stop();
  current = undefined;
  const config = await getSyncConfig();
  if (mine !== generation) return;
  publishCenter({ role: config.role }, hooks);
  if (config.adapter !== 'couchdb') {
    setSyncStatus({ kind: 'off' });
    return;
  }
  current = new SyncService(config, hooks);
  current.start();
}

/** 「今すぐ同期」 */
export async function syncNow(): Promise<void> {
  if (!current) await startSync();
  await current?.syncNow();
}

/** The センター claim is held by another device: take it over (that device stops running the center on its next sync). */
export async function takeOverCenter(): Promise<void> {
  const config = await getSyncConfig();
  if (config.adapter !== 'couchdb') return;
  const client = new CouchClient({ url: config.url, db: config.db, auth: config.auth }, hooks.fetch);
  await claimCenter(client, { deviceId: await deviceId(), deviceLabel: config.deviceLabel }, { takeOver: true });
  await startSync();
}
