// Control, bidi, zero-width and other invisible characters are refused by every
// text rule with a message naming the character; 4-byte characters follow the
// per-field choice of docs/security.md.
import { describe, expect, it } from 'vitest';
import { validateUtbCardField } from '../../src/domain/broker-id/card-number';
import { checkUtb01Inquiry } from '../../src/domain/broker-id/utb';
import { checkRequestNotice, REQUEST_NOTICE_MAX } from '../../src/domain/request-notice';
import { checkSchedule } from '../../src/domain/system-setting/schedule';
import { checkContact } from '../../src/domain/validation/contact';
import { checkYmdField } from '../../src/domain/validation/date';
import { hostileCharOf } from '../../src/domain/validation/hostile';
import {
  emailAddress,
  englishUpper,
  freeText,
  fullWidth,
  fullWidthKana,
  halfWidthDigits,
  phoneDigits,
  upperAlnum,
} from '../../src/domain/validation/rules';

const RULES = {
  fullWidth: fullWidth('氏名(姓)'),
  fullWidthKana: fullWidthKana('氏名(フリガナ)(姓)'),
  phoneDigits: phoneDigits('電話番号'),
  halfWidthDigits: halfWidthDigits('追加する通関士IDの数'),
  emailAddress: emailAddress('E-mailアドレス(登録用)'),
  englishUpper: englishUpper('企業名'),
  upperAlnum: upperAlnum('輸出入者コード(JASTPRO)'),
  freeText: freeText('備考'),
};

/** A valid value for each rule, to which one hostile character is added. */
const VALID: Record<keyof typeof RULES, string> = {
  fullWidth: '通関',
  fullWidthKana: 'ツウカン',
  phoneDigits: '0312345678',
  halfWidthDigits: '12',
  emailAddress: 'taro@example.jp',
  englishUpper: 'NACCS TRADE',
  upperAlnum: 'ABC123',
  freeText: '至急お願いします',
};

const HOSTILE: [string, string][] = [
  ['\u202E', '「U+202E」(書字方向を変える制御文字)'],
  ['\u2066', '「U+2066」(書字方向を変える制御文字)'],
  ['\u200B', '「U+200B」(ゼロ幅の見えない文字)'],
  ['\uFEFF', '「U+FEFF」(ゼロ幅の見えない文字)'],
  ['\u00AD', '「U+00AD」(ゼロ幅の見えない文字)'],
  ['\u0007', '「U+0007」(制御文字)'],
  ['\t', '「U+0009」(制御文字・タブ)'],
  ['\u0085', '「U+0085」(制御文字)'],
  ['\u2028', '「U+2028」(行・段落の区切り文字)'],
  ['\u00A0', '「U+00A0」(特殊な空白文字)'],
  ['\u2003', '「U+2003」(特殊な空白文字)'],
  ['\u3164', '「U+3164」(空白に見える文字)'],
  ['\uFE0F', '「U+FE0F」(異体字セレクタ)'],
  ['\u{E0100}', '「U+E0100」(異体字セレクタ)'],
  ['\u{E0041}', '「U+E0041」(書式制御文字)'],
  ['\uE000', '「U+E000」(私用領域の文字(外字))'],
  ['\uD800', '「U+D800」(不正な文字(対になっていないサロゲート))'],
  ['\uFFFF', '「U+FFFF」(未定義の文字)'],
];

