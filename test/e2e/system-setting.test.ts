// システム設定申込 as a trainee clicks it (seed 000), with the trainer's console
// driving the simulated clock: two codes including the new 1CNAC, a reload in the
// middle of システム設定情報入力, a 確認依頼 → 修正 → 審査終了 round, and the
// English names in 契約内容確認 and 利用者コード 選択 on the NACCS登録日 — the new 企業名
// on every code of the company (本申込で修正対象となる利用者コード).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, newPage, useBrowser } from './browser';
import { fillContact, login, nextBusinessDay, setClock, shownReceiptNo } from './helpers';

const browser = useBrowser();
const CONTACT = 'tarou.tsukan@nacks-shoji.example';

/** A logged-in page of a fresh browser context (its own IndexedDB), and the locators the tests use. */
async function start() {
  const { context, page } = await newPage(browser());
  await login(page);
  return {
    context,
    page,
    heading: (name: string) => page.getByRole('heading', { name, level: 1 }),
    button: (name: string | RegExp) => page.getByRole('button', { name }),
    saved: () => page.locator('.draft-saved[data-saved="yes"]').waitFor(),
  };
}

describe('システム設定申込 in Chromium', () => {
  it('files 1ANAC and the new 1CNAC losing nothing on a reload, is corrected after a 確認依頼, and changes the contract on the NACCS登録日', async () => {
    const { context, page, heading, button, saved } = await start();
    let receiptNo = '';
    const applicationDetail = async () => {
      await page.goto(`${baseUrl()}/applications`);
      await page.getByRole('link', { name: receiptNo }).first().click();
      await page.getByText(receiptNo).first().waitFor();
    };

    await setClock(page, '20261120', '10:00', '2026/11/20 10:00（金）');
    await page.goto(`${baseUrl()}/`);
    await page.getByRole('link', { name: 'システム設定の申込' }).click();
    await heading('システム設定申込ガイダンス').waitFor();
    await expect(page.getByText('システム設定申込とは、ご利用者がNACCSを利用する際に').isVisible()).resolves.toBe(true);
    await button('申込担当者の入力へ進む').click();

    await heading('申込担当者 入力').waitFor();
    await button('システム設定申込の入力へ進む').click();
    await page.getByRole('alert').filter({ hasText: '入力内容に誤りがあります。' }).waitFor();
    await expect(page.title()).resolves.toMatch(/^エラー：申込担当者 入力/);
    await fillContact(page, CONTACT);
    await page.getByLabel(/^電話番号/).fill('03-0123-4567');
    await button('システム設定申込の入力へ進む').click();
    await page.getByRole('link', { name: '電話番号は「-」(ハイフン)を入力せずに、数字のみ入力してください。' }).waitFor();
    await page.getByLabel(/^電話番号/).fill('0301234567');
    await button('システム設定申込の入力へ進む').click();

    await heading('利用者コード 選択').waitFor();
    await expect(page.getByRole('navigation', { name: 'パンくずリスト' }).textContent()).resolves.toBe(
      'システム設定申込ガイダンス申込担当者入力利用者コード選択',
    );
    await button('1ANACを選択').click();
    await heading('システム設定情報入力').waitFor();
    // 設定対象利用者コード: 処理方式 as NSS writes it; the tabs the contract calls for
    await page.getByText('インタラクティブ netNACCS インタラクティブ・メール併用').waitFor();
    await expect(page.getByRole('tab').allTextContents()).resolves.toEqual(['名称', '業種', '二重出力', '管理資料一元化', 'パスワード初期化']);
    await page.getByLabel(/^企業名/).fill('NACCS TRADE COMPANY 2');
    await button('この内容で設定する').click();

    await heading('利用者コード 選択').waitFor();
    await button('1CNACを選択').click();
    await heading('システム設定情報入力').waitFor();
    await button('この内容で設定する').click();
    await page.getByRole('link', { name: /企業名を入力してください。新規利用者コード追加時は「名称」タブと「業種」タブの必須項目/ }).waitFor();
    await page.getByLabel(/^企業名/).fill('NACCS TRADE COMPANY 3');
    await page.getByLabel(/^営業所名/).fill('YOKOHAMA OFFICE');
    await saved();
    await page.reload();
    await heading('システム設定情報入力').waitFor();
    await expect(page.getByLabel(/^企業名/).inputValue()).resolves.toBe('NACCS TRADE COMPANY 3');
    await expect(page.getByLabel(/^営業所名/).inputValue()).resolves.toBe('YOKOHAMA OFFICE');

    // 業種 registers what 通関業 needs (its sub-tab 通関・自社通関); it does not choose 業種
    await page.getByRole('tab', { name: /^業種/ }).click();
    await page.getByRole('tab', { name: /^通関・自社通関/ }).click();
    await page.getByLabel('東京税関', { exact: true }).check();
    await page.getByLabel(/^輸出入者コード/).fill('12345');
    await saved();
    await page.reload();
    await expect(page.getByLabel(/^輸出入者コード/).inputValue()).resolves.toBe('12345');
    await button('この内容で設定する').click();

    await heading('利用者コード 選択').waitFor();
    const applied = page.getByRole('table', { name: '申込情報' });
    await expect(applied.getByRole('row').count()).resolves.toBe(3);
    // one company, one 企業名(英): 1ANAC, set before, takes 1CNAC's new 企業名
    await expect(applied.getByRole('row', { name: /1ANAC/ }).textContent()).resolves.toContain('NACCS TRADE COMPANY 3');
    await page.getByLabel('最短の日程で登録を希望').check();
    await expect(page.getByText('2026/11/27(金)に反映予定').isVisible()).resolves.toBe(true);
    await page.getByLabel('備考').fill('新規利用者コード1CNACの登録をお願いします。');
    await page.getByLabel('添付ファイル').setInputFiles({
      name: '貨物引渡義務登録調査票.xlsx',
      mimeType: 'application/vnd.ms-excel',
      buffer: Buffer.alloc(37 * 1024, 1),
    });
    await page.getByText('37KB').waitFor();
    await button('システム設定申込確認へ進む').click();

    await heading('システム設定申込内容 確認').waitFor();
    for (const block of ['申込担当者情報', 'システム設定情報', '本申込で修正対象となる利用者コード', '添付ファイル'])
      await expect(page.getByRole('heading', { name: block, level: 2 }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('region', { name: 'システム設定情報' }).textContent()).resolves.toContain('NACCS TRADE COMPANY 3');
    // the new 企業名 reaches 1BNAC too, which was not set (its other names stay)
    const targets = page.getByRole('table', { name: '本申込で修正対象となる利用者コード' });
    await expect.poll(() => targets.getByRole('row').allTextContents()).toEqual([
      '利用者コード企業名(英)営業所名(英)営業所所在地(英)責任者名(英)',
      '1ANACNACCS TRADE COMPANY 3TOKYO OFFICETOKYO TO MINATO KU KOUNAN 10-100-1 NACCS BLD. 20FJ.YAMADA',
      '1BNACNACCS TRADE COMPANY 3TOKYO BONDED WAREHOUSETOKYO TO MINATO KU KOUNAN 10-100-1 NACCS BLD. 20FS.HOZEI',
      '1CNACNACCS TRADE COMPANY 3YOKOHAMA OFFICE',
    ]);
    await button('システム設定申込を登録する').click();

    await heading('システム設定申込 完了').waitFor();
    await page.getByText('システム設定申込の受付が完了しました。').waitFor();
    receiptNo = await shownReceiptNo(page, 'C');
    await expect(page.getByRole('navigation', { name: 'パンくずリスト' }).textContent()).resolves.toBe(
      'システム設定申込ガイダンス申込担当者入力利用者コード選択システム設定情報確認システム設定申込登録完了',
    );

    // 確認依頼 for the 輸出入者コード, corrected under the same number, review ended
    await nextBusinessDay(page, '2026/11/24 09:00（火）');
    await applicationDetail();
    await page.getByText('で入力された輸出入者コード(JASTPRO)の体系が違います。コードを確認頂き修正入力をお願いします。').first().waitFor();
    await button('システム設定申込を修正する').click();

    await heading('システム設定申込ガイダンス').waitFor();
    await page.getByText(`受付番号${receiptNo}のシステム設定申込を修正します。`).waitFor();
    await button('申込担当者の入力へ進む').click();
    await heading('申込担当者 入力').waitFor();
    await expect(page.getByLabel(/^氏名 姓/).inputValue()).resolves.toBe('通関');
    await button('システム設定申込の入力へ進む').click();
    await heading('利用者コード 選択').waitFor();
    await button('1CNACを修正').click();
    await page.getByRole('tab', { name: /^業種/ }).click();
    await page.getByRole('tab', { name: /^通関・自社通関/ }).click();
    await page.getByLabel(/^輸出入者コード/).fill('1234567890123');
    await button('この内容で設定する').click();
    await heading('利用者コード 選択').waitFor();
    await expect(page.getByText('貨物引渡義務登録調査票.xlsx').isVisible()).resolves.toBe(true);
    await button('システム設定申込確認へ進む').click();
    await heading('システム設定申込内容 確認').waitFor();
    await button('システム設定申込を登録する').click();
    await heading('システム設定申込 完了').waitFor();
    await expect(page.getByTestId('receipt-no').textContent()).resolves.toBe(receiptNo);

    await nextBusinessDay(page, '2026/11/25 09:00（水）');
    await applicationDetail();
    await page.getByText('審査終了').first().waitFor();
    await page.getByText('2026/11/30').first().waitFor();

    // the new English names in the contract from the NACCS登録日
    await setClock(page, '20261130', '09:00', '2026/11/30 09:00（月）');
    await page.goto(`${baseUrl()}/`);
    await page.getByRole('link', { name: '契約内容の確認' }).click();
    await heading('契約情報 参照').waitFor();
    const codes = page.getByRole('table', { name: '利用者コード' });
    const cellsOf = async (code: string) => {
      const row = codes.getByRole('row', { name: new RegExp(code) });
      await row.waitFor(); // the contract is read after the heading shows
      return row.getByRole('cell').allTextContents();
    };
    await expect(cellsOf('1CNAC')).resolves.toEqual([
      'NACCS TRADE COMPANY 3', 'YOKOHAMA OFFICE', '未登録', '未登録', '海上', '通関業', '×', '2026/10/01',
    ]);
    await expect(cellsOf('1ANAC')).resolves.toContain('NACCS TRADE COMPANY 3');
    await expect(cellsOf('1BNAC')).resolves.toEqual(expect.arrayContaining(['NACCS TRADE COMPANY 3', 'TOKYO BONDED WAREHOUSE', '保税蔵置場']));

    await page.goto(`${baseUrl()}/system-setting`);
    await button('申込担当者の入力へ進む').click();
    await heading('申込担当者 入力').waitFor();
    await button('システム設定申込の入力へ進む').click();
    await heading('利用者コード 選択').waitFor();
    const contract = page.getByRole('table', { name: '設定情報' });
    await expect(contract.getByRole('row', { name: /1CNAC/ }).textContent()).resolves.toContain('NACCS TRADE COMPANY 3');
    await expect(contract.getByRole('row', { name: /1CNAC/ }).textContent()).resolves.toContain('YOKOHAMA OFFICE');
    await expect(contract.getByRole('row', { name: /1CNAC/ }).textContent()).resolves.toContain('通関業');
    await expect(contract.getByRole('row', { name: /1ANAC/ }).textContent()).resolves.toContain('NACCS TRADE COMPANY 3');
    await context.close();
  });

  it('a second tab on the same draft: the first tab is told and overwrites nothing', async () => {
    const { context, page, heading, button } = await start();
    await page.goto(`${baseUrl()}/system-setting`);
    await button('申込担当者の入力へ進む').click();
    await fillContact(page, CONTACT);
    await button('システム設定申込の入力へ進む').click();
    await heading('利用者コード 選択').waitFor();
    const url = page.url();
    const other = await page.context().newPage();
    await other.goto(url);
    await other.getByRole('heading', { name: '利用者コード 選択', level: 1 }).waitFor();
    await other.getByLabel('備考').fill('別のタブで入力しました。');
    await other.locator('.draft-saved[data-saved="yes"]').waitFor();
    await page.getByText('別のタブ(ウィンドウ)でこの申込の入力内容が更新されました。').waitFor();
    await page.getByLabel('備考').fill('このタブの入力');
    await button('最新の入力内容を読み込む').click();
    await expect(page.getByLabel('備考').inputValue()).resolves.toBe('別のタブで入力しました。');
    await context.close();
  });
});

describe('filing from two tabs', () => {
  /** A システム設定申込 for 1ANAC brought to its confirmation; returns the confirmation's URL. */
  async function toConfirmation(t: Awaited<ReturnType<typeof start>>) {
    await t.page.goto(`${baseUrl()}/system-setting`);
    await t.button('申込担当者の入力へ進む').click();
    await fillContact(t.page, CONTACT);
    await t.button('システム設定申込の入力へ進む').click();
    await t.button('1ANACを選択').click();
    await t.heading('システム設定情報入力').waitFor();
    await t.button('この内容で設定する').click();
    await t.page.getByLabel('最短の日程で登録を希望').check();
    await t.page.getByLabel('備考').fill('最初の備考');
    await t.button('システム設定申込確認へ進む').click();
    await t.heading('システム設定申込内容 確認').waitFor();
    return t.page.url();
  }

  it('files a draft once: the second tab is told and cannot file it again', async () => {
    const t = await start();
    const url = await toConfirmation(t);
    const other = await t.context.newPage();
    await other.goto(url);
    await other.getByRole('heading', { name: 'システム設定申込内容 確認', level: 1 }).waitFor();
    await t.button('システム設定申込を登録する').click();
    await t.heading('システム設定申込 完了').waitFor();
    await other.getByText('別のタブ(ウィンドウ)でこの申込は登録されたか、破棄されました。').waitFor();
    await expect(other.getByRole('button', { name: 'システム設定申込を登録する' }).isDisabled()).resolves.toBe(true);
    await t.page.goto(`${baseUrl()}/applications`);
    const details = t.page.getByRole('link', { name: /^受付番号\d{7}Cの詳細$/ });
    await details.first().waitFor();
    await expect(details.count()).resolves.toBe(1);
    await t.context.close();
  });

  it('does not file old content from a tab behind the latest save: it offers 「最新の入力内容を読み込む」 first', async () => {
    const t = await start();
    const url = await toConfirmation(t);
    const other = await t.context.newPage();
    await other.goto(url);
    await other.getByRole('heading', { name: 'システム設定申込内容 確認', level: 1 }).waitFor();
    // the first tab goes back and changes 備考
    await t.page.getByRole('button', { name: 'システム設定情報の入力に戻る' }).click();
    await t.page.getByLabel('備考').fill('新しい備考');
    await t.saved();
    await other.getByText('別のタブ(ウィンドウ)でこの申込の入力内容が更新されました。').waitFor();
    const register = other.getByRole('button', { name: 'システム設定申込を登録する' });
    await expect(register.isDisabled()).resolves.toBe(true);
    await other.getByRole('button', { name: '最新の入力内容を読み込む' }).click();
    await other.getByRole('button', { name: 'システム設定申込確認へ進む' }).click();
    await other.getByRole('heading', { name: 'システム設定申込内容 確認', level: 1 }).waitFor();
    await other.getByText('新しい備考').waitFor();
    await register.click();
    await other.getByRole('heading', { name: 'システム設定申込 完了', level: 1 }).waitFor();
    await t.context.close();
  });
});
