import { describe, expect, it } from 'vitest';
import { utbInputForCard, validateUtbCardField } from '../../src/domain/broker-id/card-number';

describe('通関士証票番号: what to type into UTB (seed 004)', () => {
  it.each([
    ['035', '035'],
    ['12345', '12345'],
    ['12-97', '12-97'],
    ['29-10', '29-10'],
    ['12-7896', '7896'],
  ])('the seed example %s is entered as %s', (written, typed) => {
    expect(utbInputForCard(written)).toEqual({ ok: true, value: typed });
  });

  it('keeps only the part after the hyphen when the number does not fit in five characters', () => {
    expect(utbInputForCard('123-45')).toEqual({ ok: true, value: '45' });
    expect(utbInputForCard('3-12345')).toEqual({ ok: true, value: '12345' });
  });

  it('refuses a number whose part after the hyphen is still longer than five digits', () => {
    const r = utbInputForCard('1-234567');
    expect(r.ok).toBe(false);
  });

  it('refuses letters and a number without digits', () => {
    expect(utbInputForCard('AB-12').ok).toBe(false);
    expect(utbInputForCard('-').ok).toBe(false);
  });
});

describe('the UTB 通関士証票番号 field', () => {
  it('accepts what the seed says to type', () => {
    for (const typed of ['035', '12345', '12-97', '7896', '29-10']) {
      expect(validateUtbCardField(typed)).toEqual({ ok: true, value: typed });
    }
  });

  it('explains the rule when the number as written is typed whole', () => {
    const r = validateUtbCardField('12-7896');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toContain('ハイフン以降の番号(例 7896)を左詰めで入力してください。');
      expect(r.message).toContain('「7896」と入力します');
    }
  });

  it('gives a clear message for a 全角 digit, as NACCS refuses it too', () => {
    const r = validateUtbCardField('０３５');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('全角文字が含まれています');
  });

  it('wants the number left-aligned and not empty', () => {
    expect(validateUtbCardField(' 035').ok).toBe(false);
    expect(validateUtbCardField('')).toEqual({ ok: false, message: '通関士証票番号を入力してください。' });
  });
});
