import { describe, expect, it } from 'vitest';
import { charCount } from '../../src/domain/validation/chars';
import { checkContact } from '../../src/domain/validation/contact';
import { checkYmdField } from '../../src/domain/validation/date';
import {
  emailAddress,
  englishUpper,
  fullWidth,
  fullWidthKana,
  halfWidthDigits,
  maxChars,
  phoneDigits,
  required,
  upperAlnum,
} from '../../src/domain/validation/rules';

describe('(全角) fields', () => {
  const rule = fullWidth('所属部署名');
  it('accepts kanji, kana, full-width digits and the full-width space', () => {
    expect(rule('第一営業部営業第３課')).toBeUndefined();
    expect(rule('第一通関部\u3000通関課')).toBeUndefined();
  });
  it('names the half-width characters it found', () => {
    expect(rule('第一営業部営業第3課')).toBe('所属部署名は全角で入力してください。半角の文字「3」が含まれています。');
    expect(rule('ｶﾁｮｳ')).toBe('所属部署名は全角で入力してください。半角の文字「ｶ」「ﾁ」「ｮ」が含まれています。');
    expect(rule('通関 課')).toContain('「半角スペース」');
  });
});

describe('(全角カナ) fields', () => {
  const rule = fullWidthKana('氏名(フリガナ)(姓)');
  it('accepts katakana with the long-vowel mark', () => {
    expect(rule('ツウカン')).toBeUndefined();
    expect(rule('ヴァーノン')).toBeUndefined();
  });
  it('says when hiragana, kanji or half-width kana were typed', () => {
    expect(rule('つうかん')).toBe('氏名(フリガナ)(姓)は全角カナで入力してください。ひらがな「つ」「う」「か」が含まれています。');
    expect(rule('ﾂｳｶﾝ')).toContain('半角の文字「ﾂ」');
    expect(rule('通関')).toContain('カタカナ以外の文字「通」「関」');
  });
});

describe('電話番号 / FAX番号 (半角数字, no hyphen)', () => {
  const rule = phoneDigits('電話番号');
  it('accepts half-width digits', () => {
    expect(rule('0301234567')).toBeUndefined();
  });
  it('gives the seed message for hyphens, whatever hyphen was typed', () => {
    const msg = '電話番号は「-」(ハイフン)を入力せずに、数字のみ入力してください。';
    expect(rule('03-0123-4567')).toBe(msg);
    expect(rule('03－0123－4567')).toBe(msg);
    expect(rule('03ー0123ー4567')).toBe(msg);
  });
  it('still refuses full-width digits, with a message that says so', () => {
    expect(rule('０３０１２３４５６７')).toBe('電話番号は半角数字で入力してください。全角の数字「０」「３」「１」が含まれています。');
  });
  it('refuses letters', () => {
    expect(rule('03ABC')).toBe('電話番号は半角数字のみで入力してください。「A」「B」「C」は使えません。');
  });
  it('half-width digit fields also refuse full-width digits', () => {
    expect(halfWidthDigits('件数')('１２')).toContain('全角の数字「１」「２」');
  });
});

describe('E-mail', () => {
  const rule = emailAddress('E-mailアドレス(登録用)');
  it('accepts an address and refuses a malformed or full-width one', () => {
    expect(rule('tarou.tsukan@naccs.jp')).toBeUndefined();
    expect(rule('tarou.tsukan')).toBe('E-mailアドレス(登録用)を正しい形式(例: tarou.tsukan@naccs.jp)で入力してください。');
    expect(rule('tarou＠naccs.jp')).toContain('全角の文字「＠」');
  });
});

describe('max length in characters', () => {
  const rule = maxChars('備考', 240);
  it('counts characters, not bytes: 240 kanji pass, 241 fail', () => {
    expect(rule('通'.repeat(240))).toBeUndefined();
    expect(rule('通'.repeat(241))).toBe('備考は240文字以内で入力してください。(現在241文字)');
  });
  it('counts a surrogate pair as one character', () => {
    expect('𠮷'.length).toBe(2);
    expect(charCount('𠮷')).toBe(1);
    expect(rule('𠮷'.repeat(240))).toBeUndefined();
    expect(rule('𠮷'.repeat(241))).toContain('(現在241文字)');
  });
});

describe('required', () => {
  it('treats blanks as empty', () => {
    expect(required('役職名')('  ')).toBe('役職名を入力してください。');
    expect(required('役職名')('課長')).toBeUndefined();
  });
});

