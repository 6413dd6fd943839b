// The monthly bill: computed from the contract of its month (plan A vs B, options
// per 利用者コード, 消費税), the month boundary, and the center writing it exactly once.
import { beforeEach, describe, expect, it } from 'vitest';
import { fixOfficeBills, runBilling } from '../../src/center/billing';
import {
  BASE_FEE_A,
  billFixedNotice,
  computeBill,
  debitDate,
  paymentDeadline,
  planOfMonth,
  taxOf,
  UNIT_PRICES,
  usageCount,
} from '../../src/domain/billing/bill';
import { billCsv, billCsvFileName } from '../../src/domain/billing/csv';
import { addMonths, daysInUse, monthsToFix } from '../../src/domain/billing/months';
import type { UserId } from '../../src/domain/contract';
import { changeEffect } from '../../src/domain/contract-change/effect';
import type { ContractChangePayload } from '../../src/domain/contract-change/payload';
import { jstMs } from '../../src/domain/time';
import { db } from '../../src/store/db';
import { demoUserIds } from '../../src/store/demo/data';
import { closeDatabase } from '../../src/store/open';
import { demoContract } from '../support/billing';
import { resetDatabase, seedDemo } from '../support/db';

describe('the bill of a month', () => {
  it('charges Aプラン its 基本料金 per terminal and the lower unit price, Bプラン no base fee', () => {
    const bill = computeBill(demoContract(), '2026-11');
    const base = bill.amounts.filter((l) => l.kind === '基本料金');
    expect(base).toEqual([expect.objectContaining({ system: 'netNACCS', plan: 'A', quantity: 1, amount: BASE_FEE_A })]);
    const usage = bill.amounts.filter((l) => l.kind === '従量料金');
    // every 利用者ID of the office in use that month, one line each
    expect(usage.map((l) => l.userId)).toEqual(['1ANACA01', '1ANACA02', '1ANACA0A', '1ANACY01', '1BNACB01', '1CNACC01']);
    const net = usage.find((l) => l.userId === '1ANACA0A')!;
    expect(net).toMatchObject({ system: 'netNACCS', plan: 'A', unitPrice: 17, amount: net.quantity! * 17 });
    const general = usage.find((l) => l.userId === '1ANACA01')!;
    expect(general).toMatchObject({ system: '一般NACCS', plan: 'B', unitPrice: 20, amount: general.quantity! * 20 });

    // the same office on Bプラン for netNACCS: no 基本料金, the net ID at B's price
    const onB = computeBill(demoContract('NAC001', { feePlan: { netNACCS: 'B', general: 'B' } }), '2026-11');
    expect(onB.amounts.filter((l) => l.kind === '基本料金')).toEqual([]);
    const netB = onB.amounts.find((l) => l.userId === '1ANACA0A')!;
    expect(netB.quantity).toBe(net.quantity);
    expect(netB.amount).toBe(net.quantity! * UNIT_PRICES.B);
    // A's unit price is 13.4–20 % below B's (DOMAIN.md §7.1)
    const below = 1 - UNIT_PRICES.A / UNIT_PRICES.B;
    expect(below).toBeGreaterThanOrEqual(0.134);
    expect(below).toBeLessThanOrEqual(0.2);
  });

  it('charges 管理統計資料(有料分) and 保存サービス per 利用者コード, a shared code to its first office only', () => {
    const nac001 = computeBill(demoContract('NAC001'), '2026-11');
    expect(nac001.amounts.filter((l) => l.userCode && l.kind !== '従量料金').map((l) => [l.kind, l.userCode, l.amount])).toEqual([
      ['管理統計資料(有料分)', '1ANAC', 1000],
      ['管理統計資料(有料分)', '1BNAC', 1000],
      ['保税管理資料保存サービス', '1BNAC', 1000],
    ]);
    const nac002 = computeBill(demoContract('NAC002'), '2026-11');
    expect(nac002.amounts.map((l) => l.kind)).toEqual(['従量料金', '消費税']);
    expect(nac002.amounts[0]).toMatchObject({ userId: '1BNACB02', plan: 'B' });
  });

  it('adds 消費税 10 % once on the 税抜 total, fractions of a yen dropped', () => {
    expect(taxOf(12_345)).toBe(1_234);
    expect(taxOf(12_349)).toBe(1_234);
    expect(taxOf(10)).toBe(1);
    expect(taxOf(9)).toBe(0);
    const bill = computeBill(demoContract(), '2026-11');
    const charges = bill.amounts.filter((l) => l.kind !== '消費税').reduce((s, l) => s + l.amount, 0);
    expect(bill.subtotal).toBe(charges);
    expect(bill.tax).toBe(Math.floor(charges / 10));
    expect(bill.amounts.at(-1)).toEqual({ label: '消費税(10%)', amount: bill.tax, kind: '消費税' });
    expect(bill.total).toBe(charges + bill.tax!);
  });

  it('draws the same 利用件数 for the same ID and month on every device, scaled by the days in use', () => {
    const id: UserId = demoUserIds()[0];
    expect(usageCount(id, '2026-11')).toBe(usageCount({ ...id }, '2026-11'));
    expect(usageCount(id, '2026-11')).toBeGreaterThanOrEqual(600);
    expect(usageCount(id, '2026-11')).toBeLessThanOrEqual(2400);
    // started on the 16th of a 30-day month: 15 days of 30
    const late = { ...id, startDate: '2026-11-16' };
    expect(usageCount(late, '2026-11')).toBe(Math.round(usageCount(id, '2026-11') / 2));
    expect(usageCount({ ...id, endDate: '2026-10-31' }, '2026-11')).toBe(0);
    expect(daysInUse({ startDate: '2026-02-10', endDate: '2026-02-12' }, '2026-02')).toBe(3);
    // the 1CNAC ID began on 2026-10-01: in the October bill, not in September's
    expect(computeBill(demoContract(), '2026-09').amounts.some((l) => l.userId === '1CNACC01')).toBe(false);
    expect(computeBill(demoContract(), '2026-10').amounts.some((l) => l.userId === '1CNACC01')).toBe(true);
  });

  it('bills the plan of the month: a change counts from its month, earlier months keep the plan it replaced', () => {
    const { office } = demoContract();
    // a 料金プラン change whose 利用開始日 is mid-December takes effect from January
    const payload = { items: ['plan'], plan: { netNACCS: 'B', general: 'B' } } as ContractChangePayload;
    const edits = changeEffect(payload, { office, userCodes: [], userIds: [], terminals: [] }, undefined, '2026-12-15');
    const changed = edits.office!;
    expect(changed.feePlanHistory).toEqual([
      { from: '2015-04', plan: { netNACCS: 'A', general: 'B' } },
      { from: '2027-01', plan: { netNACCS: 'B', general: 'B' } },
    ]);
    expect(planOfMonth(changed, '2026-12')).toEqual({ netNACCS: 'A', general: 'B' });
    expect(planOfMonth(changed, '2027-01')).toEqual({ netNACCS: 'B', general: 'B' });
    const contract = { ...demoContract(), office: changed };
    expect(computeBill(contract, '2026-12').amounts.some((l) => l.kind === '基本料金')).toBe(true);
    expect(computeBill(contract, '2027-01').amounts.some((l) => l.kind === '基本料金')).toBe(false);
    expect(planOfMonth(office, '2026-12')).toEqual(office.feePlan); // no change recorded
  });

  it('is due on the 27th of the next month (口座振替) or by its last business day (銀行振込)', () => {
    expect(debitDate('2026-10')).toBe('2026-11-27'); // Friday
    expect(debitDate('2026-11')).toBe('2026-12-28'); // the 27th is a Sunday
    expect(debitDate('2027-02')).toBe('2027-03-29'); // the 27th is a Saturday
    expect(paymentDeadline('2026-10')).toBe('2026-11-30');
    expect(paymentDeadline('2026-11')).toBe('2026-12-28'); // 12/29–1/3 closed
    expect(paymentDeadline('2027-01')).toBe('2027-02-26'); // the 28th is a Sunday
    const bank = computeBill(demoContract('NAC001', { billing: { ...demoContract().office.billing, paymentMethod: '銀行振込' } }), '2026-10');
    expect(bank).toMatchObject({ paymentMethod: '銀行振込', dueDate: '2026-11-30', fixedAt: '2026-11-01' });
  });
});

