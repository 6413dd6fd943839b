// The PDFs in Chromium as a trainee gets them: 承認通知を出力する on a finished
// 通関士IDの追加 gives a PDF download (and is disabled, with the reason, before
// the 利用開始日), and a device that was online once makes a PDF offline.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pdfText, squeeze } from '../support/documents';
import { baseUrl, newPage, useBrowser } from './browser';
import { applyForTwoBrokerIds, login, nextBusinessDay, setClock } from './helpers';

const browser = useBrowser();

const CONTACT = 'pdf-tantou@nacks-shoji.example';

async function openDetail(page: Page, receiptNo: string) {
  await page.goto(`${baseUrl()}/applications?q=${receiptNo}`);
  await page.getByRole('row', { name: new RegExp(receiptNo) }).getByRole('link', { name: '詳細' }).click();
  // a 通関士IDの追加 is a 変更申込: S2's 利用申込詳細 with its 申込内容 block
  await page.getByRole('region', { name: '申込内容', exact: true }).waitFor();
}

/** Presses the button and returns the downloaded file's name and bytes. */
async function download(page: Page, button: string): Promise<{ name: string; bytes: Uint8Array }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), bytes: new Uint8Array(await readFile((await file.path())!)) };
}

function expectPdf(bytes: Uint8Array) {
  expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
  expect(new TextDecoder().decode(bytes.slice(-6))).toContain('%%EOF');
}

describe('PDFs in Chromium', () => {
  it('承認通知を出力する is disabled before the 利用開始日 and downloads the 承認通知 from it', async () => {
    const { context, page } = await newPage(browser());
    await setClock(page, '20261120', '10:00', '2026/11/20 10:00（金）');
    await login(page);
    const receiptNo = await applyForTwoBrokerIds(page, CONTACT);
    await nextBusinessDay(page, '2026/11/24 09:00（火）'); // reviewed; 利用開始日 2026/11/30

    await openDetail(page, receiptNo);
    const approval = page.getByRole('button', { name: '承認通知を出力する' });
    await expect(approval.isDisabled()).resolves.toBe(true);
    await page.getByText('承認通知は利用開始日(2026/11/30)以降に出力できます。').waitFor();

    await setClock(page, '20261130', '10:00', '2026/11/30 10:00（月）');
    await openDetail(page, receiptNo);
    const { name, bytes } = await download(page, '承認通知を出力する');
    expect(name).toBe(`${receiptNo}_システムサービス利用契約変更承認通知.pdf`);
    expectPdf(bytes);
    const text = squeeze(pdfText(bytes));
    expect(text).toContain('システムサービス利用契約変更承認通知');
    expect(text).toContain(`受付番号${receiptNo}`);
    expect(text).toContain('ナックス商事株式会社');
    expect(text).toContain('1ANACA03');
    expect(text).toContain('研修用—実際の契約書類ではありません');
    await context.close();
  });

  it('makes a PDF offline once the service worker has fetched the PDF files', async () => {
    const { context, page } = await newPage(browser());
    await setClock(page, '20261120', '10:00', '2026/11/20 10:00（金）');
    await login(page);
    // prompt mode does not claim the first load: wait for the worker, reload once
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // after installation the worker fetches the PDF code and font in the background
    await page.waitForFunction(
      async () => {
        const { files } = (await (await fetch('/pdf-assets.json')).json()) as { files: string[] };
        const cache = await caches.open('nss-pdf');
        for (const f of files) if (!(await cache.match(f))) return false;
        return files.length >= 2;
      },
      undefined,
      { polling: 250, timeout: 60_000 },
    );

    const receiptNo = await applyForTwoBrokerIds(page, CONTACT);
    await context.setOffline(true);
    await openDetail(page, receiptNo);
    await page.getByText('オフライン', { exact: true }).waitFor();
    const { bytes } = await download(page, '申込書を出力する');
    expectPdf(bytes);
    const text = squeeze(pdfText(bytes));
    expect(text).toContain('システムサービス利用契約変更申込書');
    expect(text).toContain(`受付番号${receiptNo}`);
    expect(text).toContain('通関花子');
    await context.close();
  });
});
