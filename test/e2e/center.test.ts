// The whole lifecycle of a システム設定申込 in Chromium, driven only by the real
// UI and the simulated clock of the trainer console: filed → 確認依頼 (an
// automatic check) → 修正 → 審査終了 → the contract changes on the NACCS登録日.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, newPage, useBrowser } from './browser';
import { fillContact, login, mailSubjects, nextBusinessDay, setClock, trainerClock } from './helpers';

const browser = useBrowser();

const ADMIN = 'kanri@nacks-shoji.example';
const CONTACT = 'taro.tsukan@nacks-shoji.example';
const JASTPRO_REQUEST = '1CNACで入力された輸出入者コード(JASTPRO)の体系が違います。コードを確認頂き修正入力をお願いします。';

async function setImporterCode(page: Page, code: string) {
  await page.getByRole('heading', { name: 'システム設定情報入力', level: 1 }).waitFor();
  await page.getByRole('tab', { name: /^業種/ }).click();
  await page.getByRole('tab', { name: /^通関・自社通関/ }).click();
  await page.getByLabel(/^輸出入者コード\(JASTPRO\)/).fill(code);
  await page.getByRole('button', { name: 'この内容で設定する' }).click();
  await page.getByRole('heading', { name: '利用者コード 選択', level: 1 }).waitFor();
}

async function register(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'システム設定申込確認へ進む' }).click();
  const confirm = page.getByRole('button', { name: 'システム設定申込を登録する' });
  await confirm.or(page.getByRole('alert')).first().waitFor();
  if (!(await confirm.isVisible())) throw new Error(`not confirmed: ${await page.getByRole('alert').allTextContents()}`);
  await confirm.click();
  const done = page.getByRole('heading', { name: 'システム設定申込 完了', level: 1 });
  await done.or(page.getByRole('alert')).first().waitFor();
  if (!(await done.isVisible())) throw new Error(`not filed: ${await page.getByRole('alert').allTextContents()}`);
  return (await page.getByTestId('receipt-no').textContent())!;
}

/** A システム設定申込 for 1CNAC through the wizard: 名称, 業種 通関業, optionally an 輸出入者コード and a date (else 最短). */
async function fileSystemSetting(page: Page, opts: { importerCode?: string; desired?: string }): Promise<string> {
  await page.goto(`${baseUrl()}/system-setting`);
  await page.getByRole('button', { name: '申込担当者の入力へ進む' }).click();
  await fillContact(page, CONTACT);
  await page.getByRole('button', { name: 'システム設定申込の入力へ進む' }).click();
  await page.getByRole('button', { name: '1CNACを選択' }).click();
  await page.getByRole('heading', { name: 'システム設定情報入力', level: 1 }).waitFor();
  await page.getByLabel(/^企業名/).fill('NACCS TRADE COMPANY');
  await page.getByRole('tab', { name: /業種/ }).click();
  await page.getByLabel('東京税関', { exact: true }).check(); // 業種 › 通関・自社通関's 主管税関 (R12)
  if (opts.importerCode) {
    await setImporterCode(page, opts.importerCode);
  } else {
    await page.getByRole('button', { name: 'この内容で設定する' }).click();
  }
  if (opts.desired) {
    await page.getByLabel('日付を指定して登録を希望').check();
    await page.getByRole('textbox', { name: 'NACCS登録希望日' }).fill(opts.desired);
  } else {
    await page.getByLabel('最短の日程で登録を希望').check();
  }
  return register(page);
}

async function overviewText(page: Page) {
  const overview = page.getByRole('region', { name: '申込概要' });
  await overview.waitFor();
  return overview.textContent();
}