describe('the month boundary', () => {
  it('fixes the previous month once the clock is in a new month, and nothing before', () => {
    expect(monthsToFix('2026-12-01', '2015-04-01', ['2026-10'])).toEqual(['2026-11']);
    expect(monthsToFix('2026-11-30', '2015-04-01', ['2026-10'])).toEqual([]);
    expect(monthsToFix('2026-12-01', '2015-04-01', ['2026-11'])).toEqual([]);
    expect(monthsToFix('2027-01-01', '2015-04-01', ['2026-11'])).toEqual(['2026-12']);
  });

  it('catches up every month the clock jumped over, at most twelve, never before the contract', () => {
    expect(monthsToFix('2027-03-05', '2015-04-01', ['2026-11'])).toEqual(['2026-12', '2027-01', '2027-02']);
    expect(monthsToFix('2028-06-01', '2015-04-01', ['2026-11'])).toHaveLength(12);
    expect(monthsToFix('2028-06-01', '2015-04-01', ['2026-11'])[0]).toBe('2027-06');
    expect(monthsToFix('2026-12-01', '2026-11-16', [])).toEqual(['2026-11']);
    expect(monthsToFix('2026-12-01', '2026-12-01', [])).toEqual([]);
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
  });
});

describe('the center fixes the bills', () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedDemo(); // 2026-11-20: the demo has the bills of August to October
  });

  const billsOf = async (month: string) => (await db.bills.where('month').equals(month).toArray()).map((b) => b.officeCode).sort();
  const billNotices = () => db.notices.filter((n) => n.id.startsWith('bill-fixed-')).toArray();

  it('writes nothing before the month ends', async () => {
    expect(await billsOf('2026-10')).toEqual(['NAC001', 'NAC002']);
    expect(await runBilling(jstMs('2026-11-30', 23, 59))).toBe(0);
    expect(await billsOf('2026-11')).toEqual([]);
  });

  it("writes every office's bill of the previous month with its 新着情報 when the month begins", async () => {
    const before = (await billNotices()).length;
    expect(await runBilling(jstMs('2026-12-01', 0, 0))).toBe(2);
    expect(await billsOf('2026-11')).toEqual(['NAC001', 'NAC002']);
    const bill = (await db.bills.get('NAC001-2026-11'))!;
    // the demo's NAC001 pays by 銀行振込: by the last business day of December (12/29 on is closed)
    expect(bill).toMatchObject({ fixedAt: '2026-12-01', dueDate: '2026-12-28', paymentMethod: '銀行振込' });
    // what was written is what the contract of November gives
    expect({ ...bill, updatedAt: 0, rev: 0 }).toEqual(computeBill(demoContract(), '2026-11'));
    const notices = await billNotices();
    expect(notices).toHaveLength(before + 2);
    const mine = notices.find((n) => n.id === 'bill-fixed-NAC001-2026-11')!;
    expect(mine).toMatchObject({
      officeCode: 'NAC001',
      category: '利用料金',
      text: '前月分の請求額が確定しました。請求情報の詳細画面から内容をご確認ください。',
      detail: '/billing/2026-11',
      at: jstMs('2026-12-01'),
    });
    expect(mine.receiptNo).toBeUndefined();
  });

  it('writes each bill exactly once: two tabs at the same moment, and again after a reload', async () => {
    const at = jstMs('2026-12-01', 9);
    const written = await Promise.all([runBilling(at), runBilling(at), fixOfficeBills('NAC001', at)]);
    expect(written.reduce((a, b) => a + b, 0)).toBe(2);
    expect(await billsOf('2026-11')).toEqual(['NAC001', 'NAC002']);
    closeDatabase();
    await db.open();
    expect(await runBilling(jstMs('2026-12-15', 9))).toBe(0);
    expect((await billNotices()).filter((n) => n.id.endsWith('2026-11'))).toHaveLength(2);
    expect((await db.bills.get('NAC001-2026-11'))!.rev).toBe(1);
  });

  it('counts a plan change from its month', async () => {
    const office = (await db.offices.get('NAC001'))!;
    await db.offices.put({
      ...office,
      feePlan: { netNACCS: 'B', general: 'B' },
      feePlanHistory: [
        { from: '2015-04', plan: { netNACCS: 'A', general: 'B' } },
        { from: '2026-12', plan: { netNACCS: 'B', general: 'B' } },
      ],
    });
    await runBilling(jstMs('2026-12-01'));
    await runBilling(jstMs('2027-01-01'));
    const nov = (await db.bills.get('NAC001-2026-11'))!;
    const dec = (await db.bills.get('NAC001-2026-12'))!;
    expect(nov.amounts.find((l) => l.userId === '1ANACA0A')!.plan).toBe('A');
    expect(nov.amounts.some((l) => l.kind === '基本料金')).toBe(true);
    expect(dec.amounts.find((l) => l.userId === '1ANACA0A')!.plan).toBe('B');
    expect(dec.amounts.some((l) => l.kind === '基本料金')).toBe(false);
  });

  it('fills the months the clock jumped over, each with its notice dated on its own 1st', async () => {
    expect(await runBilling(jstMs('2027-02-10', 9))).toBe(6);
    expect(await billsOf('2026-12')).toEqual(['NAC001', 'NAC002']);
    const notice = (await db.notices.get('bill-fixed-NAC001-2026-11'))!;
    expect(notice.at).toBe(jstMs('2026-12-01'));
  });
});

