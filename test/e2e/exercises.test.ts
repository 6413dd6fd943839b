// 演習 in Chromium: a trainee picks an exercise, does it in a fresh copy of the
// demo back office, watches the checklist, makes the typical mistake, grades, reads
// what was right and wrong; the trainer sees, exports and resets the results.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, newPage, useBrowser } from './browser';
import { applyForTwoBrokerIds, fillContact, login, nextBusinessDay, readIssuedIds, setClock, waitForMail } from './helpers';
import { fileCyberportNewUsage, logOut, NU_ADMIN, readProvisionalIdNotice, signIn } from './new-usage-steps';

const browser = useBrowser();
const TRAINEE = '研修 一郎';
const CONTACT = 'hanako.tsukan@nacks-shoji.example';

/** 演習 → the name → 「この演習を始める」 → the run's copy is ready → メインメニュー (or the login page). */
async function startExercise(page: Page, title: string, proceed = 'メインメニューへ進む') {
  await page.goto(`${baseUrl()}/`);
  await page.getByRole('link', { name: '演習', exact: true }).click();
  await page.getByRole('heading', { name: '演習', level: 1 }).waitFor();
  await page.getByLabel(/^研修生の名前/).fill(TRAINEE);
  await page.getByRole('button', { name: `この演習を始める：${title}` }).click();
  await page.getByRole('region', { name: '実施中の演習' }).getByText(title, { exact: true }).waitFor();
  await page.getByRole('link', { name: proceed }).click();
  await (proceed === 'メインメニューへ進む' ? page.getByRole('heading', { name: '新着情報' }) : page.getByLabel('ログインID')).waitFor();
}

const panel = (page: Page) => page.getByRole('complementary', { name: '実施中の演習' });

/** 採点する → the result page's check rows, as 「label|結果|理由」. */
async function grade(page: Page): Promise<string[]> {
  await panel(page).getByRole('button', { name: '採点する' }).click();
  await page.getByRole('heading', { name: '演習の結果', level: 1 }).waitFor();
  const rows = page.getByRole('table', { name: 'チェック項目' }).locator('tbody tr');
  await rows.first().waitFor();
  return Promise.all((await rows.all()).map(async (row) => (await row.locator('th, td').allTextContents()).join('|')));
}

const mistakes = (page: Page) => page.getByRole('region', { name: '途中の誤り' }).textContent();

