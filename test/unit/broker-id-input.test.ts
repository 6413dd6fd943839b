import { describe, expect, it } from 'vitest';
import { checkIdsStep, isShorterThanStandardDays, NO_ROWS_MESSAGE, setRow as setRowOffered } from '../../src/domain/broker-id/input';
import { BROKER_METHODS, methodsOfCode } from '../../src/domain/broker-id/rules';
import type { UserId } from '../../src/domain/contract';
import { checkStartDate } from '../../src/domain/validation/start-date';

// the demo's 1ANAC uses インタ, net and SMTP双方向
const ANAC_METHODS = ['インタ', 'net', 'SMTP双方向'] as const;
const setRow = (input: Parameters<typeof setRowOffered>[0], list: Parameters<typeof setRowOffered>[1]) =>
  setRowOffered(input, list, ANAC_METHODS);

describe('追加登録画面 inputs', () => {
  it('利用開始希望日 is a real business day after today', () => {
    expect(checkStartDate('20261201', '2026-11-20')).toEqual({ date: '2026-12-01' });
    expect(checkStartDate('20261120', '2026-11-20').error).toBe('利用開始希望日は翌日(2026/11/21(土))以降の日付を入力してください。');
    expect(checkStartDate('20261229', '2026-11-20').error).toContain('年末年始休業日');
    expect(checkStartDate('2026/12/01', '2026-11-20').error).toContain('「/」や「-」を入力せずに');
  });

  it('warns when the wish leaves fewer business days than the standard', () => {
    expect(isShorterThanStandardDays('2026-11-20', '2026-11-26', 5)).toBe(true); // 24, 25, 26: 3 days
    expect(isShorterThanStandardDays('2026-11-20', '2026-11-27', 5)).toBe(true);
    expect(isShorterThanStandardDays('2026-11-20', '2026-11-30', 5)).toBe(false);
  });

  it('a row needs a code, a method and 1–99 brokers in half-width digits', () => {
    expect(setRow({ userCode: '1ANAC', method: 'net', count: '3' }, { rows: [] })).toEqual({
      ok: true,
      value: { rows: [{ userCode: '1ANAC', method: 'net', count: 3 }] },
    });
    const r = setRow({ userCode: '', method: '', count: '０' }, { rows: [] });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.userCode).toBe('利用者コードを選択してください。');
      expect(r.errors.method).toBe('処理方式を選択してください。');
      expect(r.errors.count).toContain('全角の数字');
    }
    const zero = setRow({ userCode: '1ANAC', method: 'インタ', count: '0' }, { rows: [] });
    expect(zero.ok ? '' : zero.errors.count).toBe('追加する通関士IDの数は1から99までの数を入力してください。');
  });

  it('refuses a second row for the same code and method, except when correcting that row', () => {
    const rows = [{ userCode: '1ANAC', method: 'インタ' as const, count: 2 }];
    const twice = setRow({ userCode: '1ANAC', method: 'インタ', count: '1' }, { rows });
    expect(twice.ok ? '' : twice.errors.method).toBe(
      '1ANACの処理方式「インタ」は申込情報に設定済みです。人数を変更する場合は、申込情報の「修正」ボタンをクリックしてください。',
    );
    const corrected = setRow({ userCode: '1ANAC', method: 'インタ', count: '1' }, { rows, editing: 0 });
    expect(corrected.ok && corrected.value.rows).toEqual([{ userCode: '1ANAC', method: 'インタ', count: 1 }]);
    expect(setRow({ userCode: '1ANAC', method: 'net', count: '1' }, { rows }).ok).toBe(true);
  });

  it('「申込内容確認へ進む」 needs the date and at least one row', () => {
    const none = checkIdsStep('', [], '2026-11-20');
    expect(none.ok).toBe(false);
    if (!none.ok) {
      expect(none.errors.startDate).toBe('利用開始希望日を入力してください。(半角数字8桁 例)20190401)');
      expect(none.errors.rows).toBe(NO_ROWS_MESSAGE);
    }
    expect(checkIdsStep('20261201', [{ userCode: '1ANAC', method: 'net', count: 1 }], '2026-11-20')).toEqual({
      ok: true,
      value: '2026-12-01',
    });
  });

  it('「※すべての処理方式」: every 処理方式 of the code may get 通関士IDs, SMTP双方向 included, and only those', () => {
    expect(BROKER_METHODS).toEqual(['インタ', 'net', 'SMTP双方向', 'WebNACCS', 'ebMS']);
    const smtp = setRow({ userCode: '1ANAC', method: 'SMTP双方向', count: '1' }, { rows: [] });
    expect(smtp).toEqual({ ok: true, value: { rows: [{ userCode: '1ANAC', method: 'SMTP双方向', count: 1 }] } });
    const notUsed = setRowOffered({ userCode: '1CNAC', method: 'SMTP双方向', count: '1' }, { rows: [] }, ['インタ']);
    expect(notUsed.ok ? '' : notUsed.errors.method).toBe('利用者コード「1CNAC」で利用している処理方式（インタ）から選択してください。');

    const id = (userCode: string, method: UserId['method'], endDate?: string) => ({ userCode, method, endDate }) as UserId;
    const ids = [id('1ANAC', 'SMTP双方向'), id('1ANAC', 'インタ'), id('1ANAC', 'net'), id('1CNAC', 'インタ'), id('1CNAC', 'net', '2026-01-01')];
    expect(methodsOfCode('1ANAC', ids)).toEqual(['インタ', 'net', 'SMTP双方向']);
    expect(methodsOfCode('1CNAC', ids)).toEqual(['インタ']);
    expect(methodsOfCode('1ZNAC', ids)).toEqual(['インタ']);
  });
});
