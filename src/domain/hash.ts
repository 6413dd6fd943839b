// A repeatable number from a text: the same text gives the same number on every
// device, so a simulated outcome (a review's random answer, a month's usage) never
// depends on which tab or device computed it.

/** A repeatable number in [0, 1) from a text (FNV-1a). */
export function hashUnit(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h / 2 ** 32;
}
