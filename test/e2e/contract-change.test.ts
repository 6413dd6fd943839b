// 契約内容の変更 as a trainee clicks it, with the trainer's console driving the
// simulated clock: seed 001 (abolish 1ANACA0A), seed 002 (add two netNACCS
// terminals, their certificates and access keys), and a new 利用者コード made 無効
// by a missing システム設定申込.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, useBrowser } from './browser';
import { ADMIN, beginChange, button, CONTACT, heading, openDetail, register, start as startChange } from './contract-change-steps';
import { mailSubjects, nextBusinessDay, setClock, waitForMail } from './helpers';

const browser = useBrowser();
const start = () => startChange(browser());

describe('契約内容の変更 in Chromium', () => {
  it('seed 001: abolishes 1ANACA0A, which has a 利用終了日 and is gone from the current list on the 利用開始日', async () => {
    const { context, page } = await start();
    await beginChange(page, ['利用者コード(追加・変更・削除)'], '20261207');
    await heading(page, '利用者コード 入力');
    await button(page, '1ANACA0Aの利用者コードを変更').click();
    await page.getByRole('region', { name: '識別番号の変更・廃止に関する項目' }).waitFor();
    await page.getByLabel('1ANACA0Aを廃止').check();
    await button(page, 'この内容で設定する').click();
    const applied = page.getByRole('table', { name: '申込情報' });
    await applied.getByRole('row', { name: /廃止/ }).waitFor();
    await expect(applied.getByRole('row', { name: /廃止/ }).textContent()).resolves.toContain('A0A');
    await button(page, '次へ進む').click();

    await heading(page, '変更申込確認');
    const codes = page.getByRole('region', { name: '利用者コード情報' });
    await expect(codes.getByRole('heading', { level: 3 }).allTextContents()).resolves.toEqual(['契約情報', '申込情報']);
    const receiptNo = await register(page);
    await page.getByText('審査終了まで').waitFor();

    await nextBusinessDay(page, '2026/11/24 09:00（火）');
    await waitForMail(page, ADMIN, '【NSS】利用申込確認完了のお知らせ');
    await openDetail(page, receiptNo);
    const summary = await page.getByRole('region', { name: '申込内容', exact: true }).textContent();
    expect(summary).toContain('審査終了');
    expect(summary).toContain('変更申込');
    expect(summary).toContain('利用者コード');

    await setClock(page, '20261207', '09:00', '2026/12/07 09:00（月）');
    await page.goto(`${baseUrl()}/contract?tab=netNACCS`);
    await page.getByText('netNACCSの利用者IDはありません。').waitFor();
    await page.getByLabel('利用を終了したものも表示する').check();
    const ended = page.getByRole('table', { name: 'netNACCSの利用者ID' }).getByRole('row', { name: /A0A/ });
    await expect(ended.textContent()).resolves.toContain('2026/12/06');
    await context.close();
  });

  it('seed 002: adds two netNACCS terminals, mails their certificates and shows their access keys in ID通知内容', async () => {
    const { context, page } = await start();
    await beginChange(page, ['netNACCS端末の登録情報(追加・変更・削除)'], '20261207');
    await heading(page, '論理端末 入力');
    await page.getByText('※ 契約合計台数ではありません').waitFor();
    await page.getByLabel('論理端末追加数 (netNACCS) 海上', { exact: true }).fill('2');
    await button(page, '次へ進む').click();

    await heading(page, '変更申込確認');
    const net = page.getByRole('region', { name: 'netNACCS情報' });
    await expect(net.getByRole('table', { name: 'netNACCS情報 申込情報' }).getByRole('row', { name: /^追加/ }).textContent()).resolves.toContain('2');
    const receiptNo = await register(page);
    await page.getByText('審査終了・デジタル証明書発行まで').waitFor();

    await nextBusinessDay(page, '2026/11/24 09:00（火）');
    await waitForMail(page, ADMIN, '【NSS】デジタル証明書発行完了のお知らせ');
    await expect(mailSubjects(page, CONTACT)).resolves.not.toContain('【NSS】デジタル証明書発行完了のお知らせ');
    await openDetail(page, receiptNo);
    await page.getByRole('link', { name: 'ID通知内容' }).click();
    const terminals = page.getByRole('region', { name: '論理端末名 / デジタル証明書' });
    const rows = terminals.getByRole('row', { name: /海上 net net/ });
    await rows.first().waitFor();
    await expect(rows.count()).resolves.toBe(2);
    for (const text of await rows.allTextContents()) expect(text).toMatch(/\d{6}W\d{13}NAC\d{3}W/);

    await setClock(page, '20261207', '09:00', '2026/12/07 09:00（月）');
    await page.goto(`${baseUrl()}/contract?tab=netNACCS`);
    const inContract = page.getByRole('table', { name: '論理端末' }).getByRole('row', { name: /net net/ });
    // the center applies the change just after the clock moves: the page follows it live
    await expect.poll(() => inContract.count(), { timeout: 15_000 }).toBe(3);
    await context.close();
  });

  it('a new 利用者コード without its システム設定申込 by the 締切日 makes the application 無効', async () => {
    const { context, page } = await start();
    await beginChange(page, ['利用者コード(追加・変更・削除)'], '20261207');
    await heading(page, '利用者コード 入力');
    await button(page, '新規に利用者コードを追加する').click();
    await page.getByRole('textbox', { name: /^利用者コード/ }).fill('1DNAC');
    await page.getByLabel('海上').check();
    await page.getByLabel('インタラクティブ', { exact: true }).check();
    await page.getByRole('group', { name: '業種' }).getByLabel('通関業', { exact: true }).check();
    await page.getByLabel(/^識別番号数/).fill('1');
    await page.getByRole('button', { name: '設定する', exact: true }).click();
    await button(page, 'この内容で設定する').click();
    await page.getByRole('table', { name: '申込情報' }).getByRole('row', { name: /1DNAC/ }).waitFor();
    await button(page, '次へ進む').click();
    const receiptNo = await register(page);

    await nextBusinessDay(page, '2026/11/24 09:00（火）');
    await openDetail(page, receiptNo);
    await page.getByRole('link', { name: 'ID通知内容' }).click();
    await page.getByRole('region', { name: '申込結果' }).getByText('20261201').waitFor(); // システム設定申込締切日

    await setClock(page, '20261202', '10:00', '2026/12/02 10:00（水）');
    await waitForMail(page, ADMIN, '【NSS】利用申込無効のお知らせ');
    await openDetail(page, receiptNo);
    await expect(page.getByRole('region', { name: '申込内容', exact: true }).textContent()).resolves.toContain('無効');
    await context.close();
  });
});
