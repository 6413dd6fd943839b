// 郵便番号 「反映」 offline (issue 11): after the first visit the service worker has the
// Japan Post data (/postal/*.json, fetched in the background after installation, not
// in the install precache), so a trainee on the 請求先 (or 事業所・企業) tab of the
// NACCS利用申込 can fill the address from a real code with the network gone.
import { expect, it } from 'vitest';
import { baseUrl, newPage, useBrowser } from './browser';
import { setClock } from './helpers';
import { button, getProvisionalId, heading, openForm, signInProvisional } from './new-usage-steps';

const browser = useBrowser();
const CONTACT = 'postal.tanto@nacks-shoji.example';

it('反映 fills 都道府県 and 住所 from a real postal code while offline', async () => {
  const { context, page } = await newPage(browser());
  await setClock(page, '20261120', '10:00', '2026/11/20 10:00（金）');

  // a 仮ログイン, as on the login page's 新規申込
  await page.goto(`${baseUrl()}/login`);
  const { id, password } = await getProvisionalId(page, CONTACT);
  await signInProvisional(page, id, password);

  // the service worker takes the app, then fetches the postal data in the background
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.waitForFunction(
    async () => {
      const cache = await caches.open('nss-postal');
      const index = await cache.match('/postal/index.json');
      if (!index) return false;
      const { files } = (await index.json()) as { files: string[] };
      return files.length === 1000 && (await cache.match('/postal/105.json')) !== undefined;
    },
    undefined,
    { polling: 250, timeout: 60_000 },
  );
  // …and none of it is in the install precache
  const precached = await page.evaluate(async () => {
    const names = await caches.keys();
    const urls: string[] = [];
    for (const name of names.filter((n) => n.includes('precache'))) for (const r of await (await caches.open(name)).keys()) urls.push(r.url);
    return urls;
  });
  expect(precached.length).toBeGreaterThan(10);
  expect(precached.filter((u) => u.includes('/postal/'))).toEqual([]);

  await openForm(page);
  await page.getByRole('tab', { name: /^請求先/ }).click();
  await page.getByLabel('その他(下欄に入力してください)').check();
  await context.setOffline(true);
  await page.getByText('オフライン', { exact: true }).waitFor();

  const postal = page.getByLabel(/^請求先 郵便番号/);
  const street = page.getByLabel(/^請求先 住所\(市区町村以下\)/);
  await postal.fill('1050023');
  await button(page, '反映').click();
  await expect.poll(() => street.inputValue()).toBe('港区芝浦');
  await expect(page.getByLabel(/^請求先 住所\(都道府県\)/).inputValue()).resolves.toBe('東京都');
  await street.fill('港区芝浦一丁目１番１号');

  // an unknown code: the message at the field and in the summary, the address kept
  await postal.fill('0000000');
  await button(page, '反映').click();
  await page.getByRole('alert').getByRole('link', { name: /郵便番号「0000000」に該当する住所が見つかりません。/ }).waitFor();
  await expect(street.inputValue()).resolves.toBe('港区芝浦一丁目１番１号');

  // a code with several towns: the city, then the town chosen
  await postal.fill('2760035');
  await button(page, '反映').click();
  await page.getByText('この郵便番号には複数の町域があります。町域を選択してください。').waitFor();
  await expect(street.inputValue()).resolves.toBe('八千代市');
  await page.getByLabel('請求先 町域').selectOption('高津');
  await expect(street.inputValue()).resolves.toBe('八千代市高津');
  await expect(page.getByLabel(/^請求先 住所\(都道府県\)/).inputValue()).resolves.toBe('千葉県');

  // the 事業所・企業 tab's 反映 fills the office 所在地 the same way
  await page.getByRole('tab', { name: /^事業所・企業/ }).click();
  await page.getByLabel(/^郵便番号/).fill('1080075');
  await button(page, '反映').click();
  await expect.poll(() => page.getByLabel(/^住所\(市区町村以下\)/).inputValue()).toBe('港区港南');
  await expect(page.getByLabel(/^住所\(都道府県\)/).inputValue()).resolves.toBe('東京都');
  await context.close();
});