describe('the simulated NACCS Center in Chromium', () => {
  it('files a システム設定申込 and takes it through 確認依頼, 修正 and 審査終了 to the NACCS登録日', async () => {
    const { context, page } = await newPage(browser());
    await setClock(page, '20261120', '10:00', '2026/11/20 10:00（金）');
    await login(page);

    // 1. File through the wizard, with an 輸出入者コード the center will refuse.
    const receiptNo = await fileSystemSetting(page, { importerCode: '1234567890', desired: '20261127' });
    expect(receiptNo).toMatch(/^26\d{5}C$/);
    expect(await mailSubjects(page, ADMIN)).toEqual(['【NSS】システム設定申込受付完了のお知らせ']);
    expect(await mailSubjects(page, CONTACT)).toEqual(['【NSS】システム設定申込受付完了のお知らせ']);

    // 2. The next business day (11/23 is 勤労感謝の日) the center answers: 確認依頼.
    await nextBusinessDay(page, '2026/11/24 09:00（火）');
    await page.getByRole('region', { name: /^確認依頼（申込者の修正・取下げ待ち） 1件/ }).getByText(receiptNo).waitFor();
    expect((await mailSubjects(page, CONTACT))[0]).toBe('【NSS】申込内容確認のお願い');

    await page.goto(`${baseUrl()}/`);
    const notice = page.getByRole('region', { name: '新着情報' }).getByRole('listitem').filter({ hasText: `【${receiptNo}】` });
    await expect(notice.textContent()).resolves.toContain(
      'システム設定申込内容に確認事項があります。通知内容をご確認の上、申込内容の修正、または取下げを行ってください。',
    );
    await notice.getByRole('link', { name: '詳細' }).click();
    await expect(overviewText(page)).resolves.toContain('ステータス確認依頼');
    await expect(page.getByRole('region', { name: '進行状況' }).textContent()).resolves.toContain(JASTPRO_REQUEST);

    // 3. 修正 under the same 受付番号.
    await page.getByRole('button', { name: 'システム設定申込を修正する' }).click();
    await page.getByText(`受付番号${receiptNo}のシステム設定申込を修正します。`).waitFor();
    await page.getByRole('button', { name: '申込担当者の入力へ進む' }).click();
    await page.getByRole('button', { name: 'システム設定申込の入力へ進む' }).click();
    await page.getByRole('button', { name: '1CNACを修正' }).click();
    await setImporterCode(page, '1234567890123');
    // 11/27 is closer than 4 business days now; the wizard asks for a later date
    await page.getByRole('textbox', { name: 'NACCS登録希望日' }).fill('20261201');
    await expect(register(page)).resolves.toBe(receiptNo);

    // 4. The correction is answered the next business day: 審査終了.
    await nextBusinessDay(page, '2026/11/25 09:00（水）');
    await page.getByRole('region', { name: /^審査終了（利用開始日待ち） 1件/ }).getByText('NACCS登録日 2026/12/01 00:00 に反映').waitFor();
    expect((await mailSubjects(page, ADMIN)).slice(0, 2)).toEqual([
      '【NSS】システム設定申込確認完了のお知らせ',
      '【NSS】システム設定申込受付完了のお知らせ',
    ]);
    await page.goto(`${baseUrl()}/applications`);
    const row = page.getByRole('row').filter({ hasText: receiptNo });
    await expect(row.textContent()).resolves.toContain('審査終了');
    await row.getByRole('link', { name: '詳細' }).click();
    // seed 000's 申込概要: 受付番号, 申込日時, ステータス, NACCS登録日; the wish is in the filed content
    const overview = await overviewText(page);
    expect(overview).toContain('NACCS登録日2026/12/01');
    expect(overview).not.toContain('NACCS登録希望日');
    await expect(page.getByRole('region', { name: 'NACCS登録希望日に関する項目' }).textContent()).resolves.toContain(
      'NACCS登録希望日20261201',
    );
    const progress = await page.getByRole('region', { name: '進行状況' }).getByRole('row').allTextContents();
    expect(progress.map((r) => r.replace(JASTPRO_REQUEST, '<request>'))).toEqual([
      '作業項目作業日通知内容',
      'システム設定申込2026/11/20',
      'システム設定申込 内容確認開始2026/11/20',
      'システム設定申込 回答(確認依頼)2026/11/24<request>',
      'システム設定申込 修正2026/11/24',
      'システム設定申込 回答(確認完了)2026/11/25',
    ]);

    // 5. Nothing changes in the contract before the NACCS登録日; on it, the names are registered.
    await setClock(page, '20261130', '23:00', '2026/11/30 23:00（月）');
    await page.goto(`${baseUrl()}/applications`);
    await expect(page.getByRole('row').filter({ hasText: receiptNo }).textContent()).resolves.toContain('審査終了');
    await setClock(page, '20261201', '00:00', '2026/12/01 00:00（火）');
    await page.getByRole('region', { name: /^審査終了（利用開始日待ち） 0件/ }).waitFor();
    await page.goto(`${baseUrl()}/applications`);
    await expect(page.getByRole('row').filter({ hasText: receiptNo }).textContent()).resolves.toContain('利用開始');
    await page.goto(`${baseUrl()}/system-setting`);
    await page.getByRole('button', { name: '申込担当者の入力へ進む' }).click();
    await page.getByRole('button', { name: 'システム設定申込の入力へ進む' }).click();
    // the contract's 設定情報 now holds the registered English name and 業種 of 1CNAC
    const code = page.getByRole('table', { name: '設定情報' }).getByRole('row').filter({ hasText: '1CNAC' });
    await expect(code.textContent()).resolves.toMatch(/1CNAC\s*NACCS TRADE COMPANY.*通関業/);
    await context.close();
  });

  it('lets the trainer answer by hand, the user withdraw, and applies the effect once with two tabs open', async () => {
    const { context, page } = await newPage(browser());
    await setClock(page, '20261120', '10:00', '2026/11/20 10:00（金）');
    const settings = page.getByRole('region', { name: '審査の設定' });
    await settings.getByLabel('手動（トレーナーが回答する）').check();
    await settings.getByRole('button', { name: '設定を保存する' }).click();
    await settings.getByText('保存しました。').waitFor();
    await login(page);

    const fileOne = () => fileSystemSetting(page, {});

    // A 確認依頼 written by the trainer, then 取下げ by the user.
    const first = await fileOne();
    await trainerClock(page);
    await page.getByRole('button', { name: `受付番号${first}の内容確認を開始` }).click();
    await page.getByRole('button', { name: `受付番号${first}に確認依頼` }).click();
    await page.getByLabel('通知内容').fill('添付ファイルの調査票が最新の様式ではありません。');
    await page.getByRole('button', { name: '確認依頼を送る' }).click();
    await page.getByRole('region', { name: /^確認依頼（申込者の修正・取下げ待ち） 1件/ }).waitFor();
    await page.goto(`${baseUrl()}/applications`);
    await page.getByRole('row').filter({ hasText: first }).getByRole('link', { name: '詳細' }).click();
    await expect(page.getByRole('region', { name: '進行状況' }).textContent()).resolves.toContain(
      '添付ファイルの調査票が最新の様式ではありません。',
    );
    await page.getByRole('button', { name: 'システム設定申込を取り下げる' }).click();
    await page.getByRole('alertdialog', { name: 'システム設定申込を取り下げますか？' }).getByRole('button', { name: '取り下げる' }).click();
    await page.getByRole('region', { name: '申込概要' }).getByText('取下げ', { exact: true }).waitFor();
    expect((await mailSubjects(page, ADMIN))[0]).toBe('【NSS】システム設定申込取下げ完了のお知らせ');

    // Approved by hand with a chosen date; the date arrives while two tabs run the center.
    const second = await fileOne();
    expect(second).not.toBe(first);
    await trainerClock(page);
    await page.getByRole('button', { name: `受付番号${second}の内容確認を開始` }).click();
    await page.getByRole('button', { name: `受付番号${second}を確認完了(承認)` }).click();
    await page.getByLabel('NACCS登録日', { exact: true }).fill('20261130');
    await page.getByRole('button', { name: '承認する' }).click();
    await page.getByRole('region', { name: /^審査終了（利用開始日待ち） 1件/ }).waitFor();

    const other = await context.newPage();
    await other.goto(`${baseUrl()}/trainer/mailbox`);
    await other.getByRole('heading', { name: '受信箱', level: 1 }).waitFor();
    await setClock(page, '20261130', '00:00', '2026/11/30 00:00（月）');
    await page.getByRole('region', { name: /^審査終了（利用開始日待ち） 0件/ }).waitFor();
    // let the other tab's engine see the clock change too, then count
    await other.reload();
    await other.getByRole('heading', { name: '受信箱', level: 1 }).waitFor();
    await page.goto(`${baseUrl()}/applications`);
    await page.getByRole('row').filter({ hasText: second }).getByRole('link', { name: '詳細' }).click();
    const progressRegion = page.getByRole('region', { name: '進行状況' });
    await progressRegion.getByText('システム設定申込 NACCS反映').first().waitFor();
    const progress = await progressRegion.getByRole('row').allTextContents();
    expect(progress.filter((r) => r.includes('NACCS反映'))).toEqual(['システム設定申込 NACCS反映2026/11/30']);
    await context.close();
  });
});
