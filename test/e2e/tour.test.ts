// The screens no flow test passes through, visited once so that every screen of
// the app gets the checks of ./screens.ts (axe, tablet widths, 44×44 targets,
// CSP) and its screenshots; and the keyboard on a table that must scroll.
import { describe, expect, it } from 'vitest';
import { baseUrl, newPage, useBrowser } from './browser';
import { login } from './helpers';

const browser = useBrowser();

describe('a tour of the remaining screens', () => {
  it('shows each with its heading; every one passes the screen checks', async () => {
    const { context, page } = await newPage(browser());
    const visit = async (path: string, heading: string) => {
      await page.goto(`${baseUrl()}${path}`);
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
    };
    await visit('/login/forgot', 'ログインIDとパスワードを忘れた方へ');
    await visit('/login/no-id', 'ログインIDをお持ちでない方へ');
    await visit('/trainer/settings', '設定');
    await login(page);
    await visit('/contract?tab=lines', '契約情報 参照');
    await visit('/contract?tab=billing', '契約情報 参照');
    await visit('/password', 'パスワード変更');
    await visit('/no-such-page', 'ページが見つかりません');
    await context.close();
  });

  it('makes a table that scrolls sideways a named region the keyboard can reach and scroll', async () => {
    const { context, page } = await newPage(browser());
    await login(page);
    await page.setViewportSize({ width: 400, height: 800 }); // narrower than any tablet: the 利用者コード table must scroll
    await page.goto(`${baseUrl()}/contract`);
    const region = page.getByRole('region', { name: '利用者コード（横にスクロールできます）' });
    await region.waitFor();
    await region.focus();
    expect(await region.evaluate((el) => el === document.activeElement && el.scrollWidth > el.clientWidth)).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await page.setViewportSize({ width: 1280, height: 720 }); // wide enough: a plain box again, no extra tab stop
    await expect.poll(() => page.locator('.table-scroll[tabindex]').count()).toBe(0);
    await context.close();
  });
});
