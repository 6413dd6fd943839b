// 契約解除、事業所廃止 (解約申込, DOMAIN.md §3.3) as a trainee clicks it: the second demo
// office (NAC002, 東京保税倉庫) files its 解約 through 契約内容の変更, the center ends the
// review, the 契約満了日 shows on the detail and in 契約内容確認, and once the training
// clock passes it the office's session ends and its login is refused; NAC001 still logs in.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_SECOND_OFFICE_CODE } from '../../src/store/demo/credentials';
import { baseUrl, newPage, useBrowser } from './browser';
import { button, CONTACT, heading, openChangeInput } from './contract-change-steps';
import { DEMO, fillContact, login, nextBusinessDay, setClock, waitForMail, shownReceiptNo } from './helpers';

const browser = useBrowser();
/** NAC002's 管理責任者 (src/store/demo/data.ts) */
const ADMIN_2 = 'hozei-kanri@nacks-shoji.example';

async function loginRefused(page: Page, officeCode: string): Promise<string> {
  await page.goto(`${baseUrl()}/login`);
  await page.getByLabel('ログインID').fill(officeCode);
  await page.getByLabel('パスワード').fill(DEMO.password);
  await page.getByRole('button', { name: 'ログイン' }).click();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  return (await alert.textContent()) ?? '';
}

describe('契約解除、事業所廃止 in Chromium', () => {
  it('NAC002 files its 解約, sees the 契約満了日, and cannot log in from that day; NAC001 still can', async () => {
    const { context, page } = await newPage(browser());
    await login(page, DEMO_SECOND_OFFICE_CODE);
    await setClock(page, '20261120', '10:00', '2026/11/20 10:00（金）');

    // 変更内容入力: その他の契約変更 あり, 契約解除、事業所廃止; the date block becomes 契約満了日's
    await openChangeInput(page);
    await page.getByLabel('あり', { exact: true }).check();
    await page.getByLabel('契約解除、事業所廃止').check();
    await page.getByRole('region', { name: '契約満了日に関する項目' }).waitFor();
    await page.getByLabel(/^契約満了希望日/).fill('20261205');
    await button(page, '申込担当者の入力へ進む').click();
    // a Saturday: the same schedule rules as a 利用開始希望日, and the field keeps what was typed
    await expect(page.getByRole('alert').textContent()).resolves.toContain('契約満了希望日');
    await page.getByLabel(/^契約満了希望日/).fill('20261207');
    await button(page, '申込担当者の入力へ進む').click();
    await heading(page, '申込担当者 入力');
    await fillContact(page, CONTACT);
    await button(page, '次へ進む').click();

    // 契約解除 入力: what ends (the shared 1BNAC only for this office), 解約理由, the confirmation
    await heading(page, '契約解除 入力');
    const targets = page.getByRole('table', { name: '契約解除の対象' });
    await expect(targets.getByRole('row', { name: /1BNAC\(他事業所と共用\)/ }).textContent()).resolves.toContain('NAC001で引き続き利用');
    await expect(targets.getByRole('row', { name: /1BNACB02/ }).textContent()).resolves.toContain('廃止');
    await button(page, '次へ進む').click();
    const summary = page.getByRole('alert');
    await summary.getByRole('link', { name: '解約理由を選択してください。' }).waitFor();
    await summary.getByRole('link', { name: '契約解除の内容を確認し、確認欄にチェックを入れてください。' }).waitFor();
    await page.getByLabel('事業所の廃止').check();
    await page.getByRole('group', { name: '確認' }).getByRole('checkbox').check();
    await button(page, '次へ進む').click();

    // 変更申込確認 → 完了
    await heading(page, '変更申込確認');
    await expect(page.getByRole('region', { name: '変更内容' }).textContent()).resolves.toContain('契約満了希望日20261207');
    await expect(page.getByRole('region', { name: '契約解除情報' }).textContent()).resolves.toContain('事業所の廃止');
    await button(page, '申込内容を登録する').click();
    await heading(page, 'NACCS変更申込 完了');
    const receiptNo = await shownReceiptNo(page, 'A');

    // 申込情報一覧 lists it as a 解約申込
    await page.goto(`${baseUrl()}/applications`);
    const link = page.getByRole('link', { name: `受付番号${receiptNo}の詳細` });
    await expect(page.getByRole('row').filter({ has: link }).textContent()).resolves.toContain('解約申込');

    // the center ends the review on the next business day
    await nextBusinessDay(page, '2026/11/24 09:00（火）');
    await waitForMail(page, ADMIN_2, '【NSS】利用申込確認完了のお知らせ');
    await page.goto(`${baseUrl()}/applications`);
    await page.getByRole('link', { name: `受付番号${receiptNo}の詳細` }).click();
    const overview = page.getByRole('region', { name: '申込内容', exact: true });
    await overview.getByText('審査終了', { exact: true }).waitFor();
    const text = (await overview.textContent())!;
    expect(text).toContain('解約申込');
    expect(text).toContain('契約満了希望日20261207');
    await expect(page.getByRole('region', { name: '申込結果' }).textContent()).resolves.toContain('契約満了日20261207');
    await expect(button(page, '解除通知書を出力する').isEnabled()).resolves.toBe(true);

    // 契約内容確認 says when the contract ends
    await page.goto(`${baseUrl()}/contract`);
    await expect.poll(() => page.getByRole('region', { name: '事業所', exact: true }).textContent()).toContain(
      `契約満了日2026/12/07(申込受付番号「${receiptNo}」の解約申込により契約を解除します)`,
    );

    // past the 契約満了日: the open session ends at the next navigation, and the login is refused
    await setClock(page, '20261207', '09:00', '2026/12/07 09:00（月）');
    await page.goto(`${baseUrl()}/`);
    await expect(page.getByTestId('session-ended').textContent()).resolves.toBe(
      'この事業所のNACCS利用契約は契約満了日を迎えて解除されたため、ログアウトしました。',
    );
    await expect(loginRefused(page, DEMO_SECOND_OFFICE_CODE)).resolves.toBe(
      'このログインID(事業所コード)のNACCS利用契約は、契約満了日(2026/12/07)をもって解除されたため、ログインできません。',
    );
    // the other office of the company still logs in, and 1BNAC is still its own
    await login(page, DEMO.officeCode);
    await page.goto(`${baseUrl()}/contract?tab=general`);
    await page.getByRole('table', { name: '一般NACCSの利用者ID' }).getByRole('row').filter({ hasText: /1BNAC\s*B01/ }).waitFor();
    await context.close();
  });
});
