// 契約内容の変更, 回線・端末等の変更 (一般NACCS) (issue 10), as a trainee clicks them with the
// trainer's console driving the simulated clock: NAC001 moves and its line with it
// (R2 said at the line's 回線設置場所 until the site changes), and adds and ends
// 一般NACCS terminals and adds a mailbox; the contract changes on the 利用開始日.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, useBrowser } from './browser';
import { ADMIN, beginChange, button, heading, start as startChange } from './contract-change-steps';
import { nextBusinessDay, setClock, waitForMail } from './helpers';

const browser = useBrowser();
const start = () => startChange(browser());
const NEW_ADDRESS = '東京都品川区東品川二丁目２番２号';
const R2 = '回線を利用している事業所が移転する場合は、「一般NACCS回線の登録情報」も選択し、回線設置場所も変更してください。';

/** 変更申込確認 → 「申込内容を登録する」 → 審査終了 on the next business day → the 利用開始日. */
async function fileReviewAndStart(page: Page) {
  await button(page, '申込内容を登録する').click();
  await heading(page, 'NACCS変更申込 完了');
  await nextBusinessDay(page, '2026/11/24 09:00（火）');
  await waitForMail(page, ADMIN, '【NSS】利用申込確認完了のお知らせ');
  await setClock(page, '20261207', '09:00', '2026/12/07 09:00（月）');
}

describe('契約内容の変更 — 一般NACCS回線, 端末 and メールボックス in Chromium', () => {
  it('R2: a relocating office changes its line\'s 回線設置場所 too, and the contract has it on the 利用開始日', async () => {
    const { context, page } = await start();
    await beginChange(page, ['企業名、事業所名、所在地等', '一般NACCS回線の登録情報(追加・変更・廃止)'], '20261207');
    await heading(page, '企業・事業所情報 入力');
    const address = page.getByRole('textbox', { name: /^所在地/ });
    await expect.poll(() => address.inputValue()).toContain('東京都港区港南');
    await page.getByRole('textbox', { name: /^郵便番号/ }).fill('1400002');
    await address.fill(NEW_ADDRESS);
    await button(page, '次へ進む').click();

    await heading(page, '回線 入力');
    await page.getByText(`変更後の事業所の所在地：${NEW_ADDRESS}`).waitFor();
    const site = page.getByRole('textbox', { name: /^回線1の回線設置場所/ });
    await expect.poll(() => site.inputValue()).toBe('東京都港区港南十丁目100番1号 NACCSビル20階');
    // the line stays where it was: R2, at the line's 回線設置場所, in the summary too
    await button(page, '次へ進む').click();
    await page.getByRole('alert').getByRole('link', { name: R2 }).waitFor();
    await expect(site.getAttribute('aria-invalid')).resolves.toBe('true');
    await site.fill(NEW_ADDRESS);
    await button(page, '次へ進む').click();

    await heading(page, '変更申込確認');
    const section = page.getByRole('region', { name: '回線情報' });
    await expect.poll(() => section.textContent()).toContain(`変更ブロードバンド光回線ベストエフォート${NEW_ADDRESS}`);
    await fileReviewAndStart(page);

    await page.goto(`${baseUrl()}/contract?tab=lines`);
    const lines = page.getByRole('region', { name: '一般NACCS回線' });
    await expect.poll(() => lines.textContent(), { timeout: 15_000 }).toContain(NEW_ADDRESS);
    await expect(lines.textContent()).resolves.not.toContain('NACCSビル20階');
    await context.close();
  });

  it('adds a 一般NACCS terminal, ends another and adds a mailbox, seen in 契約内容確認 on the 利用開始日', async () => {
    const { context, page } = await start();
    await beginChange(page, ['一般NACCS端末の登録情報(追加・変更・削除)', '一般NACCSのメールボックス数(追加・廃止)'], '20261207');
    await heading(page, '一般NACCS論理端末 入力');
    await page.getByRole('checkbox', { name: '482613Gを廃止' }).check();
    await page.getByLabel('論理端末追加数 (一般NACCS) 海上', { exact: true }).fill('1');
    await button(page, '次へ進む').click();

    await heading(page, 'メールボックス 入力');
    await page.getByRole('row', { name: /NAC001MB01/ }).waitFor();
    await button(page, '次へ進む').click();
    // nothing to do is refused, and says what to enter
    await page.getByRole('alert').getByRole('link', { name: '追加するメールボックスの数を入力するか、廃止するメールボックスを選択してください。' }).waitFor();
    await page.getByRole('textbox', { name: /^メールボックス追加数/ }).fill('1');
    await button(page, '次へ進む').click();

    await heading(page, '変更申込確認');
    const terminals = page.getByRole('region', { name: '一般NACCS情報(論理端末)' });
    await expect.poll(() => terminals.textContent()).toContain('追加海上インタインタ1');
    // the 廃止 row's 区分 is the contract's, read after the application's own rows
    await expect.poll(() => terminals.textContent()).toContain('廃止海上インタインタ482613G');
    await expect.poll(() => page.getByRole('region', { name: 'メールボックス情報' }).textContent()).toContain('追加海上1');
    await fileReviewAndStart(page);

    await page.goto(`${baseUrl()}/contract?tab=general`);
    const table = page.getByRole('table', { name: '一般NACCSの論理端末' });
    // 482614G and the new one; 482613G has ended
    await expect.poll(() => table.getByRole('row').count(), { timeout: 15_000 }).toBe(3);
    await expect(table.textContent()).resolves.not.toContain('482613G');
    await expect(table.textContent()).resolves.toMatch(/\d{6}G/);
    await page.goto(`${baseUrl()}/contract?tab=lines`);
    await page.getByRole('region', { name: 'メールボックス' }).getByText('NAC001MB02').waitFor();
    await context.close();
  });
});
