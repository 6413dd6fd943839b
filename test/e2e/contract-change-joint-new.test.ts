// 契約内容の変更, その他の契約変更 「共同利用(新規事業所)」 (issue 10) as trainees click it:
// seed 003's Cyberport 新規申込 (its tabs tick 「機器共用・共同利用、回線付替を別途申込…」)
// reaches 審査終了 with its 事業所コード; NAC001 files 共同利用(新規事業所) naming that
// 新規申込's 申込受付番号 and 99999W; on the 利用開始日 NAC001's terminal is used jointly with
// the new office, which lists it once its own contract has started.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, newPage, useBrowser } from './browser';
import { ADMIN, beginOtherChange, button, heading } from './contract-change-steps';
import { login, nextBusinessDay, setClock, waitForMail } from './helpers';
import { fileCyberportNewUsage, logOut, NU_CONTACT, readProvisionalIdNotice } from './new-usage-steps';

const browser = useBrowser();

/** 変更申込確認 → 「申込内容を登録する」 → the 申込受付番号. */
async function register(page: Page): Promise<string> {
  await heading(page, '変更申込確認');
  await button(page, '申込内容を登録する').click();
  await heading(page, 'NACCS変更申込 完了');
  return (await page.getByTestId('receipt-no').textContent())!;
}

describe('契約内容の変更 — 共同利用(新規事業所) in Chromium', () => {
  it('NAC001 lends 99999W to the office of a 新規申込 under way; both see it shared from their 利用開始日', async () => {
    const { context, page } = await newPage(browser());
    await setClock(page, '20261120', '10:00', '2026/11/20 10:00（金）');
    await page.goto(`${baseUrl()}/login`);
    const { receiptNo: newUsageNo } = await fileCyberportNewUsage(page);
    await nextBusinessDay(page, '2026/11/24 09:00（火）');
    await waitForMail(page, NU_CONTACT, '【NSS】利用申込手続き完了のお知らせ');
    const { officeCode, officePassword } = await readProvisionalIdNotice(page);
    await logOut(page);

    await login(page);
    await beginOtherChange(page, '共同利用(新規事業所)', '20261208');
    await heading(page, '共同利用(新規事業所) 入力');
    await page.getByRole('group', { name: '共同利用の区分' }).getByLabel('追加').check();
    await page.getByLabel(/^新規事業所の申込受付番号/).fill(newUsageNo);
    await page.getByLabel('論理端末「99999W」を選択').check();
    await button(page, '次へ進む').click();
    await heading(page, '変更申込確認');
    const applied = page.getByRole('table', { name: '共同利用(新規事業所)情報 申込情報' });
    await expect.poll(() => applied.textContent()).toContain(`共同利用追加${newUsageNo}99999W`);
    await register(page);
    await nextBusinessDay(page, '2026/11/25 09:00（水）');
    await waitForMail(page, ADMIN, '【NSS】利用申込確認完了のお知らせ');

    // the 利用開始日 of both: NAC001's terminal names the new office, which lists it
    await setClock(page, '20261208', '09:00', '2026/12/08 09:00（火）');
    await page.goto(`${baseUrl()}/contract?tab=netNACCS`);
    const row = page.getByRole('table', { name: '論理端末', exact: true }).getByRole('row', { name: /99999W/ });
    await expect.poll(() => row.textContent(), { timeout: 15_000 }).toContain(`99999W${officeCode}`);
    await page.goto(`${baseUrl()}/`);
    await logOut(page);
    await login(page, officeCode, officePassword);
    await page.goto(`${baseUrl()}/contract?tab=netNACCS`);
    const shared = page.getByRole('table', { name: '他事業所と共用している論理端末' });
    await expect.poll(() => shared.getByRole('row', { name: /99999W/ }).textContent(), { timeout: 15_000 }).toContain('NAC001海上netnet99999W');
    await context.close();
  });
});
