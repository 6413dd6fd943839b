// WCAG 2.4.13 / 1.4.11: the focus ring must stand out 3:1 from white, the page's
// background, and the ring on the dark bars from their colour.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

const css = readFileSync(new URL('../../src/ui/styles.css', import.meta.url), 'utf8');
const variable = (name: string) => new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(css)![1];

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

it('the focus ring has at least 3:1 on white', () => {
  expect(contrast(variable('focus'), '#ffffff')).toBeGreaterThanOrEqual(3);
});

it('the trainer bar keeps its white text at 4.5:1', () => {
  expect(contrast(variable('trainer-orange'), '#ffffff')).toBeGreaterThanOrEqual(4.5);
});

it('the ring on the dark bars has at least 3:1 on the NSS blue, the trainer orange and the utility grey', () => {
  for (const bar of [variable('nss-blue'), '#333333', variable('trainer-orange')]) expect(contrast(variable('focus-on-dark'), bar)).toBeGreaterThanOrEqual(3);
});
