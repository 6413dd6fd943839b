// デジタル証明書の再発行 in Chromium, as a trainee clicks it: choose the netNACCS
// 論理端末 and the reason, file (…D), see a second reissue of the same terminal
// refused while the first is on its way, move the training clock with the trainer
// console, and find the 新着情報 証明書発行, the 管理責任者's mail, the new 認証コード
// in ID通知内容 and the certificate's new 有効期限 in 契約内容確認.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, newPage, useBrowser } from './browser';
import { fillContact, login, mailSubjects, nextBusinessDay, setClock, waitForMail, shownReceiptNo } from './helpers';

const browser = useBrowser();
const ADMIN = 'kanri@nacks-shoji.example';
const CONTACT = 'shomei-hanako@nacks-shoji.example';
const NOTICE = 'デジタル証明書を再発行しました。NACCS掲示板よりデジタル証明書を取得の上、適用作業を実施願います。';

const heading = (page: Page, name: string) => page.getByRole('heading', { name, level: 1 }).waitFor();
const button = (page: Page, name: string) => page.getByRole('button', { name });

/** メニュー → ガイダンス → 申込担当者 (pre-filled after the first application) → 論理端末 選択. */
async function openSelection(page: Page, contact?: string) {
  await page.goto(`${baseUrl()}/`);
  await page.getByRole('link', { name: 'デジタル証明書の再発行' }).click();
  await heading(page, 'デジタル証明書再発行ガイダンス');
  await button(page, '申込担当者の入力へ進む').click();
  await heading(page, '申込担当者 入力');
  if (contact) await fillContact(page, contact);
  await button(page, '論理端末の選択へ進む').click();
  await heading(page, '論理端末 選択');
}

describe('デジタル証明書の再発行 in Chromium', () => {
  it('reissues the certificate of a netNACCS terminal: 新着情報, new 認証コード in ID通知内容, a new 有効期限 in 契約内容確認', async () => {
    const { context, page } = await newPage(browser());
    await login(page);
    await setClock(page, '20261120', '10:00', '2026/11/20 10:00（金）');

    await openSelection(page, CONTACT);
    await button(page, '申込内容確認へ進む').click();
    await page.getByRole('alert').getByRole('link', { name: '再発行する論理端末を選択してください。' }).waitFor();
    await page.getByRole('radio', { name: '99999W' }).check();
    await page.getByRole('radio', { name: 'その他' }).check();
    await page.getByRole('textbox', { name: /^その他の理由/ }).fill('Windowsのアカウントを変更したため');
    await button(page, '申込内容確認へ進む').click();

    await heading(page, 'デジタル証明書再発行申込 確認');
    const applied = page.getByRole('region', { name: '申込情報' });
    await expect(applied.textContent()).resolves.toContain('その他(Windowsのアカウントを変更したため)');
    await button(page, '申込内容を登録する').click();
    await heading(page, 'デジタル証明書再発行申込 完了');
    const receiptNo = await shownReceiptNo(page, 'D');
    await page.getByRole('region', { name: 'お問い合わせ先はこちら' }).waitFor();
    await page.getByText('審査終了・デジタル証明書再発行まで').waitFor();
    expect(await mailSubjects(page, CONTACT)).toEqual(['【NSS】デジタル証明書再発行申込受付完了のお知らせ']);

    // the same terminal again while the first reissue is on its way: refused, with its number
    await openSelection(page);
    await page.getByRole('radio', { name: '99999W' }).check();
    await page.getByRole('radio', { name: 'PCの入替' }).check();
    await button(page, '申込内容確認へ進む').click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain(
      `論理端末「99999W」は、デジタル証明書の再発行を申込中です(申込受付番号「${receiptNo}」)。`,
    );

    // The center answers on the next business day (11/23 is a holiday) and reissues that day.
    await nextBusinessDay(page, '2026/11/24 09:00（火）');
    await waitForMail(page, ADMIN, '【NSS】デジタル証明書発行完了のお知らせ');
    await expect(mailSubjects(page, CONTACT)).resolves.not.toContain('【NSS】デジタル証明書発行完了のお知らせ');

    await page.goto(`${baseUrl()}/`);
    const row = page.getByRole('region', { name: '新着情報' }).getByRole('listitem').filter({ hasText: receiptNo });
    await expect.poll(() => row.textContent(), { timeout: 15_000 }).toContain(NOTICE);
    await expect(row.textContent()).resolves.toContain('証明書発行');
    await row.getByRole('link', { name: '詳細' }).click();
    await page.getByRole('region', { name: '申込概要' }).waitFor();
    await page.getByRole('link', { name: 'ID通知内容' }).click();
    await heading(page, 'ID通知内容 参照');
    const terminals = page.getByRole('region', { name: '論理端末名 / デジタル証明書' });
    const issued = terminals.getByRole('row', { name: /99999W/ });
    await issued.waitFor();
    // the same name and access key; new 認証コード (1 from the name as in S2, 2 and 3 drawn anew)
    const cells = await issued.getByRole('cell').allTextContents();
    expect(cells.slice(0, 5)).toEqual(['海上', 'net', 'net', '99999W', '9999999999999']);
    expect(cells[5]).toBe('NAC999W');
    expect(cells[6]).toMatch(/^[A-Z2-9]{6}$/);
    expect(cells[7]).toMatch(/^[A-Z2-9]{5}$/);
    expect(cells.slice(6, 8)).not.toEqual(['K7Q2MX', 'R4T9Z']); // the demo terminal's old codes

    // 契約内容確認: valid one year from the reissue, renewable from 28 days before
    await page.goto(`${baseUrl()}/contract?tab=netNACCS`);
    const inContract = page.getByRole('table', { name: '論理端末' }).getByRole('row', { name: /99999W/ });
    await expect.poll(() => inContract.textContent(), { timeout: 15_000 }).toContain('2027/11/23');
    await expect(inContract.textContent()).resolves.toContain('2027/10/26から更新可能');
    await setClock(page, '20271026', '09:00', '2027/10/26 09:00（火）');
    await page.goto(`${baseUrl()}/contract?tab=netNACCS`);
    await expect.poll(() => inContract.textContent(), { timeout: 15_000 }).toMatch(/2027\/11\/23更新可能/);
    await context.close();
  });
});
