import { createRoot } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryDraftStore, type DraftStore } from '../../src/store/drafts';
import { createDraftSession, type DraftSession } from '../../src/wizard/session';

interface S {
  raw: Record<string, string>;
}

let store: DraftStore;
const sessions: { session: DraftSession<S>; dispose: () => void }[] = [];

function open(draft: Parameters<typeof createDraftSession>[1]) {
  return createRoot((dispose) => {
    const session = createDraftSession<S>(store, draft, { debounceMs: 300 });
    sessions.push({ session, dispose: () => (session.dispose(), dispose()) });
    return session;
  });
}

const stored = async (id: string) => (await store.get(id))!;

beforeEach(() => {
  store = createMemoryDraftStore();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  sessions.splice(0).forEach((s) => s.dispose());
  vi.useRealTimers();
});

async function settle() {
  await vi.advanceTimersByTimeAsync(400);
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

describe('draft autosave', () => {
  it('saves every change, debounced', async () => {
    const d = await store.create({ officeCode: 'NAC001', kind: 'system-setting', state: { raw: {} } });
    const s = open(d);
    s.update((st) => void (st.raw.lastName = '通'));
    s.update((st) => void (st.raw.lastName = '通関'));
    expect((await stored(d.id)).rev).toBe(1);
    await settle();
    const saved = await stored(d.id);
    expect(saved.state).toEqual({ raw: { lastName: '通関' } });
    expect(saved.rev).toBe(2);
  });

  it('never saves while an IME is composing; saves after compositionend', async () => {
    const d = await store.create({ officeCode: 'NAC001', kind: 'system-setting', state: { raw: {} } });
    const s = open(d);
    document.dispatchEvent(new CompositionEvent('compositionstart'));
    s.update((st) => void (st.raw.lastName = 'つうかん'));
    await settle();
    expect((await stored(d.id)).rev).toBe(1);
    s.update((st) => void (st.raw.lastName = '通関'));
    document.dispatchEvent(new CompositionEvent('compositionend'));
    await settle();
    expect((await stored(d.id)).state).toEqual({ raw: { lastName: '通関' } });
  });

  it('saves at once when the page is hidden or left', async () => {
    const d = await store.create({ officeCode: 'NAC001', kind: 'system-setting', state: { raw: {} } });
    const s = open(d);
    s.update((st) => void (st.raw.phone = '0301234567'));
    window.dispatchEvent(new Event('pagehide'));
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect((await stored(d.id)).state).toEqual({ raw: { phone: '0301234567' } });
  });
});

describe('two tabs on one draft', () => {
  it('the other tab is told, its save is refused, and it can load the newer content', async () => {
    const d = await store.create({ officeCode: 'NAC001', kind: 'system-setting', state: { raw: { company: '' } } });
    const tabA = open(d);
    const tabB = open(d);
    tabA.update((st) => void (st.raw.company = 'NACCS TRADE COMPANY'));
    await settle();
    expect(tabB.conflict()?.state).toEqual({ raw: { company: 'NACCS TRADE COMPANY' } });
    expect(tabA.conflict()).toBeUndefined();

    tabB.update((st) => void (st.raw.company = 'OVERWRITE'));
    await settle();
    expect((await stored(d.id)).state).toEqual({ raw: { company: 'NACCS TRADE COMPANY' } });

    tabB.loadNewer();
    expect(tabB.state.raw.company).toBe('NACCS TRADE COMPANY');
    expect(tabB.conflict()).toBeUndefined();
    tabB.update((st) => void (st.raw.company = 'NACCS TRADE COMPANY 2'));
    await settle();
    expect((await stored(d.id)).state).toEqual({ raw: { company: 'NACCS TRADE COMPANY 2' } });
    expect(tabA.conflict()?.state).toEqual({ raw: { company: 'NACCS TRADE COMPANY 2' } });
  });

  it('a save racing another tab is refused as stale, never applied', async () => {
    const d = await store.create({ officeCode: 'NAC001', kind: 'system-setting', state: { raw: {} } });
    const tabA = open(d);
    const tabB = open(d);
    tabA.update((st) => void (st.raw.x = 'A'));
    tabB.update((st) => void (st.raw.x = 'B'));
    await tabA.flush();
    await tabB.flush();
    expect((await stored(d.id)).state).toEqual({ raw: { x: 'A' } });
    expect(tabB.conflict()).toBeDefined();
  });
});