describe('演習 in Chromium', () => {
  it('seed 004: the UTB mistake is named, then every check is met; the trainer exports and resets the result; nothing leaks into the back office', async () => {
    const { context, page } = await newPage(browser());
    await startExercise(page, '通関士IDを2つ追加し、UTBで通関士証票番号を登録する');
    await expect(panel(page).textContent()).resolves.toContain('（0 / 3）');

    const receiptNo = await applyForTwoBrokerIds(page, CONTACT);
    await panel(page).getByText('通関士IDの追加申込(2名分)を登録した').waitFor();
    await expect.poll(() => panel(page).textContent()).toContain('（1 / 3）');

    await nextBusinessDay(page, '2026/11/24 09:00（火）');
    await waitForMail(page, CONTACT, '【NSS】利用申込確認完了のお知らせ');
    await page.goto(`${baseUrl()}/applications`);
    await page.getByRole('link', { name: `受付番号${receiptNo}の詳細` }).click();
    await page.getByRole('link', { name: 'ID通知内容' }).click();
    const issued = await readIssuedIds(page);

    await setClock(page, '20261130', '10:00', '2026/11/30 10:00（月）');
    await page.goto(`${baseUrl()}/trainer/utb`);
    await page.getByLabel(/^利用者ID/).fill(issued[0].userId);
    await page.getByLabel(/^パスワード/).fill(issued[0].password);
    await page.getByRole('button', { name: 'ログオン' }).click();
    await page.getByRole('button', { name: 'UTB 通関士証票番号登録' }).click();
    await page.getByLabel(/^利用者ID/).fill(issued[0].userId);
    await page.getByLabel(/^通関士証票番号/).fill('12-7896'); // the typical mistake: as written on the card
    await page.getByRole('button', { name: '送信' }).click();
    await page.getByRole('main').getByRole('status').filter({ hasText: 'ハイフン以降の番号(例 7896)を左詰めで入力してください' }).waitFor();

    const halfway = await grade(page);
    expect(halfway[2]).toBe('UTBで証票番号を「7896」と登録した|未達成|新しい通関士IDに通関士証票番号が登録されていません。');
    await expect(mistakes(page)).resolves.toContain('通関士証票番号を、証票の記載どおりハイフン付きで入力しました');

    await page.getByRole('link', { name: '演習を続ける' }).click();
    await page.goto(`${baseUrl()}/trainer/utb`); // still logged on to the terminal in this tab
    await page.getByRole('button', { name: 'UTB 通関士証票番号登録' }).click();
    await page.getByLabel(/^利用者ID/).fill(issued[0].userId);
    await page.getByLabel(/^通関士証票番号/).fill('7896');
    await page.getByRole('button', { name: '送信' }).click();
    await page.getByText('00000-0000-0000 正常に終了しました。').waitFor();
    await expect.poll(() => panel(page).textContent()).toContain('（3 / 3）');

    const final = await grade(page);
    expect(final.map((r) => r.split('|')[1])).toEqual(['達成', '達成', '達成']);
    await expect(page.getByRole('region', { name: '通関士IDを2つ追加し、UTBで通関士証票番号を登録する' }).textContent()).resolves.toContain(
      '3項目中3項目',
    );

    // The trainer's table, its CSV, and a reset.
    await page.goto(`${baseUrl()}/trainer/exercises`);
    const table = page.getByRole('table', { name: '演習結果' });
    await table.getByRole('row', { name: new RegExp(TRAINEE) }).first().waitFor();
    await expect(table.locator('tbody tr').count()).resolves.toBe(1); // graded twice: the run keeps its latest grading
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'CSVで出力する' }).click();
    const csv = readFileSync((await (await download).path())!, 'utf8');
    expect(csv.startsWith('\uFEFF研修生,演習,')).toBe(true);
    expect(csv).toContain(`${TRAINEE},通関士IDを2つ追加し、UTBで通関士証票番号を登録する`);
    expect(csv).toContain('3項目中3項目');
    await table.getByRole('button', { name: `${TRAINEE}さんの通関士IDを2つ追加し、UTBで通関士証票番号を登録するをリセット` }).first().click();
    await page.getByRole('button', { name: 'リセットする' }).click();
    await page.getByText(`${TRAINEE}さんの「通関士IDを2つ追加し、UTBで通関士証票番号を登録する」の結果を1件リセットしました。`).waitFor();
    await page.getByText('まだ結果はありません。').waitFor();

    // Ending the exercise returns to the back office, where the run's application never was.
    await page.goto(`${baseUrl()}/exercises`);
    await page.getByRole('button', { name: '演習を終了する' }).click();
    await page.getByRole('button', { name: /^この演習を始める：/ }).first().waitFor();
    await login(page); // the run's login was the run's own
    await page.goto(`${baseUrl()}/applications`);
    await page.getByRole('heading', { name: '申込情報一覧', level: 1 }).waitFor();
    await expect(page.getByRole('link', { name: `受付番号${receiptNo}の詳細` }).count()).resolves.toBe(0);
    await context.close();
  });

  it('seed 000: a hyphen in 電話番号 is listed as a mistake; 1CNAC filed with 名称, 業種 and the shortest schedule meets every check', async () => {
    const { context, page } = await newPage(browser());
    await startExercise(page, '新規利用者コード1CNACのシステム設定申込');
    await page.goto(`${baseUrl()}/system-setting`);
    await page.getByRole('button', { name: '申込担当者の入力へ進む' }).click();
    await fillContact(page, CONTACT);
    await page.getByLabel(/^電話番号/).fill('03-1234-5678');
    await page.getByRole('button', { name: 'システム設定申込の入力へ進む' }).click();
    await page.getByRole('alert').getByText('電話番号は「-」(ハイフン)を入力せずに、数字のみ入力してください。').waitFor();
    await page.getByLabel(/^電話番号/).fill('0312345678');
    await page.getByRole('button', { name: 'システム設定申込の入力へ進む' }).click();
    await page.getByRole('button', { name: '1CNACを選択' }).click();
    await page.getByRole('heading', { name: 'システム設定情報入力', level: 1 }).waitFor();
    await page.getByLabel(/^企業名/).fill('NACKS TRADING CO LTD');
    await page.getByRole('tab', { name: /^業種/ }).click();
    await page.getByLabel('東京税関', { exact: true }).check(); // 業種 › 通関・自社通関's 主管税関 (R12)
    await page.getByRole('button', { name: 'この内容で設定する' }).click();
    await page.getByLabel('最短の日程で登録を希望').check();
    await page.getByRole('button', { name: 'システム設定申込確認へ進む' }).click();
    await page.getByRole('button', { name: 'システム設定申込を登録する' }).click();
    await page.getByRole('heading', { name: 'システム設定申込 完了', level: 1 }).waitFor();
    await expect.poll(() => panel(page).textContent()).toContain('（3 / 3）');

    const rows = await grade(page);
    expect(rows.map((r) => r.split('|')[1])).toEqual(['達成', '達成', '達成']);
    await expect(mistakes(page)).resolves.toContain('電話番号にハイフンを入力しました');
    await context.close();
  });

  it('seed 000: the 確認依頼 waiting on start is reported until it is corrected under the same 受付番号', async () => {
    const { context, page } = await newPage(browser());
    await startExercise(page, '確認依頼に対応してシステム設定申込を修正する');
    const notice = page.getByRole('region', { name: '新着情報' }).getByRole('listitem').first();
    await expect(notice.textContent()).resolves.toContain('システム設定申込内容に確認事項があります。');

    const before = await grade(page); // the typical mistake: not answering the 確認依頼 yet
    expect(before[0]).toBe(
      '確認依頼のあった申込を修正して再申込した|未達成|申込がまだ修正されていません。「システム設定申込を修正する」ボタンから修正します。',
    );
    expect(before[1]).toContain('1CNACの輸出入者コード「A12345678901」は13桁の体系になっていません。');

    await page.getByRole('link', { name: '演習を続ける' }).click();
    await page.getByRole('region', { name: '新着情報' }).getByRole('link', { name: '詳細' }).first().click();
    await page.getByRole('button', { name: 'システム設定申込を修正する' }).click();
    await page.getByRole('button', { name: '申込担当者の入力へ進む' }).click();
    await page.getByRole('button', { name: 'システム設定申込の入力へ進む' }).click();
    await page.getByRole('button', { name: '1CNACを修正' }).click();
    await page.getByRole('heading', { name: 'システム設定情報入力', level: 1 }).waitFor();
    await page.getByRole('tab', { name: /^業種/ }).click();
    await page.getByRole('tab', { name: /^通関・自社通関/ }).click();
    await page.getByLabel(/^輸出入者コード\(JASTPRO\)/).fill('1234567890123');
    await page.getByRole('button', { name: 'この内容で設定する' }).click();
    await page.getByRole('button', { name: 'システム設定申込確認へ進む' }).click();
    await page.getByRole('button', { name: 'システム設定申込を登録する' }).click();
    await page.getByRole('heading', { name: 'システム設定申込 完了', level: 1 }).waitFor();

    const after = await grade(page);
    expect(after.map((r) => r.split('|')[1])).toEqual(['達成', '達成', '達成']);
    await context.close();
  });

  it('seed 001: a date typed with slashes is named; 1ANACA0A abolished alone on a date the center can keep meets every check after the review', async () => {
    const { context, page } = await newPage(browser());
    await startExercise(page, '利用者ID「1ANACA0A」を廃止する');
    await beginChange(page, '利用者コード(追加・変更・削除)', '20261207', '2026/12/07');
    await page.getByRole('heading', { name: '利用者コード 入力', level: 1 }).waitFor();
    await page.getByRole('button', { name: '1ANACA0Aの利用者コードを変更' }).click();
    await page.getByLabel('1ANACA0Aを廃止').check();
    await page.getByRole('button', { name: 'この内容で設定する' }).click();
    await page.getByRole('table', { name: '申込情報' }).getByRole('row', { name: /廃止/ }).waitFor();
    await page.getByRole('button', { name: '次へ進む' }).click();
    await registerChange(page);
    await expect.poll(() => panel(page).textContent()).toContain('（2 / 3）'); // the date is judged once reviewed

    await nextBusinessDay(page, '2026/11/24 09:00（火）');
    await waitForMail(page, CONTACT, '【NSS】利用申込確認完了のお知らせ');
    const rows = await grade(page);
    expect(rows.map((r) => r.split('|')[1])).toEqual(['達成', '達成', '達成']);
    await expect(mistakes(page)).resolves.toContain('利用開始希望日に「/」や「-」を入力しました');
    await context.close();
  });

  it('seed 002: the contract total typed as the number to add is named; two terminals added and their keys read meet every check', async () => {
    const { context, page } = await newPage(browser());
    await startExercise(page, 'netNACCS端末を2台追加し、端末アクセスキーを確認する');
    await addTerminals(page, '3'); // the typical mistake: 契約合計台数 instead of the number to add
    const wrong = await grade(page);
    expect(wrong[0]).toBe(
      '追加する台数として「2」を入力した(契約合計台数ではない)|未達成|追加数に契約合計台数の「3」を入力しています。追加申込を行う台数「2」を入力します。',
    );

    await page.getByRole('link', { name: '演習を続ける' }).click();
    const receiptNo = await addTerminals(page, '2');
    await nextBusinessDay(page, '2026/11/24 09:00（火）');
    await waitForMail(page, 'kanri@nacks-shoji.example', '【NSS】デジタル証明書発行完了のお知らせ');
    await page.goto(`${baseUrl()}/applications`);
    await page.getByRole('link', { name: `受付番号${receiptNo}の詳細` }).click();
    await page.getByRole('link', { name: 'ID通知内容' }).click();
    await page.getByRole('region', { name: '論理端末名 / デジタル証明書' }).getByRole('row', { name: /海上 net net/ }).first().waitFor();
    await expect.poll(() => panel(page).textContent()).toContain('（2 / 2）');
    const right = await grade(page);
    expect(right.map((r) => r.split('|')[1])).toEqual(['達成', '達成']);
    await context.close();
  });

  it('seed 003: logging in with the new 事業所コード before its 利用開始日 is named; on the 利用開始日 the first login meets every check', async () => {
    const { context, page } = await newPage(browser());
    await startExercise(page, '新規申込：仮ログインIDの取得から新しい事業所の初回ログインまで', 'ログイン画面へ進む');
    const { receiptNo } = await fileCyberportNewUsage(page);
    await nextBusinessDay(page, '2026/11/24 09:00（火）');
    await waitForMail(page, NU_ADMIN, '【NSS】利用申込確認完了のお知らせ');
    const { officeCode, officePassword } = await readProvisionalIdNotice(page);
    await logOut(page);

    // the typical mistake: the new office's code before its 利用開始日
    await signIn(page, officeCode, officePassword);
    await page.getByRole('alert').waitFor();
    const early = await grade(page);
    expect(early[2]).toBe(
      `利用開始日に新しい事業所コードでログインした|未達成|利用開始日(2026/12/08)になったら、事業所コード「${officeCode}」とID通知内容のパスワードでログインします。`,
    );
    await expect(mistakes(page)).resolves.toContain(`ログインID「${officeCode}」でログインできませんでした`);

    await setClock(page, '20261208', '10:00', '2026/12/08 10:00（火）');
    await expect
      .poll(async () => {
        await signIn(page, officeCode, officePassword);
        return page.getByRole('heading', { name: '新着情報' }).or(page.getByRole('alert')).first().textContent();
      }, { timeout: 30_000, interval: 1_000 })
      .toBe('新着情報');
    expect(receiptNo).toMatch(/^26\d{5}A$/);
    const rows = await grade(page);
    expect(rows.map((r) => r.split('|')[1])).toEqual(['達成', '達成', '達成']);
    await context.close();
  });

  it('seed 003 (Cyberport): a hyphen in a phone number is named; the seed 申込理由, CP利用者 and two SMTP双方向 IDs meet every check', async () => {
    const { context, page } = await newPage(browser());
    await startExercise(page, 'サイバーポートのNACCS連携機能利用のための新規利用申込', 'ログイン画面へ進む');
    await fileCyberportNewUsage(page, { phoneTypo: true });
    const rows = await grade(page);
    expect(rows.map((r) => r.split('|')[1])).toEqual(['達成', '達成', '達成', '達成']);
    await expect(mistakes(page)).resolves.toContain('電話番号にハイフンを入力しました');
    await context.close();
  });
});

