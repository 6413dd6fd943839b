import { expect, it } from 'vitest';
import { baseUrl, newPage, useBrowser } from './browser';
import { DEMO, login } from './helpers';

const browser = useBrowser();

it('draws the login page and takes typing before the database code has arrived', async () => {
  const { context, page } = await newPage(browser());
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  const heldChunks: string[] = [];
  // hold back every script that carries Dexie until the page has been used
  await page.route('**/assets/*.js', async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (body.includes('DexieError')) {
      heldChunks.push(route.request().url());
      await held;
    }
    await route.fulfill({ response, body });
  });

  await page.goto(`${baseUrl()}/login`);
  await page.getByLabel('ログインID').fill(DEMO.officeCode);
  await page.getByLabel('パスワード').fill(DEMO.password);
  await expect(page.getByLabel('ログインID').inputValue()).resolves.toBe(DEMO.officeCode);
  await page.getByText('研修用デモのログイン情報').waitFor();
  expect(heldChunks.length).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'ログイン' }).click();
  await page.getByText('確認しています…').waitFor();
  release();
  await page.getByRole('heading', { name: '新着情報' }).waitFor();
  await context.close();
});

it('loads the database code at the first input on the login page, and at once for a live session', async () => {
  const { context, page } = await newPage(browser());
  const dexieChunks: string[] = [];
  await page.route('**/assets/*.js', async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (body.includes('DexieError')) dexieChunks.push(route.request().url());
    await route.fulfill({ response, body });
  });
  await page.goto(`${baseUrl()}/login`);
  // the page has settled: the service worker has stored the app, and nobody has touched the page yet
  await page.getByText('この端末にアプリを保存しました。今後はオフラインでも利用できます。').waitFor();
  expect(dexieChunks).toEqual([]);
  await page.getByLabel('ログインID').focus();
  await expect.poll(() => dexieChunks.length).toBeGreaterThan(0);
  // let the handlers still fetching finish, or their fulfil meets a route already let through
  await page.unrouteAll({ behavior: 'wait' });

  // someone is logged in on this device: the login page goes on to the menu without waiting for input
  await login(page);
  await page.goto(`${baseUrl()}/login`);
  await page.getByRole('heading', { name: '新着情報' }).waitFor();
  await context.close();
});

it('shows the offline-ready note over the page without moving it', async () => {
  const { context, page } = await newPage(browser());
  await page.goto(`${baseUrl()}/login`);
  const box = page.locator('.login-box');
  await box.waitFor();
  const before = await box.boundingBox();
  const note = page.getByText('この端末にアプリを保存しました。今後はオフラインでも利用できます。');
  await note.waitFor();
  await expect(note.evaluate((el) => getComputedStyle(el).position)).resolves.toBe('fixed');
  expect(await box.boundingBox()).toEqual(before);
  await page.getByRole('button', { name: '閉じる' }).click();
  await note.waitFor({ state: 'detached' });
  await context.close();
});