describe('hostile characters', () => {
  for (const [name, rule] of Object.entries(RULES) as [keyof typeof RULES, (typeof RULES)[keyof typeof RULES]][]) {
    it(`${name} accepts its valid value and refuses each hostile character by name`, () => {
      expect(rule(VALID[name])).toBeUndefined();
      for (const [ch, named] of HOSTILE) {
        const message = rule(VALID[name].slice(0, 2) + ch + VALID[name].slice(2));
        expect(message, `${name} with ${named}`).toContain(named);
        expect(message).not.toContain(ch);
      }
    });
  }

  it('names the reversing character in 「通関 太郎」 instead of showing it', () => {
    expect(fullWidth('氏名(姓)')('\u202E通関　太郎')).toBe(
      '氏名(姓)に入力できない文字「U+202E」(書字方向を変える制御文字)が含まれています。この文字を削除してから入力してください。',
    );
  });

  it('lets multi-line free text keep its line breaks but not other control characters', () => {
    expect(freeText('備考')('1行目\n2行目\r\n3行目')).toBeUndefined();
    expect(freeText('備考', false)('1行目\n2行目')).toContain('「U+000A」(制御文字・改行)');
    expect(freeText('備考')('a\u0000b')).toContain('「U+0000」(制御文字・NUL)');
  });

  it('refuses a zero-width space alone, which a required check would take for text', () => {
    const r = checkContact({ lastName: '\u200B' });
    expect(r.ok || r.errors.lastName).toContain('U+200B');
  });

  it('covers the dates, the UTB card field, 備考 and the center 確認依頼', () => {
    expect(checkYmdField('NACCS登録希望日', '2026\u202E1127').error).toContain('U+202E');
    const inquiry = checkUtb01Inquiry('1ANACA01', '1ANAC\u202EA01', []);
    expect(inquiry.ok || inquiry.error).toEqual({ code: 'S0002', message: expect.stringContaining('「U+202E」'), field: 'userId' });
    const card = validateUtbCardField('12\u200B3');
    expect(card.ok || card.message).toContain('U+200B');
    const schedule = checkSchedule({ timing: 'shortest', desiredDate: '', note: '急ぎ\u2067' }, '2026-11-20');
    expect(schedule.ok || schedule.errors.note).toContain('U+2067');
    const notice = checkRequestNotice('コード\u200Dを確認');
    expect(notice.ok || notice.message).toContain('U+200D');
  });

  it('does not count ordinary text as hostile', () => {
    for (const text of ['通関　太郎', 'NACCS TRADE', 'ｱｲｳ', '𠮷野', 'ー・', 'a-b_c@d.jp', '〒100-0001']) {
      expect(hostileCharOf(text), text).toBeUndefined();
    }
  });
});

describe('characters outside the BMP (docs/security.md)', () => {
  it('全角 fields take a supplementary kanji such as 𠮷 as one character', () => {
    expect(fullWidth('氏名(姓)')('𠮷田')).toBeUndefined();
    expect(checkContact({ lastName: '𠮷'.repeat(20) }).ok || checkContact({ lastName: '𠮷'.repeat(20) })).not.toHaveProperty(
      'errors.lastName',
    );
    const tooLong = checkContact({ lastName: '𠮷'.repeat(21) });
    expect(tooLong.ok || tooLong.errors.lastName).toBe('氏名(姓)は20文字以内で入力してください。(現在21文字)');
  });

  it('全角 and free-text fields refuse emoji and name them', () => {
    expect(fullWidth('役職名')('係長😀')).toBe('役職名に絵文字「😀」は入力できません。');
    expect(fullWidth('役職名')('係長☕')).toBe('役職名に絵文字「☕」は入力できません。');
    expect(freeText('備考')('よろしく🇯🇵')).toBe('備考に絵文字「🇯」「🇵」は入力できません。');
    expect(fullWidthKana('氏名(フリガナ)(姓)')('ツウカン😀')).toBe('氏名(フリガナ)(姓)に絵文字「😀」は入力できません。');
  });

  it('全角 fields refuse other 4-byte characters, naming them with their code point', () => {
    expect(fullWidth('所属部署名')('第𝐀部')).toBe('所属部署名に入力できない文字「𝐀」(U+1D400)が含まれています。');
  });

  it('半角 fields refuse every 4-byte character as one character', () => {
    expect(englishUpper('企業名')('NACCS 𠮷')).toBe('企業名は半角英大文字・数字で入力してください。全角の文字「𠮷」が含まれています。');
    expect(phoneDigits('電話番号')('03😀')).toBe('電話番号は半角数字のみで入力してください。「😀」は使えません。');
  });

  it('the 確認依頼 text is required, trimmed and at most 500 characters', () => {
    expect(checkRequestNotice('  ')).toEqual({ ok: false, message: '通知内容を入力してください。' });
    expect(checkRequestNotice(' 確認してください ')).toEqual({ ok: true, value: '確認してください' });
    expect(checkRequestNotice('あ'.repeat(REQUEST_NOTICE_MAX))).toMatchObject({ ok: true });
    expect(checkRequestNotice('𠮷'.repeat(REQUEST_NOTICE_MAX + 1))).toEqual({
      ok: false,
      message: '通知内容は500文字以内で入力してください。(現在501文字)',
    });
  });
});
