// 契約内容の変更, その他の契約変更 (issue 10), as trainees of the demo company's two
// offices click it, with the trainer's console driving the simulated clock:
// 共用(追加) of NAC001's 論理端末 with NAC002 — the center asks NAC001 to wait while
// NAC002 has not filed, NAC002 files, NAC001 corrects, and on the 利用開始日 both
// contracts show the shared terminal — 付替 of a 利用者ID and the terminal to NAC002,
// and 地位の承継 of NAC001 to another company.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, useBrowser } from './browser';
import { ADMIN, beginOtherChange, button, CONTACT, heading, openDetail, register, start as startChange } from './contract-change-steps';
import { login, mailSubjects, nextBusinessDay, setClock, waitForMail } from './helpers';

const browser = useBrowser();
const start = () => startChange(browser());

/** 共用 入力: 追加, the other office, and 99999W. */
async function shareTerminal(page: Page, partner: string) {
  await heading(page, '共用 入力');
  await page.getByRole('group', { name: '共用の区分' }).getByLabel('追加').check();
  await page.getByRole('group', { name: '共用先の事業所' }).getByLabel(partner).check();
  await page.getByLabel('論理端末「99999W」を選択').check();
  await button(page, '次へ進む').click();
}

async function logout(page: Page) {
  await page.goto(`${baseUrl()}/`);
  await button(page, 'ログアウト').click();
  await page.getByLabel('ログインID').waitFor();
}

