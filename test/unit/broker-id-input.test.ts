import { describe, expect, it } from 'vitest';
import { checkRow, checkStartDate, isShorterThanStandardDays } from '../../src/domain/broker-id/input';

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
    expect(checkRow({ userCode: '1ANAC', method: 'net', count: '3' }, [])).toEqual({
      ok: true,
      row: { userCode: '1ANAC', method: 'net', count: 3 },
    });
    const r = checkRow({ userCode: '', method: '', count: '０' }, []);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.userCode).toBe('利用者コードを選択してください。');
      expect(r.errors.method).toBe('処理方式を選択してください。');
      expect(r.errors.count).toContain('全角の数字');
    }
    const zero = checkRow({ userCode: '1ANAC', method: 'インタ', count: '0' }, []);
    expect(zero.ok ? '' : zero.errors.count).toBe('追加する通関士IDの数は1から99までの数を入力してください。');
  });

  it('refuses a second row for the same code and method, except when correcting that row', () => {
    const rows = [{ userCode: '1ANAC', method: 'インタ' as const, count: 2 }];
    expect(checkRow({ userCode: '1ANAC', method: 'インタ', count: '1' }, rows).ok).toBe(false);
    expect(checkRow({ userCode: '1ANAC', method: 'インタ', count: '1' }, rows, 0).ok).toBe(true);
    expect(checkRow({ userCode: '1ANAC', method: 'net', count: '1' }, rows).ok).toBe(true);
  });
});
