// 請求金額の参照: 請求情報一覧 by 請求年月 and 請求情報詳細 with the breakdown, the
// 請求書 PDF and the 利用料金請求ファイル CSV, on the demo office's bills.
import { screen, waitFor, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { computeBill } from '../../src/domain/billing/bill';
import { nssRoutes } from '../../src/screens/billing/routes';
import { db } from '../../src/store/db';
import { demoContract } from '../support/billing';
import { FONT_BYTES, pdfText, squeeze } from '../support/documents';
import { useDemoOffice } from './demo-office';
import { renderRoutes } from './render';

const SLOW = { timeout: 15_000 };

/** Serves the font to the PDF layer and catches the download: its blob and file name. */
function captureDownload(): () => Promise<{ bytes: Uint8Array; name: string }> {
  let blob: Blob | undefined;
  let name = '';
  vi.stubGlobal('fetch', vi.fn(async () => new Response(FONT_BYTES)));
  URL.createObjectURL = vi.fn((b: Blob) => {
    blob = b;
    return 'blob:bill';
  });
  URL.revokeObjectURL = vi.fn();
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    name = this.download;
  });
  return async () => {
    await waitFor(() => expect(blob).toBeTruthy(), SLOW);
    const buffer = await new Promise<ArrayBuffer>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.readAsArrayBuffer(blob!);
    });
    click.mockRestore();
    return { bytes: new Uint8Array(buffer), name };
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('請求金額の参照', () => {
  useDemoOffice(); // seeded on 2026-11-20: the bills of August to October

  it('請求情報一覧 lists the bills by 請求年月, newest first, with 請求金額, 支払の方法 and 支払期限', async () => {
    const october = (await db.bills.get('NAC001-2026-10'))!;
    renderRoutes(nssRoutes, '/billing');
    expect(await screen.findByRole('heading', { name: '請求情報一覧', level: 1 })).toBeTruthy();
    const table = await screen.findByRole('table', { name: '請求情報一覧' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['2026年10月分', '2026年9月分', '2026年8月分']);
    const cells = within(rows[0]).getAllByRole('cell').map((c) => c.textContent);
    // the demo's NAC001 pays by 銀行振込: by the last business day of the next month
    expect(cells.slice(0, 3)).toEqual([`${october.total.toLocaleString('ja-JP')}円`, '銀行振込', '2026/11/30（支払期限）']);
    expect(within(rows[0]).getByRole('link', { name: '2026年10月分の詳細' }).getAttribute('href')).toBe('/billing/2026-10');
    // another office's bills are not shown
    expect(table.textContent).not.toContain((await db.bills.get('NAC002-2026-10'))!.total.toLocaleString('ja-JP') + '円');
  });

  it('shows 振替日 for a bill paid by 口座振替, and says when there is no bill yet', async () => {
    const october = (await db.bills.get('NAC001-2026-10'))!;
    await db.bills.clear();
    await db.bills.put({ ...october, paymentMethod: '口座振替', dueDate: '2026-11-27' });
    renderRoutes(nssRoutes, '/billing');
    const table = await screen.findByRole('table', { name: '請求情報一覧' });
    expect(table.textContent).toContain('口座振替');
    expect(table.textContent).toContain('2026/11/27（振替日）');
    await db.bills.clear();
    expect(await screen.findByText('確定した請求はまだありません。')).toBeTruthy();
  });

  it('請求情報詳細 shows the summary and the breakdown: 基本料金, 従量料金 per 利用者ID, options per 利用者コード, 消費税', async () => {
    const bill = (await db.bills.get('NAC001-2026-10'))!;
    renderRoutes(nssRoutes, '/billing/2026-10');
    const summary = await screen.findByRole('region', { name: '請求概要' }, SLOW);
    expect(summary.textContent).toContain('2026年10月分');
    expect(summary.textContent).toContain('1234567');
    expect(summary.textContent).toContain(`${bill.total.toLocaleString('ja-JP')}円(税込)`);
    expect(summary.textContent).toContain('支払期限2026/11/30');

    const base = screen.getByRole('region', { name: '基本料金' });
    expect(within(base).getByRole('row', { name: /netNACCS/ }).textContent).toContain('Aプラン');
    const usage = screen.getByRole('table', { name: '従量料金' });
    const ids = within(usage).getAllByRole('rowheader').map((h) => h.textContent);
    expect(ids).toEqual(['1ANACA01', '1ANACA02', '1ANACA0A', '1ANACY01', '1BNACB01', '1CNACC01']);
    const net = bill.amounts.find((l) => l.userId === '1ANACA0A')!;
    expect(within(usage).getByRole('row', { name: /1ANACA0A/ }).textContent).toContain(`${net.quantity!.toLocaleString('ja-JP')}17円${net.amount.toLocaleString('ja-JP')}円`);
    const options = screen.getByRole('table', { name: '管理統計資料・保存サービス' });
    expect(within(options).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual([
      '1ANAC管理統計資料(有料分)1,000円',
      '1BNAC管理統計資料(有料分)1,000円',
      '1BNAC保税管理資料保存サービス1,000円',
    ]);
    const total = screen.getByRole('region', { name: '請求金額' });
    expect(total.textContent).toContain(`消費税(10%)${bill.tax!.toLocaleString('ja-JP')}円`);
    expect(total.textContent).toContain(`請求金額(税込)${bill.total.toLocaleString('ja-JP')}円`);
  });

  it('利用料金請求ファイルをダウンロードする gives the CSV with a BOM, one row per 利用者ID', async () => {
    renderRoutes(nssRoutes, '/billing/2026-10');
    const downloaded = captureDownload();
    await userEvent.click(await screen.findByRole('button', { name: '利用料金請求ファイルをダウンロードする' }, SLOW));
    const { bytes, name } = await downloaded();
    expect(name).toBe('利用料金請求ファイル_NAC001_202610.csv');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('1ANACA0A');
    expect(text.split('\r\n').filter((l) => l.includes(',従量料金,'))).toHaveLength(6);
  });

  it('請求書を出力する downloads the 請求書 as a PDF', async () => {
    renderRoutes(nssRoutes, '/billing/2026-10');
    const downloaded = captureDownload();
    await userEvent.click(await screen.findByRole('button', { name: '請求書を出力する' }, SLOW));
    const { bytes, name } = await downloaded();
    expect(name).toBe('請求書_NAC001_202610.pdf');
    const text = squeeze(pdfText(bytes));
    expect(text).toContain('請求書');
    expect(text).toContain('2026年10月分のNACCS利用料金');
    expect(text).toContain('1ANACA0A');
  });

  it('says so when the month has no bill', async () => {
    renderRoutes(nssRoutes, '/billing/2026-11');
    expect(await screen.findByRole('alert', {}, SLOW)).toHaveProperty('textContent', 'この請求年月の請求情報はありません。');
  });

  it('shows an older bill without breakdown fields as its 内訳', async () => {
    // as the demo wrote bills before they had a breakdown: label and amount only
    const { id, officeCode, billingCode, updatedAt, rev } = computeBill(demoContract(), '2026-07');
    await db.bills.put({
      id,
      officeCode,
      billingCode,
      updatedAt,
      rev,
      month: '2026-07',
      amounts: [
        { label: '利用料金', amount: 1000 },
        { label: '消費税(10%)', amount: 100 },
      ],
      total: 1100,
      dueDate: '2026-08-27',
      fixedAt: '2026-08-10',
    });
    renderRoutes(nssRoutes, '/billing/2026-07');
    const lines = await screen.findByRole('table', { name: '内訳' }, SLOW);
    expect(within(lines).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual(['利用料金1,000円', '消費税(10%)100円']);
    // an older bill names no 支払の方法: the office's own (the demo's NAC001 pays by 銀行振込)
    expect(screen.getByRole('region', { name: '請求概要' }).textContent).toContain('銀行振込');
  });
});
