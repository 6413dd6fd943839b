import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, newPage, useBrowser } from './browser';
import { DEMO, login } from './helpers';

const browser = useBrowser();

async function tryLogin(page: Page, password: string) {
  await page.getByLabel('ログインID').fill(DEMO.officeCode);
  await page.getByLabel('パスワード').fill(password);
  await page.getByRole('button', { name: 'ログイン' }).click();
}

describe('the demo office in Chromium', () => {
  it('logs in, sees 新着情報 and the contract tables', async () => {
    const { context, page } = await newPage(browser());
    await login(page);
    await expect(page.getByText('新着情報を表示しています。「詳細」ボタンをクリックし内容をご確認ください。(最新の10件を表示)').isVisible()).resolves.toBe(true);
    await page.getByRole('banner').getByText('ナックス商事株式会社').waitFor();
    await expect(page.getByRole('banner').textContent()).resolves.toMatch(/ナックス商事株式会社.*東京事業所.*\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2} ログイン中/);
    await expect(page.getByRole('region', { name: '新着情報' }).getByRole('listitem').count()).resolves.toBe(2);

    await page.getByRole('link', { name: '契約内容確認' }).click();
    await page.getByRole('heading', { name: '契約情報 参照' }).waitFor();
    await page.getByRole('tab', { name: 'netNACCS' }).click();
    await page.waitForURL('**/contract?tab=netNACCS');
    const panel = page.getByRole('tabpanel');
    await expect(panel.getByRole('row', { name: /1ANAC A0A/ }).count()).resolves.toBe(1);
    await expect(panel.getByRole('cell', { name: '99999W' }).count()).resolves.toBe(1);

    await page.getByRole('tab', { name: '一般NACCS' }).click();
    await expect(page.getByRole('tabpanel').getByRole('row', { name: /1BNAC B01/ }).textContent()).resolves.toContain('○');

    // back returns to the previous tab, reload keeps the tab
    await page.goBack();
    await page.waitForURL('**/contract?tab=netNACCS');
    await page.reload();
    await expect(page.getByRole('tab', { name: 'netNACCS' }).getAttribute('aria-selected')).resolves.toBe('true');
    await context.close();
  });

  it('keeps a live session on reload and ends it with ログアウト', async () => {
    const { context, page } = await newPage(browser());
    await login(page);
    await page.reload();
    await page.getByRole('heading', { name: '新着情報' }).waitFor();

    await page.getByRole('button', { name: 'ログアウト' }).click();
    await page.waitForURL(`${baseUrl()}/login`);
    await page.goto(`${baseUrl()}/contract`);
    await page.waitForURL(`${baseUrl()}/login?next=%2Fcontract`);
    await tryLogin(page, DEMO.password);
    await page.getByRole('heading', { name: '契約情報 参照' }).waitFor();
    await context.close();
  });

  it('gives one message for a wrong password and locks the office after 5 failures', async () => {
    const { context, page } = await newPage(browser());
    await page.goto(`${baseUrl()}/login`);
    const alert = page.getByRole('alert');
    for (let i = 1; i <= 4; i++) {
      await tryLogin(page, `wrong${i}`);
      await expect(alert.textContent()).resolves.toBe('ログインIDまたはパスワードが正しくありません。');
      await page.getByRole('button', { name: 'ログイン' }).and(page.locator(':enabled')).waitFor();
    }
    await tryLogin(page, 'wrong5');
    await page.getByText(/ログインに5回続けて失敗したため、このログインIDは.*までロックされています。/).waitFor();
    await page.getByRole('button', { name: 'ログイン' }).and(page.locator(':enabled')).waitFor();
    await tryLogin(page, DEMO.password);
    await page.getByText(/までロックされています/).waitFor();
    await expect(page.url()).toBe(`${baseUrl()}/login`);
    await context.close();
  });
});
