// A reload right after typing, within the autosave's debounce: the text is still
// there (the tab's sessionStorage backup carries it over if the IndexedDB write
// did not commit before the page ended), and it is saved from the new page.
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { baseUrl, newPage, useBrowser } from './browser';
import { login } from './helpers';

const browser = useBrowser();
let page: Page;

beforeAll(async () => {
  ({ page } = await newPage(browser()));
  await login(page);
});

it('keeps text typed just before a reload', async () => {
  await page.goto(`${baseUrl()}/system-setting`);
  await page.getByRole('button', { name: '申込担当者の入力へ進む' }).click();
  await page.getByRole('heading', { name: '申込担当者 入力', level: 1 }).waitFor();
  await page.locator('.draft-saved[data-saved="yes"]').waitFor();

  const department = page.getByLabel(/^所属部署名/);
  await department.fill('');
  await department.pressSequentially('輸入第二課');
  await page.reload(); // at once: no waiting for 「入力内容は一時保存されています。」

  await page.getByRole('heading', { name: '申込担当者 入力', level: 1 }).waitFor();
  await expect(department.inputValue()).resolves.toBe('輸入第二課');
  await page.getByText('入力内容は一時保存されています。').waitFor();
  await expect(page.getByText('別のタブ(ウィンドウ)でこの申込の入力内容が更新されました。').count()).resolves.toBe(0);

  // saved to the draft itself now: a second reload reads it from IndexedDB
  await page.reload();
  await page.getByRole('heading', { name: '申込担当者 入力', level: 1 }).waitFor();
  await expect(department.inputValue()).resolves.toBe('輸入第二課');
  await expect(page.evaluate(() => sessionStorage.length)).resolves.toBe(0);
});