describe('契約内容の変更 — その他の契約変更 in Chromium', () => {
  it('共用(追加): NAC001 waits for NAC002\'s application; on the 利用開始日 both offices see 99999W shared', async () => {
    const { context, page } = await start();
    await beginOtherChange(page, '共用(追加・解除)', '20261207');
    // nothing chosen: each field says what to choose
    await heading(page, '共用 入力');
    await button(page, '次へ進む').click();
    const summary = page.getByRole('alert');
    await expect.poll(() => summary.textContent()).toContain('共用の区分(追加・解除)を選択してください。');
    await expect(summary.textContent()).resolves.toContain('共用先の事業所を選択してください。');
    await shareTerminal(page, 'NAC002 東京保税倉庫');

    await heading(page, '変更申込確認');
    const section = page.getByRole('region', { name: '共用情報' });
    await expect.poll(() => section.getByRole('table', { name: '共用情報 申込情報' }).textContent()).toContain('共用追加NAC002 東京保税倉庫99999W');
    const mine = await register(page);

    // NAC002 has not filed: the center asks NAC001 (確認依頼) with the reason
    await nextBusinessDay(page, '2026/11/24 09:00（火）');
    await expect.poll(() => mailSubjects(page, CONTACT), { timeout: 15_000 }).toContain('【NSS】申込内容確認のお願い');
    await openDetail(page, mine);
    await expect(page.getByRole('region', { name: '申込内容', exact: true }).textContent()).resolves.toContain('共用');
    await expect
      .poll(() => page.getByRole('region', { name: '進行状況' }).textContent())
      .toContain('共用先の事業所「NAC002 東京保税倉庫」から、同じ内容の共用(追加)の申込がありません。');

    // NAC002 files the same, naming NAC001; the terminal it offers is NAC001's
    await logout(page);
    await login(page, 'NAC002');
    await beginOtherChange(page, '共用(追加・解除)', '20261207');
    await shareTerminal(page, 'NAC001 東京事業所');
    await register(page);
    await nextBusinessDay(page, '2026/11/25 09:00（水）');

    // NAC001 corrects (files again unchanged), and the center now finds NAC002's application
    await logout(page);
    await login(page, 'NAC001');
    await openDetail(page, mine);
    await button(page, '利用申込を修正する').click();
    await page.getByText(`受付番号${mine}の利用申込を修正します。`).waitFor();
    await button(page, '申込内容選択へ進む').click();
    await heading(page, '変更内容入力');
    await button(page, '申込担当者の入力へ進む').click();
    await button(page, '次へ進む').click();
    await heading(page, '共用 入力');
    await expect.poll(() => page.getByLabel('論理端末「99999W」を選択').isChecked()).toBe(true);
    await button(page, '次へ進む').click();
    await expect(register(page)).resolves.toBe(mine);
    await nextBusinessDay(page, '2026/11/26 09:00（木）');
    await waitForMail(page, ADMIN, '【NSS】利用申込確認完了のお知らせ');

    // the 利用開始日: NAC001's terminal is shared with NAC002, and NAC002 lists it
    await setClock(page, '20261207', '09:00', '2026/12/07 09:00（月）');
    await page.goto(`${baseUrl()}/contract?tab=netNACCS`);
    const row = page.getByRole('table', { name: '論理端末', exact: true }).getByRole('row', { name: /99999W/ });
    await expect.poll(() => row.textContent(), { timeout: 15_000 }).toContain('99999WNAC002');
    await logout(page);
    await login(page, 'NAC002');
    await page.goto(`${baseUrl()}/contract?tab=netNACCS`);
    const shared = page.getByRole('table', { name: '他事業所と共用している論理端末' });
    await expect.poll(() => shared.getByRole('row', { name: /99999W/ }).textContent(), { timeout: 15_000 }).toContain('NAC001海上netnet99999W');
    await context.close();
  });

  it('付替: 1CNACC01 and 99999W move from NAC001 to NAC002 on the 利用開始日', async () => {
    const { context, page } = await start();
    await beginOtherChange(page, '事業所間の登録情報の移動(付替)', '20261207');
    await heading(page, '事業所間の登録情報の移動(付替) 入力');
    await button(page, '次へ進む').click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('移動する利用者IDまたは論理端末を1つ以上選択してください。');
    await page.getByRole('group', { name: '移動先の事業所' }).getByLabel('NAC002 東京保税倉庫').check();
    await page.getByLabel('利用者ID「1CNACC01」を移動').check();
    await page.getByLabel('論理端末「99999W」を移動').check();
    await button(page, '次へ進む').click();

    await heading(page, '変更申込確認');
    const section = page.getByRole('region', { name: '登録情報の移動(付替)情報' });
    await expect.poll(() => section.textContent()).toContain('NAC002 東京保税倉庫');
    // 1CNAC has no other ID of NAC001: the office stops using the code
    await expect(section.textContent()).resolves.toContain('1CNAC(貴事業所の識別番号がすべて移動するため、利用開始日から貴事業所では利用しません。)');
    const receiptNo = await register(page);
    await nextBusinessDay(page, '2026/11/24 09:00（火）');
    await waitForMail(page, ADMIN, '【NSS】利用申込確認完了のお知らせ');
    await openDetail(page, receiptNo);
    await expect(page.getByRole('region', { name: '申込内容', exact: true }).textContent()).resolves.toContain('付替');

    await setClock(page, '20261207', '09:00', '2026/12/07 09:00（月）');
    await page.goto(`${baseUrl()}/contract?tab=general`);
    const panel = page.getByRole('tabpanel');
    await panel.getByRole('cell', { name: 'A01', exact: true }).waitFor();
    await expect.poll(() => panel.getByRole('cell', { name: 'C01', exact: true }).count(), { timeout: 15_000 }).toBe(0);
    await page.goto(`${baseUrl()}/contract?tab=netNACCS`);
    await page.getByRole('tabpanel').getByText('登録されている論理端末はありません。').waitFor();

    await logout(page);
    await login(page, 'NAC002');
    await page.goto(`${baseUrl()}/contract?tab=general`);
    await expect.poll(() => page.getByRole('tabpanel').getByRole('cell', { name: 'C01', exact: true }).count(), { timeout: 15_000 }).toBe(1);
    await page.goto(`${baseUrl()}/contract?tab=netNACCS`);
    await expect.poll(() => page.getByRole('table', { name: '論理端末', exact: true }).getByRole('cell', { name: '99999W' }).count()).toBe(1);
    await context.close();
  });

  it('地位の承継: NAC001 passes to 港湾物流株式会社 (KWB) on the 利用開始日; NAC002 stays ナックス商事', async () => {
    const { context, page } = await start();
    await beginOtherChange(page, '地位の承継', '20261207');
    await heading(page, '地位の承継 入力');
    const name = page.getByRole('textbox', { name: /^企業名(?!\()/ });
    await expect.poll(() => name.inputValue()).toBe('ナックス商事株式会社');
    // the same company is not a succession
    await button(page, '次へ進む').click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('地位の承継では、承継する企業の企業名を入力してください。');
    await name.fill('港湾物流株式会社');
    await page.getByRole('textbox', { name: /^企業名\(フリガナ\)/ }).fill('コウワンブツリュウカブシキガイシャ');
    await page.getByRole('textbox', { name: /^企業略称/ }).fill('KWB');
    await button(page, '次へ進む').click();

    await heading(page, '変更申込確認');
    const applied = page.getByRole('table', { name: '地位の承継情報 申込情報' });
    await expect.poll(() => applied.textContent()).toContain('承継企業名港湾物流株式会社');
    await expect(applied.textContent()).resolves.toContain('承継企業略称KWB');
    const receiptNo = await register(page);
    await nextBusinessDay(page, '2026/11/24 09:00（火）');
    await waitForMail(page, ADMIN, '【NSS】利用申込確認完了のお知らせ');
    await openDetail(page, receiptNo);
    await expect(page.getByRole('region', { name: '申込内容', exact: true }).textContent()).resolves.toContain('地位の承継');

    await setClock(page, '20261207', '09:00', '2026/12/07 09:00（月）');
    await page.goto(`${baseUrl()}/contract`);
    const office = page.getByRole('region', { name: '事業所' });
    await expect.poll(() => office.getByRole('row', { name: /^企業名(?!\()/ }).textContent(), { timeout: 15_000 }).toContain('港湾物流株式会社');
    await logout(page);
    await login(page, 'NAC002');
    await page.goto(`${baseUrl()}/contract`);
    await expect.poll(() => page.getByRole('region', { name: '事業所' }).getByRole('row', { name: /^企業名(?!\()/ }).textContent()).toContain('ナックス商事株式会社');
    await context.close();
  });
});
