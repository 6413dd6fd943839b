import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { baseUrl, launchBrowser, newPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('serves the built app to Chromium', async () => {
  const { page, context } = await newPage(browser);
  await page.goto(`${baseUrl()}/contract`);
  await expect(page.getByRole('heading', { name: '契約内容確認' }).textContent()).resolves.toBe('契約内容確認');
  await context.close();
});
