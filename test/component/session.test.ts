// The session follows the database (logins and logouts of other tabs) but never
// goes back to an older value when a live-query emission arrives late.
import { createComputed, createRoot } from 'solid-js';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { beginSession, currentSession, endSession, followSession, type Session } from '../../src/store/session';
import { resetDatabase } from '../support/db';

// Dexie's live query, with a gate that can hold its emissions back: on a busy
// machine a query that read the database before our latest write may deliver
// its result after that write, and the gate makes that happen on purpose.
const gate = vi.hoisted(() => {
  const held: (() => void)[] = [];
  return {
    holding: false,
    held,
    release() {
      this.holding = false;
      for (const deliver of held.splice(0)) deliver();
    },
  };
});
vi.mock('dexie', async (importOriginal) => {
  const dexie = await importOriginal<typeof import('dexie')>();
  function liveQuery<T>(query: () => T | Promise<T>) {
    const source = dexie.liveQuery(query);
    return {
      ...source,
      subscribe(observer: { next?: (value: T) => void; error?: (err: unknown) => void }) {
        return source.subscribe({
          next: (value) => (gate.holding ? gate.held.push(() => observer.next?.(value)) : observer.next?.(value)),
          error: (err) => observer.error?.(err),
        });
      },
    } as typeof source;
  }
  return { ...dexie, liveQuery };
});

const label = (s: Session | null | undefined) => (s === undefined ? 'loading' : s === null ? 'none' : `${s.officeCode}@${s.loginAt}`);

/** Every value the session takes, in order, as a screen would see it (repeats folded). */
function recordSessions() {
  const seen: string[] = [];
  const dispose = createRoot((dispose) => {
    createComputed(() => {
      const now = label(currentSession());
      if (seen.at(-1) !== now) seen.push(now);
    });
    return dispose;
  });
  return { seen, dispose };
}

/** Lets Dexie's live query deliver everything it still has in flight. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

/** session.ts as another tab has it: its own module state and Dexie instance on the same database. */
async function otherTab(): Promise<typeof import('../../src/store/session')> {
  vi.resetModules();
  return import('../../src/store/session');
}

describe('the session', () => {
  let dispose: (() => void) | undefined;
  beforeAll(async () => {
    await resetDatabase();
    await followSession();
  });
  afterEach(() => {
    gate.release();
    dispose?.();
  });

  it('never goes back to an older session when the live query delivers late', async () => {
    const recorded = recordSessions();
    dispose = recorded.dispose;
    gate.holding = true;
    await beginSession('NAC001', 1);
    await settle(); // the live query has read NAC001@1; its result is held back
    await endSession();
    await settle();
    await beginSession('NAC001', 2);
    await settle();
    expect(gate.held.length).toBeGreaterThan(0);
    gate.release();
    await settle();
    expect(recorded.seen).toEqual(['none', 'NAC001@1', 'none', 'NAC001@2']);
  });

  it('never shows an older session after rapid logins and logouts', async () => {
    await endSession();
    const recorded = recordSessions();
    dispose = recorded.dispose;
    for (let i = 1; i <= 5; i++) {
      await beginSession('NAC001', i);
      await endSession();
    }
    await beginSession('NAC002', 99);
    await settle();
    expect(recorded.seen).toEqual(['none', ...[1, 2, 3, 4, 5].flatMap((i) => [`NAC001@${i}`, 'none']), 'NAC002@99']);
  });

  it('follows a login and a logout made in another tab', async () => {
    await endSession();
    const recorded = recordSessions();
    dispose = recorded.dispose;
    const other = await otherTab();
    await other.beginSession('NAC002', 200);
    await vi.waitFor(() => expect(label(currentSession())).toBe('NAC002@200'));
    await other.endSession();
    await vi.waitFor(() => expect(currentSession()).toBeNull());
    await settle();
    expect(recorded.seen).toEqual(['none', 'NAC002@200', 'none']);
  });

  it('a login after another tab’s stays the newer one', async () => {
    const other = await otherTab();
    await other.beginSession('NAC002', 300);
    await vi.waitFor(() => expect(label(currentSession())).toBe('NAC002@300'));
    await beginSession('NAC001', 301);
    await settle();
    expect(label(currentSession())).toBe('NAC001@301');
  });

  it('starts over from a cleared device table: a new login is shown', async () => {
    await beginSession('NAC001', 400);
    await resetDatabase();
    await beginSession('NAC001', 401);
    await settle();
    expect(label(currentSession())).toBe('NAC001@401');
  });
});