describe('利用料金請求ファイル (CSV)', () => {
  it('is UTF-8 with a BOM, CRLF lines, one row per 利用者ID of 従量料金, then 消費税 and 請求金額', () => {
    const bill = computeBill(demoContract(), '2026-11');
    const csv = billCsv(bill);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe('請求年月,請求先コード,事業所コード,区分,システム,料金プラン,利用者コード,利用者ID,処理方式,数量,単価,金額');
    const net = bill.amounts.find((l) => l.userId === '1ANACA0A')!;
    expect(lines).toContain(`202611,1234567,NAC001,従量料金,netNACCS,Aプラン,1ANAC,1ANACA0A,net,${net.quantity},17,${net.amount}`);
    expect(lines).toContain('202611,1234567,NAC001,基本料金,netNACCS,Aプラン,,,,1,5000,5000');
    expect(lines).toContain('202611,1234567,NAC001,保税管理資料保存サービス,,,1BNAC,,,1,1000,1000');
    expect(lines).toContain(`202611,1234567,NAC001,消費税,,,,,,,,${bill.tax}`);
    expect(lines.at(-2)).toBe(`202611,1234567,NAC001,請求金額,,,,,,,,${bill.total}`);
    expect(lines.filter((l) => l.includes(',従量料金,'))).toHaveLength(6);
    expect(billCsvFileName(bill)).toBe('利用料金請求ファイル_NAC001_202611.csv');
  });

  it('quotes a cell with a comma or a quote (an older bill keeps its label)', () => {
    const csv = billCsv({ ...computeBill(demoContract(), '2026-11'), amounts: [{ label: '調整額, "特別"', amount: 100 }], total: 100 });
    expect(csv).toContain('"調整額, ""特別"""');
  });
});

describe('the 新着情報 of a bill', () => {
  it('links to the bill and carries no 受付番号', () => {
    const n = billFixedNotice({ id: 'NAC001-2026-11', officeCode: 'NAC001', month: '2026-11', fixedAt: '2026-12-01' });
    expect(n).toMatchObject({ id: 'bill-fixed-NAC001-2026-11', detail: '/billing/2026-11', category: '利用料金' });
  });
});