describe('English names (半角英大文字)', () => {
  const rule = englishUpper('企業名');
  it('accepts the seed samples', () => {
    expect(rule('NACCS TRADE COMPANY')).toBeUndefined();
    expect(rule('TOKYO TO MINATO KU KOUNAN 10-100-1 NACCS BLD. 20F')).toBeUndefined();
    expect(rule('J.YAMADA')).toBeUndefined();
  });
  it('refuses lower case, full-width and other characters with what to enter', () => {
    expect(rule('Naccs')).toBe('企業名は半角英大文字で入力してください。小文字「a」「c」「s」は使えません。');
    expect(rule('ＮＡＣＣＳ')).toContain('全角の文字「Ｎ」「Ａ」「Ｃ」');
    expect(rule('NACCS!')).toContain('「!」は使えません');
  });
  it('code fields take upper-case letters and digits only', () => {
    expect(upperAlnum('輸出入者コード')('ABC123')).toBeUndefined();
    expect(upperAlnum('輸出入者コード')('abc')).toContain('小文字');
  });
});

describe('YYYYMMDD dates', () => {
  const label = 'NACCS登録希望日';
  it('accepts a real business date on or after the earliest', () => {
    expect(checkYmdField(label, '20261127', { businessDay: true, notBefore: '2026-11-27' })).toEqual({ date: '2026-11-27' });
  });
  it('asks for 8 half-width digits', () => {
    expect(checkYmdField(label, '').error).toBe('NACCS登録希望日を入力してください。(半角数字8桁 例)20190401)');
    expect(checkYmdField(label, '2026/11/27').error).toContain('「/」や「-」を入力せずに');
    expect(checkYmdField(label, '２０２６１１２７').error).toContain('全角の数字');
    expect(checkYmdField(label, '202611').error).toBe('NACCS登録希望日は半角数字8桁(例)20190401)で入力してください。');
  });
  it('refuses dates that do not exist', () => {
    expect(checkYmdField(label, '20260230').error).toBe('NACCS登録希望日に存在しない日付(20260230)が入力されています。正しい日付を入力してください。');
    expect(checkYmdField(label, '20271301').error).toContain('存在しない日付');
  });
  it('names the holiday, the weekend and the year-end closure', () => {
    const opts = { businessDay: true };
    expect(checkYmdField(label, '20261123', opts).error).toBe(
      'NACCS登録希望日の2026/11/23(月)は祝日(勤労感謝の日)のため指定できません。営業日を入力してください。',
    );
    expect(checkYmdField(label, '20261128', opts).error).toContain('土曜日のため');
    expect(checkYmdField(label, '20261230', opts).error).toContain('年末年始休業日(12月29日〜1月3日)のため');
    expect(checkYmdField(label, '20270104', opts).date).toBe('2027-01-04');
  });
  it('refuses a date earlier than the earliest, naming it', () => {
    const r = checkYmdField(label, '20261126', { businessDay: true, notBefore: '2026-11-27', notBeforeName: '最短の登録日' });
    expect(r.error).toBe('NACCS登録希望日は最短の登録日(2026/11/27(金))以降の日付を入力してください。');
  });
});

describe('申込担当者', () => {
  const good = {
    lastName: '通関',
    firstName: '太郎',
    lastNameKana: 'ツウカン',
    firstNameKana: 'タロウ',
    department: '第一営業部営業第３課',
    title: '課長',
    phone: '0301234567',
    fax: '',
    email: 'tarou.tsukan@naccs.jp',
    emailConfirm: 'tarou.tsukan@naccs.jp',
  };
  it('accepts a complete contact without FAX and drops the 確認用 address', () => {
    const r = checkContact(good);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).not.toHaveProperty('emailConfirm');
  });
  it('gives one message per wrong field', () => {
    const r = checkContact({ ...good, lastName: '', phone: '03-0123-4567', fax: '０３' });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors).toEqual({
        lastName: '氏名(姓)を入力してください。',
        phone: '電話番号は「-」(ハイフン)を入力せずに、数字のみ入力してください。',
        fax: 'FAX番号は半角数字で入力してください。全角の数字「０」「３」が含まれています。',
      });
  });
  it('requires the two E-mail addresses to match', () => {
    const r = checkContact({ ...good, emailConfirm: 'tarou.tsukan@naccs.co.jp' });
    expect(r.ok ? {} : r.errors).toEqual({ emailConfirm: '確認のため、同じE-mailアドレスを入力してください。' });
  });
});
