// Text as the font can draw it, and broken into lines. Pure: the renderer passes
// what the font has and how wide each character is.
import { REPLACEMENT_CHAR } from '../domain/documents';

/** Variation selectors (standardized and ideographic) belong to the character before them. */
function isVariationSelector(cp: number): boolean {
  return (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef);
}

/** The text split into clusters: one character with any variation selector after it. */
export function clusters(text: string): string[] {
  const out: string[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (isVariationSelector(cp) && out.length > 0 && out[out.length - 1] !== '\n') out[out.length - 1] += ch;
    else out.push(ch);
  }
  return out;
}

export interface Covered {
  text: string;
  /** whether some character was replaced by 〓 */
  replaced: boolean;
}

/**
 * The text with every character the font lacks replaced by 〓, so that nothing
 * typed disappears without a trace. Line breaks stay, a tab becomes a space,
 * other control characters count as missing.
 */
export function coverText(text: string, hasGlyph: (codePoint: number) => boolean): Covered {
  let replaced = false;
  let out = '';
  for (const cluster of clusters(text.replace(/\r\n?/g, '\n'))) {
    if (cluster === '\n') {
      out += cluster;
      continue;
    }
    if (cluster === '\t') {
      out += ' ';
      continue;
    }
    const cp = cluster.codePointAt(0)!;
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || !hasGlyph(cp)) {
      out += REPLACEMENT_CHAR;
      replaced = true;
    } else out += cluster;
  }
  return { text: out, replaced };
}

/** Characters that may not begin a line (kinsoku): they hang at the end of the previous one. */
const NO_LINE_START = new Set([...'、。，．,.)]｝}）〕］】」』〉》・：；:;!?！？ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶｧｨｩｪｫｬｭｮｯｰ々゛゜ﾞﾟ']);

const isWordChar = (c: string) => /^[\x21-\x7e]$/.test(c);

/**
 * The text broken into lines no wider than `maxWidth` (a paragraph per '\n').
 * Japanese breaks between any two characters except before closing punctuation
 * and small kana; a run of ASCII breaks at its last space when it has one.
 */
export function wrapText(text: string, maxWidth: number, widthOf: (cluster: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line: string[] = [];
    let width = 0;
    for (const c of clusters(paragraph)) {
      const w = widthOf(c);
      if (width + w <= maxWidth || line.length === 0 || NO_LINE_START.has(c)) {
        line.push(c);
        width += w;
        continue;
      }
      let carry: string[] = [];
      if (c !== ' ' && isWordChar(c) && isWordChar(line[line.length - 1])) {
        const space = line.lastIndexOf(' ');
        if (space > 0) {
          carry = line.slice(space + 1);
          line = line.slice(0, space);
        }
      }
      lines.push(line.join('').trimEnd());
      line = c === ' ' ? carry : [...carry, c];
      width = line.reduce((sum, x) => sum + widthOf(x), 0);
    }
    lines.push(line.join('').trimEnd());
  }
  return lines;
}
