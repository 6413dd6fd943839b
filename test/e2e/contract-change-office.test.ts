// 契約内容の変更, the office and 請求先 items (issue 10), as a trainee clicks them with
// the trainer's console driving the simulated clock: a new 企業名 filed by NAC001
// reaches both demo offices on the 利用開始日 (R4), and a change of 支払の方法 to
// 口座振替 sends the 口座振替申込専用紙's 新着情報.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, useBrowser } from './browser';
import { ADMIN, beginChange, button, heading, start as startChange } from './contract-change-steps';
import { login, nextBusinessDay, setClock, waitForMail } from './helpers';

const browser = useBrowser();
const start = () => startChange(browser());
const NEW_NAME = 'ナックス物流株式会社';

/** 変更申込確認 → 「申込内容を登録する」 → 審査終了 on the next business day. */
async function registerAndReview(page: Page) {
  await heading(page, '変更申込確認');
  await button(page, '申込内容を登録する').click();
  await heading(page, 'NACCS変更申込 完了');
  await nextBusinessDay(page, '2026/11/24 09:00（火）');
  await waitForMail(page, ADMIN, '【NSS】利用申込確認完了のお知らせ');
}

/** 契約内容確認's 事業所 tab: its 企業名 row, followed live. */
async function companyNameInContract(page: Page) {
  await page.goto(`${baseUrl()}/contract`);
  const office = page.getByRole('region', { name: '事業所' });
  await office.waitFor();
  return office.getByRole('row', { name: /^企業名(?!\()/ });
}

describe('契約内容の変更 — 企業名 and 支払の方法 in Chromium', () => {
  it('R4: a new 企業名 filed by NAC001 shows in both offices\' 契約内容確認 on the 利用開始日', async () => {
    const { context, page } = await start();
    await beginChange(page, ['企業名、事業所名、所在地等'], '20261207');
    await heading(page, '企業・事業所情報 入力');
    const name = page.getByRole('textbox', { name: /^企業名(?!\()/ });
    await expect.poll(() => name.inputValue()).toBe('ナックス商事株式会社');
    await name.fill(NEW_NAME);
    await button(page, '次へ進む').click();

    await heading(page, '変更申込確認');
    const section = page.getByRole('region', { name: '企業・事業所情報' });
    await expect.poll(() => section.textContent()).toContain('NAC001 東京事業所、NAC002 東京保税倉庫');
    await expect(section.getByRole('table', { name: '企業・事業所情報 申込情報' }).textContent()).resolves.toContain(`変更企業名${NEW_NAME}`);
    await registerAndReview(page);
    // reviewed, not yet in use
    await expect((await companyNameInContract(page)).textContent()).resolves.toContain('ナックス商事株式会社');

    await setClock(page, '20261207', '09:00', '2026/12/07 09:00（月）');
    const row = await companyNameInContract(page);
    // the center applies the change just after the clock moves: the page follows it live
    await expect.poll(() => row.textContent(), { timeout: 15_000 }).toContain(NEW_NAME);

    await button(page, 'ログアウト').click();
    await login(page, 'NAC002');
    const other = await companyNameInContract(page);
    await expect.poll(() => other.textContent(), { timeout: 15_000 }).toContain(NEW_NAME);
    await expect(page.getByRole('region', { name: '事業所' }).textContent()).resolves.toContain('東京保税倉庫');
    await context.close();
  });

  it('a change of 支払の方法 to 口座振替 sends the 口座振替申込専用紙 notice on the 利用開始日', async () => {
    const { context, page } = await start();
    await beginChange(page, ['支払の方法(口座振替・銀行振込)'], '20261207');
    await heading(page, '支払の方法 入力');
    // pre-filled from the contract once it is read
    await expect.poll(() => page.getByLabel('銀行振込').isChecked()).toBe(true);
    await page.getByLabel('口座振替').check();
    await button(page, '次へ進む').click();
    await heading(page, '変更申込確認');
    await page.getByRole('region', { name: '支払の方法情報' }).getByText(/口座振替申込専用紙を送付します/).waitFor();
    await registerAndReview(page);

    await setClock(page, '20261207', '09:00', '2026/12/07 09:00（月）');
    await page.goto(`${baseUrl()}/`);
    const notices = page.getByRole('region', { name: '新着情報' }).getByRole('listitem');
    const debit = notices.filter({ hasText: '口座振替申込専用紙を送付しました。受領しましたら、必要事項を記入しNACCSセンターに郵送してください。' });
    await expect.poll(() => debit.count(), { timeout: 15_000 }).toBe(1);
    await expect(debit.textContent()).resolves.toContain('利用料金');
    await page.goto(`${baseUrl()}/contract?tab=billing`);
    await expect.poll(() => page.getByRole('tabpanel').textContent()).toContain('口座振替');
    await context.close();
  });

  it('every office, 管理統計資料 and 請求先 item ticked: its screen in the order of the items, then each block on 変更申込確認', async () => {
    const { context, page } = await start();
    await beginChange(
      page,
      [
        '企業名、事業所名、所在地等',
        '契約者名、契約者の役職',
        '本社情報(所在地、電話番号等)',
        'システム管理責任者の情報(電話番号、緊急連絡用FAX番号)',
        '管理統計資料(有料分・無料分)',
        '保税管理資料保存サービス(要・不要)',
        '請求書送付先',
        '請求先担当者',
        '支払の方法(口座振替・銀行振込)',
      ],
      '20261207',
    );
    const overwrite = async (title: string, field: string | RegExp, value: string) => {
      await heading(page, title);
      await page.getByRole('textbox', { name: field }).fill(value);
      await button(page, '次へ進む').click();
    };
    await overwrite('企業・事業所情報 入力', /^電話番号/, '0300001235');
    await overwrite('契約者情報 入力', /^契約者の役職/, '代表取締役社長');
    await overwrite('本社情報 入力', /^本社 電話番号/, '0300001001');
    await overwrite('システム管理責任者 入力', /^緊急連絡用FAX番号/, '0300001199');
    await heading(page, '管理統計資料 入力');
    await page.getByRole('group', { name: '1ANAC 管理統計資料(無料分)' }).getByLabel('否').check();
    await button(page, '次へ進む').click();
    await overwrite('請求書送付先 入力', /^請求書送付先 住所/, '東京都港区港南十丁目１００番１号　経理部');
    await overwrite('請求先担当者 入力', /^請求先担当者名/, '経理　太郎');
    await heading(page, '支払の方法 入力');
    await page.getByLabel('口座振替').check();
    await button(page, '次へ進む').click();

    await heading(page, '変更申込確認');
    const titles = page.getByRole('heading', { level: 2 });
    await expect
      .poll(() => titles.allTextContents())
      .toEqual(
        expect.arrayContaining([
          '企業・事業所情報',
          '契約者情報',
          '本社情報',
          'システム管理責任者情報',
          '管理統計資料情報',
          '請求書送付先情報',
          '請求先担当者情報',
          '支払の方法情報',
        ]),
      );
    const contractor = page.getByRole('table', { name: '契約者情報 申込情報' });
    await expect.poll(() => contractor.textContent()).toContain('変更契約者の役職代表取締役社長');
    // the 本社 is 企業情報 too (R4): the company's block names both offices, once
    await expect(page.getByRole('region', { name: '企業・事業所情報' }).textContent()).resolves.toContain('NAC001 東京事業所、NAC002 東京保税倉庫');
    await expect(page.getByRole('region', { name: '本社情報' }).textContent()).resolves.not.toContain('NAC002');
    await context.close();
  });
});
