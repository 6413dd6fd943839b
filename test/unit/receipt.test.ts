import { beforeEach, describe, expect, it } from 'vitest';
import { allKinds } from '../../src/kinds/registry';
import {
  formatReceiptNo,
  isReceiptNo,
  newCounterState,
  nextReceiptNo,
  parseReceiptNo,
  receiptYear,
} from '../../src/domain/receipt';
import { db } from '../../src/store/db';
import { issueReceiptNo } from '../../src/store/applications';
import { resetDemoData } from '../../src/store/demo/seed';
import { resetDatabase } from '../support/db';

const fixed = (x: number) => () => x;

describe('申込受付番号 format', () => {
  it('is YY + five-digit serial + letter, eight characters like 1912345C', () => {
    const no = formatReceiptNo({ yy: '26', slot: 7, counter: 12, letter: 'C' });
    expect(no).toBe('2607012C');
    expect(no).toHaveLength(8);
    expect(isReceiptNo('1912345C')).toBe(true);
    expect(isReceiptNo('130007A')).toBe(false); // the old NSS's 7 characters
    expect(parseReceiptNo('2607012C')).toEqual({ yy: '26', slot: 7, counter: 12, letter: 'C' });
  });

  it('takes the year from the simulated date', () => {
    expect(receiptYear('2026-11-20')).toBe('26');
    expect(receiptYear('2019-04-02')).toBe('19');
  });

  it('has one letter per kind: A 利用申込, B 通関士ID, C システム設定, D 証明書再発行', () => {
    expect(Object.fromEntries(allKinds().map((k) => [k.kind, k.letter]))).toEqual({
      'broker-id': 'B',
      'system-setting': 'C',
      'contract-change': 'A',
      'cert-reissue': 'D',
      'new-usage': 'A',
    });
  });

  it('refuses a serial out of range', () => {
    expect(() => formatReceiptNo({ yy: '26', slot: 100, counter: 1, letter: 'A' })).toThrow();
    expect(() => formatReceiptNo({ yy: '26', slot: 1, counter: 1000, letter: 'A' })).toThrow();
    expect(() => formatReceiptNo({ yy: '26', slot: 1, counter: 0, letter: 'A' })).toThrow();
  });
});

describe('the device counter', () => {
  it('counts up across letters, so a serial is used once', () => {
    let state = newCounterState(fixed(0.42));
    const first = nextReceiptNo(state, '26', 'C', fixed(0));
    state = first.state;
    const second = nextReceiptNo(state, '26', 'A', fixed(0));
    expect(first.receiptNo).toBe('2642001C');
    expect(second.receiptNo).toBe('2642002A');
    expect(first.sameSerial).toEqual(['2642001A', '2642001B', '2642001C', '2642001D']);
  });

  it('starts again at 001 in a new year, under the new year digits', () => {
    let state = newCounterState(fixed(0.05));
    state = nextReceiptNo(state, '26', 'C', fixed(0)).state;
    const next = nextReceiptNo(state, '27', 'C', fixed(0));
    expect(next.receiptNo).toBe('2705001C');
    expect(nextReceiptNo(next.state, '26', 'C', fixed(0)).receiptNo).toBe('2605002C');
  });

  it('moves to a slot it never held when a slot has used its 999 numbers', () => {
    const state = { slot: 5, heldSlots: [5], last: { '26-5': 999 } };
    const next = nextReceiptNo(state, '26', 'B', fixed(0));
    expect(next.receiptNo).toBe('2600001B');
    expect(next.state.heldSlots).toEqual([5, 0]);
    const again = nextReceiptNo({ ...next.state, last: { ...next.state.last, '26-0': 999 } }, '26', 'B', fixed(0));
    expect(again.receiptNo).toBe('2601001B');
  });
});

describe('issuing in the database', () => {
  beforeEach(resetDatabase);

  const issue = (yy = '26', letter: 'A' | 'C' = 'C') =>
    db.transaction('rw', [db.device, db.applications], () => issueReceiptNo(yy, letter, fixed(0.3)));

  it('keeps the counter in the device table and counts up', async () => {
    expect(await issue()).toBe('2630001C');
    expect(await issue('26', 'A')).toBe('2630002A');
    const row = await db.device.get('receiptCounter');
    expect(row?.value).toMatchObject({ slot: 30, last: { '26-30': 2 } });
  });

  it('skips a serial that already exists (e.g. one synced from another device)', async () => {
    await db.applications.add({ id: 'x', receiptNo: '2630001A' } as never);
    expect(await issue()).toBe('2630002C');
  });

  it('never issues a number again after 「デモデータを初期化」, which keeps the device table', async () => {
    const first = await issue();
    await db.applications.add({ id: 'x', receiptNo: first } as never);
    await resetDemoData(Date.parse('2026-11-20T01:00:00Z'));
    expect(await db.applications.count()).toBe(0);
    expect(await issue()).toBe('2630002C');
  });

  it('cannot store two applications with the same number (unique index)', async () => {
    await db.applications.add({ id: 'x', receiptNo: '2630001C' } as never);
    await expect(db.applications.add({ id: 'y', receiptNo: '2630001C' } as never)).rejects.toThrow();
  });
});