/** メニュー → 変更申込ガイダンス → one item ticked, 利用開始希望日 → 申込担当者 → the item's screen. */
async function beginChange(page: Page, item: string, startDate: string, typedFirst?: string) {
  await page.goto(`${baseUrl()}/`);
  await page.getByRole('link', { name: '契約内容の変更' }).click();
  await page.getByRole('button', { name: '申込内容選択へ進む' }).click();
  await page.getByLabel(item).check();
  await page.getByLabel('なし', { exact: true }).check();
  if (typedFirst) {
    await page.getByLabel(/^利用開始希望日/).fill(typedFirst);
    await page.getByRole('button', { name: '申込担当者の入力へ進む' }).click();
    await page.getByRole('alert').getByText(/利用開始希望日は「\/」や「-」を入力せずに/).waitFor();
  }
  await page.getByLabel(/^利用開始希望日/).fill(startDate);
  await page.getByRole('button', { name: '申込担当者の入力へ進む' }).click();
  await fillContact(page, CONTACT);
  await page.getByRole('button', { name: '次へ進む' }).click();
}

async function registerChange(page: Page): Promise<string> {
  await page.getByRole('heading', { name: '変更申込確認', level: 1 }).waitFor();
  await page.getByRole('button', { name: '申込内容を登録する' }).click();
  await page.getByRole('heading', { name: 'NACCS変更申込 完了', level: 1 }).waitFor();
  return (await page.getByTestId('receipt-no').textContent())!;
}

async function addTerminals(page: Page, count: string): Promise<string> {
  await beginChange(page, 'netNACCS端末の登録情報(追加・変更・削除)', '20261207');
  await page.getByRole('heading', { name: '論理端末 入力', level: 1 }).waitFor();
  await page.getByLabel('論理端末追加数 (netNACCS) 海上', { exact: true }).fill(count);
  await page.getByRole('button', { name: '次へ進む' }).click();
  return registerChange(page);
}
