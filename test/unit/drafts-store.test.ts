import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/store/db';
import { createMemoryDraftStore, dexieDraftStore, type DraftStore } from '../../src/store/drafts';
import { resetDatabase } from '../support/db';

const file = (text: string, name = '貨物引渡義務登録調査票.xlsx') => ({
  name,
  type: 'application/vnd.ms-excel',
  size: text.length,
  blob: new Blob([text]),
});

const stores: [string, () => DraftStore][] = [
  ['Dexie', () => dexieDraftStore],
  ['memory', () => createMemoryDraftStore()],
];

describe.each(stores)('the %s draft store', (_name, make) => {
  let store: DraftStore;
  beforeEach(async () => {
    await resetDatabase();
    store = make();
  });

  it('saves on the current revision and counts it up', async () => {
    const d = await store.create({ officeCode: 'NAC001', kind: 'system-setting', state: { raw: { a: '1' } } });
    expect(d.rev).toBe(1);
    const saved = await store.save(d.id, 1, { raw: { a: '2' } });
    expect(saved.ok && saved.draft.rev).toBe(2);
    expect((await store.get(d.id))!.state).toEqual({ raw: { a: '2' } });
  });

  it("keeps the training clock's time of the last write as savedAt, and the one it has when a write gives none", async () => {
    const created = Date.UTC(2026, 10, 20, 1, 0);
    const d = await store.create({ officeCode: 'NAC001', kind: 'system-setting', state: {}, savedAt: created });
    expect(d.savedAt).toBe(created);
    await store.save(d.id, 1, { raw: { a: '1' } }, created + 60_000);
    await store.addAttachments(d.id, 2, [file('abc')], created + 120_000);
    expect((await store.get(d.id))!.savedAt).toBe(created + 120_000);
    await store.save(d.id, 3, { raw: { a: '2' } });
    expect((await store.get(d.id))!.savedAt).toBe(created + 120_000);
  });

  it('refuses a save based on a stale revision and returns what is stored', async () => {
    const d = await store.create({ officeCode: 'NAC001', kind: 'system-setting', state: { tab: 'A' } });
    await store.save(d.id, 1, { tab: 'B' });
    const stale = await store.save(d.id, 1, { tab: 'A again' });
    expect(stale).toMatchObject({ ok: false, reason: 'stale', current: { rev: 2, state: { tab: 'B' } } });
    expect((await store.get(d.id))!.state).toEqual({ tab: 'B' });
  });

  it('stores attachments with the draft and refuses them on a stale revision', async () => {
    const d = await store.create({ officeCode: 'NAC001', kind: 'system-setting', state: {} });
    const added = await store.addAttachments(d.id, 1, [file('abc')]);
    expect(added.ok).toBe(true);
    const draft = (await store.get(d.id))!;
    expect(draft.attachments.map((a) => [a.name, a.size])).toEqual([['貨物引渡義務登録調査票.xlsx', 3]]);
    expect(await (await store.readAttachment(draft.attachments[0].id))!.text()).toBe('abc');
    expect(await store.addAttachments(d.id, 1, [file('late')])).toMatchObject({ ok: false, reason: 'stale' });
    const removed = await store.removeAttachment(d.id, 2, draft.attachments[0].id);
    expect(removed.ok && removed.draft.attachments).toEqual([]);
  });

  it('lists open drafts by office and kind and forgets discarded ones', async () => {
    const a = await store.create({ officeCode: 'NAC001', kind: 'system-setting', state: {} });
    await store.create({ officeCode: 'NAC002', kind: 'system-setting', state: {} });
    expect((await store.listOpen('NAC001', 'system-setting')).map((d) => d.id)).toEqual([a.id]);
    await store.discard(a.id);
    expect(await store.listOpen('NAC001', 'system-setting')).toEqual([]);
    expect(await store.save(a.id, 1, {})).toEqual({ ok: false, reason: 'gone' });
  });
});

describe('Dexie drafts', () => {
  beforeEach(resetDatabase);

  it('writes a draft attachment in the same transaction as the draft: a failed draft write leaves no blob', async () => {
    const d = await dexieDraftStore.create({ officeCode: 'NAC001', kind: 'system-setting', state: {} });
    const fail = () => {
      throw new Error('disk full');
    };
    db.drafts.hook('updating', fail);
    db.drafts.hook('creating', fail);
    try {
      await expect(dexieDraftStore.addAttachments(d.id, 1, [file('abc')])).rejects.toThrow();
    } finally {
      db.drafts.hook('updating').unsubscribe(fail);
      db.drafts.hook('creating').unsubscribe(fail);
    }
    expect(await db.attachments.where('ownerId').equals(d.id).count()).toBe(0);
    expect((await dexieDraftStore.get(d.id))!.attachments).toEqual([]);
  });

  it('keeps a file carried over from a filed application when a 修正 draft drops it', async () => {
    await db.attachments.add({ id: 'app-file', ownerId: 'app-1', name: 'a.xlsx', type: '', size: 1, blob: new Blob(['a']), updatedAt: 0, rev: 1 });
    const d = await dexieDraftStore.create({
      officeCode: 'NAC001',
      kind: 'system-setting',
      amends: 'app-1',
      state: {},
      attachments: [{ id: 'app-file', name: 'a.xlsx', size: 1, type: '' }],
    });
    const r = await dexieDraftStore.removeAttachment(d.id, 1, 'app-file');
    expect(r.ok && r.draft.attachments).toEqual([]);
    const kept = await db.attachments.get('app-file');
    expect(kept?.deleted).toBeUndefined();
    expect(await kept!.blob.text()).toBe('a');
  });

  it("removing a draft's own file marks its row deleted and drops its bytes, so the removal reaches other devices", async () => {
    const d = await dexieDraftStore.create({ officeCode: 'NAC001', kind: 'system-setting', state: {} });
    const added = await dexieDraftStore.addAttachments(d.id, 1, [file('abc')]);
    const fileId = added.ok ? added.draft.attachments[0].id : '';
    const before = (await db.attachments.get(fileId))!;
    const r = await dexieDraftStore.removeAttachment(d.id, 2, fileId);
    expect(r.ok && r.draft.attachments).toEqual([]);
    const row = (await db.attachments.get(fileId))!;
    expect([row.deleted, row.size, row.blob.size]).toEqual([1, 0, 0]);
    expect(row.rev).toBeGreaterThan(before.rev);
    expect(await dexieDraftStore.readAttachment(fileId)).toBeUndefined();
  });

  it('discarding a draft marks its files deleted (the deletion syncs) and drops their bytes', async () => {
    const d = await dexieDraftStore.create({ officeCode: 'NAC001', kind: 'system-setting', state: {} });
    await dexieDraftStore.addAttachments(d.id, 1, [file('abc'), file('de', '別紙.pdf')]);
    await dexieDraftStore.discard(d.id);
    const rows = await db.attachments.where('ownerId').equals(d.id).sortBy('name');
    expect(rows.map((r) => [r.name, r.deleted, r.blob.size])).toEqual([
      ['別紙.pdf', 1, 0],
      ['貨物引渡義務登録調査票.xlsx', 1, 0],
    ]);
    expect((await db.drafts.get(d.id))!.deleted).toBe(1);
  });
});
