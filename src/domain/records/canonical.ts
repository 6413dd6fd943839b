// Canonical JSON and a content hash: the same record gives the same text and
// hash on every device, whatever the order its keys were written in.

/** JSON with object keys sorted, undefined members left out (as JSON.stringify does). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((x) => (x === undefined ? 'null' : canonicalJson(x))).join(',')}]`;
  const entries = Object.keys(value)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}

/** 53-bit string hash (cyrb53), seeded. */
function cyrb53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** 32 hex digits naming a text (not cryptographic: it tells versions apart, it proves nothing). */
export function hashText(text: string): string {
  return [1, 2].map((seed) => cyrb53(text, seed).toString(16).padStart(14, '0').slice(-14)).join('') + cyrb53(text, 3).toString(16).slice(-4).padStart(4, '0');
}

export function contentHash(value: unknown): string {
  return hashText(canonicalJson(value));
}
