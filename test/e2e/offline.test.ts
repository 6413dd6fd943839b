import { expect, it } from 'vitest';
import { baseUrl, newPage, useBrowser } from './browser';
import { login } from './helpers';

const browser = useBrowser();

it('reloads a deep link offline once the service worker has the app', async () => {
  const { context, page } = await newPage(browser());
  await login(page);
  // prompt mode does not claim the first load: wait until the worker is ready, then reload once
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  await context.setOffline(true);
  await page.goto(`${baseUrl()}/contract?tab=netNACCS`);
  await page.getByRole('heading', { name: '契約情報 参照' }).waitFor();
  // the contract comes from IndexedDB after the heading: wait for it rather than count at once
  await page.getByRole('tabpanel').getByRole('cell', { name: '99999W' }).waitFor();
  await expect(page.getByRole('tabpanel').getByRole('cell', { name: '99999W' }).count()).resolves.toBe(1);
  await page.getByText('オフライン', { exact: true }).waitFor();

  // a screen never opened before is in the precache too
  await page.getByRole('link', { name: 'トレーナー用画面' }).click();
  await page.getByRole('link', { name: '設定' }).click();
  await page.getByRole('heading', { name: '設定' }).waitFor();
  await context.close();
});
