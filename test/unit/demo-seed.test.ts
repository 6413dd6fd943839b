import { beforeEach, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../src/domain/password';
import { getOffice, listUserCodes, listUserIds } from '../../src/store/contracts';
import { db } from '../../src/store/db';
import { resetDemoData, seedDemoData, seedDemoDataIfEmpty } from '../../src/store/demo/seed';
import { setSetting } from '../../src/store/settings';
import { resetDatabase, seedDemo } from '../support/db';

const NOW = Date.parse('2026-11-20T01:00:00Z');

describe('demo data', () => {
  beforeEach(resetDatabase);

  it('stores the demo password only as a PBKDF2-SHA256 hash with at least 600,000 iterations', async () => {
    await seedDemoData(NOW); // the real seed, as on first start
    const offices = await db.offices.toArray();
    expect(offices.map((o) => o.code).sort()).toEqual(['NAC001', 'NAC002']);
    for (const office of offices) {
      expect(office.password.algorithm).toBe('PBKDF2-SHA256');
      expect(office.password.iterations).toBeGreaterThanOrEqual(600_000);
      expect(JSON.stringify(office)).not.toContain('demo1234');
    }
    const [a, b] = offices;
    expect(a.password.salt).not.toBe(b.password.salt);
    expect(await verifyPassword('demo1234', a.password)).toBe(true);
  });

  it('writes ナックス商事株式会社 東京事業所 with its contract, and a second office sharing 1BNAC', async () => {
    await seedDemo();
    const office = await getOffice('NAC001');
    expect(office).toMatchObject({
      companyAbbr: 'NAC',
      companyName: 'ナックス商事株式会社',
      officeName: '東京事業所',
      customs: '東京税関',
      admin: { name: '山田 次郎', email: 'kanri@nacks-shoji.example' },
    });
    expect(office!.billingCode).toMatch(/^\d{7}$/);

    const codes = await listUserCodes('NAC001');
    expect(codes.map((c) => c.code)).toEqual(['1ANAC', '1BNAC', '1CNAC']);
    expect((await listUserCodes('NAC002')).map((c) => c.code)).toEqual(['1BNAC']);
    expect(codes.find((c) => c.code === '1BNAC')!.officeCodes).toEqual(['NAC001', 'NAC002']);

    const ids = await listUserIds('NAC001');
    expect(ids.map((u) => `${u.id} ${u.method}`)).toContain('1ANACA0A net');
    expect(ids.map((u) => `${u.id} ${u.method}`)).toContain('1ANACA01 インタ');
  });

  it('seeds on first start only', async () => {
    await seedDemo();
    await db.offices.update('NAC001', { officeName: '変更後' });
    expect(await seedDemoDataIfEmpty(NOW)).toBe(false);
    expect((await getOffice('NAC001'))!.officeName).toBe('変更後');
  });

  it('「デモデータを初期化」 restores the demo and keeps the settings and the device state', async () => {
    await seedDemo();
    await db.offices.update('NAC001', { officeName: '変更後' });
    await db.notices.put({ id: 'extra', officeCode: 'NAC001', at: NOW, category: '利用申込', text: 'x', updatedAt: 1, rev: 1 });
    await setSetting('demo', { enabled: false });
    await db.device.put({ key: 'receiptCounter', value: 42 });

    await resetDemoData(NOW);

    expect((await getOffice('NAC001'))!.officeName).toBe('東京事業所');
    expect(await db.notices.get('extra')).toBeUndefined();
    expect((await db.settings.get('demo'))?.value).toEqual({ enabled: false });
    expect((await db.device.get('receiptCounter'))?.value).toBe(42);
  });
});
