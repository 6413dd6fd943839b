// パスワードの変更 as a trainee does it: change, log out, the old password fails,
// the new one logs in; the trainer's 「デモデータを初期化」 brings demo1234 back.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, newPage, useBrowser } from './browser';
import { DEMO, login } from './helpers';

const browser = useBrowser();
const NEW_PASSWORD = 'Kaigi2026';

async function logout(page: Page) {
  await page.getByRole('button', { name: 'ログアウト' }).click();
  await page.waitForURL(`${baseUrl()}/login`);
}

async function tryLogin(page: Page, password: string) {
  await page.getByLabel('ログインID').fill(DEMO.officeCode);
  await page.getByLabel('パスワード').fill(password);
  await page.getByRole('button', { name: 'ログイン' }).click();
}

describe('パスワード変更 in Chromium', () => {
  it('changes the 事業所パスワード: the old one fails afterwards, the new one logs in, and the demo reset restores demo1234', async () => {
    const { context, page } = await newPage(browser());
    await login(page);
    await page.getByRole('navigation', { name: 'メニュー' }).getByRole('link', { name: 'パスワード変更' }).click();
    await page.getByRole('heading', { level: 1, name: 'パスワード変更' }).waitFor();

    // a mistake first: the message at the field and in the summary, nothing typed lost
    await page.getByLabel('現在のパスワード').fill(DEMO.password);
    await page.getByLabel('新しいパスワード', { exact: false }).first().fill(NEW_PASSWORD);
    await page.getByLabel('新しいパスワード（確認用）').fill('Kaigi2027');
    await page.getByRole('button', { name: 'パスワードを変更する' }).click();
    const mismatch = '新しいパスワード（確認用）が新しいパスワードと一致しません。同じパスワードを入力してください。';
    await page.getByRole('alert').getByRole('link', { name: mismatch }).waitFor();
    await expect(page.locator('#newPasswordConfirm-error').textContent()).resolves.toContain(mismatch);
    await expect(page.getByLabel('現在のパスワード').inputValue()).resolves.toBe(DEMO.password);

    await page.getByLabel('新しいパスワード（確認用）').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'パスワードを変更する' }).click();
    await page.getByRole('heading', { level: 1, name: 'パスワード変更 完了' }).waitFor();
    await page.getByText('パスワードの変更が完了しました。').waitFor();
    await page.getByRole('region', { name: 'お問い合わせ先はこちら' }).waitFor();
    // this session stays
    await page.getByRole('link', { name: 'メニューに戻る' }).click();
    await page.getByRole('heading', { name: '新着情報' }).waitFor();

    await logout(page);
    await tryLogin(page, DEMO.password);
    await page.getByRole('alert').getByText('ログインIDまたはパスワードが正しくありません。').waitFor();
    await tryLogin(page, NEW_PASSWORD);
    await page.getByRole('heading', { name: '新着情報' }).waitFor();

    // the trainer's 「デモデータを初期化」 writes the demo office again, with demo1234
    await page.goto(`${baseUrl()}/trainer/settings`);
    await page.getByRole('button', { name: 'デモデータを初期化' }).click();
    await page.getByRole('button', { name: '初期化する' }).click();
    await page.getByText('デモデータを初期化しました。').waitFor();
    await page.goto(`${baseUrl()}/`);
    await page.getByRole('heading', { name: '新着情報' }).waitFor();
    await logout(page);
    await tryLogin(page, NEW_PASSWORD);
    await page.getByRole('alert').getByText('ログインIDまたはパスワードが正しくありません。').waitFor();
    await tryLogin(page, DEMO.password);
    await page.getByRole('heading', { name: '新着情報' }).waitFor();
    await context.close();
  });
});
