// Text as the PDF font draws it: missing characters replaced visibly, lines
// broken as Japanese typesetting breaks them.
import { describe, expect, it } from 'vitest';
import { clusters, coverText, wrapText } from '../../src/pdf/text';

const has = (cp: number) => cp !== 0x20000 && cp !== 0x2a6d6;
const oneEach = () => 1;

describe('coverText', () => {
  it('keeps what the font has, rare kanji and half-width katakana included', () => {
    expect(coverText('𠮷田 髙﨑 ﾂｳｶﾝ', has)).toEqual({ text: '𠮷田 髙﨑 ﾂｳｶﾝ', replaced: false });
  });

  it('replaces a character the font lacks by 〓 and says so', () => {
    expect(coverText('旧\u{20000}字', has)).toEqual({ text: '旧〓字', replaced: true });
  });

  it('keeps line breaks, turns a tab into a space and a control character into 〓', () => {
    expect(coverText('一\r\n二\t三\u0007', has)).toEqual({ text: '一\n二 三〓', replaced: true });
  });

  it('keeps a variation selector with its character', () => {
    expect(clusters('葛\u{E0100}城')).toEqual(['葛\u{E0100}', '城']);
    expect(coverText('葛\u{E0100}城', has)).toEqual({ text: '葛\u{E0100}城', replaced: false });
  });
});

describe('wrapText', () => {
  it('breaks Japanese between any two characters', () => {
    expect(wrapText('あいうえおかきく', 3, oneEach)).toEqual(['あいう', 'えおか', 'きく']);
  });

  it('never starts a line with closing punctuation or a small kana: it hangs at the end', () => {
    expect(wrapText('あいう。えお', 3, oneEach)).toEqual(['あいう。', 'えお']);
    expect(wrapText('キャッシュ', 2, oneEach)).toEqual(['キャッ', 'シュ']);
  });

  it('breaks an ASCII run at its last space, and a paragraph per line break', () => {
    expect(wrapText('TOKYO TO MINATO KU', 10, oneEach)).toEqual(['TOKYO TO', 'MINATO KU']);
    expect(wrapText('一\n二', 10, oneEach)).toEqual(['一', '二']);
  });

  it('breaks a word longer than the line where it must', () => {
    expect(wrapText('ABCDEFGH', 3, oneEach)).toEqual(['ABC', 'DEF', 'GH']);
  });
});
