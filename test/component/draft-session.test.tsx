import { createRoot } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryDraftStore, type DraftStore } from '../../src/store/drafts';
import { createDraftSession, type DraftSession } from '../../src/wizard/session';

interface S {
  raw: Record<string, string>;
}

let store: DraftStore;
const sessions: { session: DraftSession<S>; dispose: () => void }[] = [];

function open(draft: Parameters<typeof createDraftSession>[1], on: DraftStore = store) {
  return createRoot((dispose) => {
    const session = createDraftSession<S>(on, draft, { debounceMs: 300 });
    sessions.push({ session, dispose: () => (session.dispose(), dispose()) });
    return session;
  });
}

const stored = async (id: string) => (await store.get(id))!;

beforeEach(() => {
  store = createMemoryDraftStore();
  sessionStorage.clear();
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

describe('the saved indicator', () => {
  it('is not left at 保存しています when only the position changed during a save', async () => {
    const d = await store.create({ officeCode: 'NAC001', kind: 'system-setting', state: { raw: {} } });
    const s = open(d);
    s.update((st) => void (st.raw.note = '備考'));
    expect(s.pending()).toBe(true);
    const saving = s.flush();
    s.remember((st) => void (st.raw.lastStep = 'codes'));
    await saving;
    await settle();
    expect(s.pending()).toBe(false);
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

/** The store as a page that is ending sees it: its saves never complete (the browser dropped them). */
const dropping = (inner: DraftStore): DraftStore => ({ ...inner, save: () => new Promise(() => undefined) });

describe('a reload before the save commits', () => {
  it('brings back the text from the tab’s backup and saves it', async () => {
    const d = await store.create({ officeCode: 'NAC001', kind: 'system-setting', state: { raw: { company: '' } } });
    const ending = open(d, dropping(store));
    ending.update((st) => void (st.raw.company = 'NACCS TRADE COMPANY'));
    window.dispatchEvent(new Event('pagehide'));
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect((await stored(d.id)).rev).toBe(1); // the write never reached the store
    ending.dispose();

    const reloaded = open(await stored(d.id));
    expect(reloaded.state.raw.company).toBe('NACCS TRADE COMPANY');
    expect(reloaded.conflict()).toBeUndefined();
    await settle();
    const saved = await stored(d.id);
    expect(saved.rev).toBe(2);
    expect(saved.state).toEqual({ raw: { company: 'NACCS TRADE COMPANY' } });
    expect(sessionStorage.length).toBe(0); // saved: the backup is no longer needed
  });

  it('keeps every keystroke in the backup while the save is debounced', async () => {
    const d = await store.create({ officeCode: 'NAC001', kind: 'system-setting', state: { raw: {} } });
    const ending = open(d, dropping(store));
    ending.update((st) => void (st.raw.note = '備'));
    ending.update((st) => void (st.raw.note = '備考'));
    // no pagehide: the tab was killed within the debounce
    const reloaded = open(await stored(d.id));
    expect(reloaded.state.raw.note).toBe('備考');
  });

  it('shows the backup’s text with the conflict message when another tab saved meanwhile, overwriting nothing', async () => {
    const d = await store.create({ officeCode: 'NAC001', kind: 'system-setting', state: { raw: { company: '' } } });
    const ending = open(d, dropping(store));
    ending.update((st) => void (st.raw.company = 'THIS TAB'));
    window.dispatchEvent(new Event('pagehide'));
    ending.dispose();
    await store.save(d.id, 1, { raw: { company: 'OTHER TAB' } });

    const reloaded = open(await stored(d.id));
    expect(reloaded.state.raw.company).toBe('THIS TAB');
    expect(reloaded.conflict()?.state).toEqual({ raw: { company: 'OTHER TAB' } });
    reloaded.update((st) => void (st.raw.company = 'THIS TAB 2'));
    await settle();
    expect((await stored(d.id)).state).toEqual({ raw: { company: 'OTHER TAB' } });

    reloaded.loadNewer();
    expect(reloaded.state.raw.company).toBe('OTHER TAB');
    expect(sessionStorage.length).toBe(0);
  });

  it('finds nothing to recover when the save had committed before the page ended', async () => {
    const d = await store.create({ officeCode: 'NAC001', kind: 'system-setting', state: { raw: {} } });
    const s = open(d);
    s.update((st) => void (st.raw.phone = '0301234567'));
    const backupBeforeSave = sessionStorage.getItem(sessionStorage.key(0)!);
    await settle();
    // the page ended after the save committed but before the backup was cleared
    sessionStorage.setItem(`nss-draft-backup:${d.id}`, backupBeforeSave!);
    s.dispose();

    const reloaded = open(await stored(d.id));
    expect(reloaded.state.raw.phone).toBe('0301234567');
    expect(reloaded.conflict()).toBeUndefined();
    await settle();
    expect((await stored(d.id)).rev).toBe(2);
    expect(sessionStorage.length).toBe(0);
  });
});
