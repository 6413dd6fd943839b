// 請求金額の参照 in Chromium as a trainee meets it: the training clock passes into
// December, the center fixes November's bill (one, even with a second tab open) and
// the 新着情報 says so; 詳細 opens the bill, which downloads as CSV and as PDF.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pdfText, squeeze } from '../support/documents';
import { baseUrl, newPage, useBrowser } from './browser';
import { login, setClock } from './helpers';

const browser = useBrowser();

const BILL_NOTICE = '前月分の請求額が確定しました。請求情報の詳細画面から内容をご確認ください。';

/** Presses the button and returns the downloaded file's name and bytes. */
async function download(page: Page, button: string): Promise<{ name: string; bytes: Uint8Array }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), bytes: new Uint8Array(await readFile((await file.path())!)) };
}

/**
 * 設定 → 「デモデータを初期化」: the demo written again on the training clock's date, so its
 * bills are those of the three months before it (the first start wrote them on the real date).
 */
async function resetDemo(page: Page) {
  await page.goto(`${baseUrl()}/trainer/settings`);
  await page.getByRole('button', { name: 'デモデータを初期化' }).click();
  await page.getByRole('button', { name: '初期化する' }).click();
  await page.getByText('デモデータを初期化しました。').waitFor();
}

describe('請求金額の参照 in Chromium', () => {
  it("fixes last month's bill when the clock enters a new month; the trainee opens it and downloads CSV and PDF", async () => {
    const { context, page } = await newPage(browser());
    await setClock(page, '20261130', '18:00', '2026/11/30 18:00（月）');
    await resetDemo(page);
    await login(page);
    // a second tab runs the center too
    const other = await context.newPage();
    await other.goto(`${baseUrl()}/`);
    await other.getByRole('heading', { name: '新着情報' }).waitFor();

    // 請求情報一覧 before the month ends: October is the latest bill
    await page.getByRole('link', { name: '請求金額の参照' }).click();
    const list = page.getByRole('table', { name: '請求情報一覧' });
    await list.waitFor();
    expect(await list.getByRole('rowheader').first().textContent()).toBe('2026年10月分');

    await setClock(page, '20261201', '09:00', '2026/12/01 09:00（火）');
    await page.goto(`${baseUrl()}/`);
    const notices = page.getByRole('region', { name: '新着情報' });
    // the center writes the bill just after the clock moves: wait for the notice to show
    const notice = notices.getByRole('listitem').filter({ hasText: '2026/12/01' }).filter({ hasText: BILL_NOTICE });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('利用料金');

    await notice.getByRole('link', { name: '詳細' }).click();
    await page.getByRole('heading', { name: '請求情報詳細', level: 1 }).waitFor();
    const summary = page.getByRole('region', { name: '請求概要' });
    await summary.getByText('2026年11月分').waitFor();
    expect(await summary.textContent()).toContain('支払期限2026/12/28'); // NAC001 pays by 銀行振込
    const usage = page.getByRole('table', { name: '従量料金' });
    expect(await usage.getByRole('rowheader').allTextContents()).toEqual(['1ANACA01', '1ANACA02', '1ANACA0A', '1ANACY01', '1BNACB01', '1CNACC01']);
    const total = (await page.getByRole('region', { name: '請求金額' }).getByRole('row', { name: /請求金額\(税込\)/ }).textContent())!.replace(/^.*\)/, '');

    const csv = await download(page, '利用料金請求ファイルをダウンロードする');
    expect(csv.name).toBe('利用料金請求ファイル_NAC001_202611.csv');
    expect([...csv.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(csv.bytes).split('\r\n');
    expect(lines[0]).toBe('請求年月,請求先コード,事業所コード,区分,システム,料金プラン,利用者コード,利用者ID,処理方式,数量,単価,金額');
    expect(lines.filter((l) => l.startsWith('202611,1234567,NAC001,従量料金,')).map((l) => l.split(',')[7])).toEqual([
      '1ANACA01',
      '1ANACA02',
      '1ANACA0A',
      '1ANACY01',
      '1BNACB01',
      '1CNACC01',
    ]);
    expect(lines.at(-2)).toBe(`202611,1234567,NAC001,請求金額,,,,,,,,${total.replace(/[,円]/g, '')}`);

    const pdf = await download(page, '請求書を出力する');
    expect(pdf.name).toBe('請求書_NAC001_202611.pdf');
    expect(new TextDecoder().decode(pdf.bytes.slice(0, 5))).toBe('%PDF-');
    const text = squeeze(pdfText(pdf.bytes));
    expect(text).toContain('2026年11月分のNACCS利用料金を下記のとおりご請求申し上げます。');
    expect(text).toContain(`ご請求金額${total}(税込)`);
    expect(text).toContain('1CNACC01');
    expect(text).toContain('研修用—実際の契約書類ではありません');

    // back in 請求情報一覧: November's bill, once, though two tabs ran the center
    await page.getByRole('link', { name: '一覧表示に戻る' }).click();
    await list.getByRole('rowheader', { name: '2026年11月分' }).waitFor();
    expect(await list.getByRole('rowheader').allTextContents()).toEqual(['2026年11月分', '2026年10月分', '2026年9月分', '2026年8月分']);
    await other.reload();
    await other.getByRole('region', { name: '新着情報' }).getByRole('listitem').filter({ hasText: '2026/12/01' }).first().waitFor();
    expect(await other.getByRole('region', { name: '新着情報' }).getByRole('listitem').filter({ hasText: BILL_NOTICE }).filter({ hasText: '2026/12/01' }).count()).toBe(1);
    await context.close();
  });
});
