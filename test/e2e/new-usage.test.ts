// 新規申込 as a trainee clicks it (seed 003, its Cyberport path): consent, the
// 仮ログイン and its mail, log in with the 仮ログインID, the NACCS利用申込's tabs
// filled out of order with a reload in the middle, filing, the center's review,
// the ID/password read from the 申込状況, and on the 利用開始日 the new office of
// the demo company logging in with its 事業所コード.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, newPage, useBrowser } from './browser';
import { fillContact, nextBusinessDay, setClock, waitForMail } from './helpers';

const browser = useBrowser();
const CONTACT = 'cp.tanto@nacks-shoji.example';
const ADMIN = 'cp.kanri@nacks-shoji.example';

const heading = (page: Page, name: string) => page.getByRole('heading', { name, level: 1 }).waitFor();
const button = (page: Page, name: string | RegExp) => page.getByRole('button', { name });
const tab = (page: Page, name: string) => page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();

async function openMail(page: Page, address: string, subject: string): Promise<string> {
  await waitForMail(page, address, subject);
  await page.getByRole('table', { name: 'メール一覧（新しい順）' }).getByRole('button').filter({ hasText: subject }).first().click();
  return (await page.locator('pre.mail-body').textContent()) ?? '';
}

async function signIn(page: Page, id: string, password: string) {
  await page.goto(`${baseUrl()}/login`);
  await page.getByLabel('ログインID').fill(id);
  await page.getByLabel('パスワード').fill(password);
  await button(page, 'ログイン').click();
}

describe('新規申込 in Chromium (seed 003)', () => {
  it('consent → 仮ログイン → NACCS利用申込 → review → the new office logs in on its 利用開始日', async () => {
    const { context, page } = await newPage(browser());
    await setClock(page, '20261120', '10:00', '2026/11/20 10:00（金）');

    // 1. the login page's 新規申込 → terms → consent → 仮ログイン → confirm → register
    await page.goto(`${baseUrl()}/login`);
    await page.getByRole('link', { name: '新規申込' }).click();
    await heading(page, '新規申込');
    await button(page, 'システム利用規定に同意する').click();
    await heading(page, '仮ログイン');
    await button(page, '申込内容確認へ進む').click();
    await page.getByRole('alert').getByRole('link', { name: '氏名(姓)を入力してください。' }).waitFor();
    await fillContact(page, CONTACT);
    await button(page, '申込内容確認へ進む').click();
    await heading(page, '仮ログイン 確認');
    await expect(page.getByRole('region', { name: '申込担当者に関する項目' }).textContent()).resolves.toContain(CONTACT);
    await button(page, '申込内容を登録する').click();
    await heading(page, '仮ログイン登録完了');

    const mail = await openMail(page, CONTACT, '【NSS】仮ログインID発行のお知らせ');
    const provisionalId = /仮ログインID：(KR\d{6})/.exec(mail)![1];
    const provisionalPassword = /パスワード：(\S+)/.exec(mail)![1];
    expect(mail).toContain('https://nss.naccs-training.example/');

    // 2. the 仮ログインID lands on the NACCS利用申込 and nothing else
    await signIn(page, provisionalId, 'wrong-password');
    await page.getByRole('alert').waitFor();
    await signIn(page, provisionalId, provisionalPassword);
    await heading(page, 'NACCS利用申込');
    await expect(page.getByRole('navigation', { name: 'メニュー' }).count()).resolves.toBe(0);
    await page.goto(`${baseUrl()}/contract`);
    await heading(page, 'NACCS利用申込');

    // 3. the tabs, out of order, with a reload in the middle
    await button(page, 'NACCS利用申込の入力へ進む').click();
    await heading(page, 'NACCS利用申込 入力');
    await tab(page, '請求先');
    await page.getByLabel('希望しない').check();
    await page.getByLabel('事業所に同じ').check();
    await page.getByLabel('口座振替(口座振替申込専用紙を送付します)').check();
    await tab(page, '事業所・企業');
    await page.getByLabel(/^企業名必須/).fill('ナックス商事株式会社');
    await page.getByLabel(/^企業名\(フリガナ\)/).fill('ナックスショウジカブシキガイシャ');
    await page.getByLabel(/^企業略称/).fill('NAC');
    await page.getByLabel(/^郵便番号/).fill('1050023');
    await page.getByLabel(/^住所\(都道府県\)/).selectOption('東京都');
    await page.getByLabel(/^住所\(市区町村以下\)/).fill('港区芝浦一丁目１番１号');
    await page.getByLabel(/^電話番号/).fill('0301234567');
    await page.getByLabel(/^システム区分/).selectOption('海上');
    await page.getByLabel(/^管轄税関/).selectOption('東京税関');
    await page.getByLabel(/^契約者 氏名/).fill('港　一郎');
    await page.getByLabel(/^契約者 役職名/).fill('代表取締役');
    await page.getByLabel(/^管理責任者 氏名必須/).fill('通関　次郎');
    await page.getByLabel(/^管理責任者 氏名\(フリガナ\)/).fill('ツウカン　ジロウ');
    await page.getByLabel(/^管理責任者 所属部署名/).fill('情報システム部');
    await page.getByLabel(/^管理責任者 電話番号/).fill('0301234568');
    await page.getByLabel(/^管理責任者 E-mailアドレス/).fill(ADMIN);
    await page.getByLabel(/^緊急連絡用FAX番号/).fill('0398765432');
    await page.getByText('入力内容は一時保存されています。').waitFor();
    await page.reload();
    await heading(page, 'NACCS利用申込 入力');
    await expect(page.getByLabel(/^企業略称/).inputValue()).resolves.toBe('NAC');

    await tab(page, '申込担当');
    await fillContact(page, CONTACT);
    await page.getByLabel(/^申込理由/).fill('サイバーポート利用のための申込');
    await page.getByLabel(/^利用開始希望日/).fill('20261208');
    await page.getByLabel(/^事業所名必須/).fill('ＣＰ利用者');
    await page.getByLabel(/^事業所名\(フリガナ\)/).fill('サイバーポートリヨウシャ');
    await page.getByLabel('一般NACCSを利用する').check();

    await tab(page, '利用者');
    await page.getByLabel('他事業所の利用者コードを共用する').check();
    await page.getByLabel(/^利用者コード/).fill('1ANAC');
    await page.getByLabel(/^業種/).selectOption('通関業');
    await page.getByLabel(/^処理方式/).selectOption('SMTP双方向');
    await page.getByLabel(/^識別番号数/).fill('2');
    await page.getByRole('button', { name: '設定', exact: true }).click();
    await button(page, 'この内容を設定する').click();
    await page.getByRole('table', { name: '申込情報(利用者)' }).getByRole('cell', { name: 'SMTP双方向' }).waitFor();
    // and a new 利用者コード of its own (one Y-識別番号): it will need a システム設定申込 by the 締切日
    await page.getByLabel('新規に利用者コードを追加する').check();
    await page.getByLabel(/^業種/).selectOption('通関業');
    await page.getByLabel(/^処理方式/).selectOption('SMTP双方向');
    await page.getByLabel(/^識別番号数/).fill('1');
    await page.getByRole('button', { name: '設定', exact: true }).click();
    await button(page, 'この内容を設定する').click();
    await expect.poll(() => page.getByRole('table', { name: '申込情報(利用者)' }).getByRole('cell', { name: 'SMTP双方向' }).count()).toBe(2);

    // the confirmation lists what is missing in every tab, with links to the fields
    await button(page, '申込内容確認へ進む').click();
    const summary = page.getByRole('alert');
    await summary.getByRole('link', { name: /回線種別を選択してください。/ }).waitFor();
    await expect(page.getByRole('tab', { name: '回線・論理端末(エラーあり)' }).count()).resolves.toBe(1);
    await summary.getByRole('link', { name: /回線種別を選択してください。/ }).click();
    await page.getByLabel('機器共用・共同利用、回線付替を別途申込、または自社システムを利用します。').check();
    await tab(page, 'メールボックス');
    await page.getByLabel('機器共用・共同利用、回線付替を別途申込、または自社システムを利用します。').check();
    await tab(page, '料金プラン');
    await page.getByLabel('Aプラン').check();
    await button(page, '申込内容確認へ進む').click();

    await heading(page, 'NACCS利用申込 確認');
    await expect(page.getByRole('region', { name: '利用者' }).textContent()).resolves.toContain('1ANAC');
    await button(page, '申込内容を登録する').click();
    await heading(page, 'NACCS利用申込完了');
    const receiptNo = (await page.getByTestId('receipt-no').textContent())!;
    expect(receiptNo).toMatch(/^26\d{5}A$/);
    await waitForMail(page, CONTACT, '【NSS】利用申込受付完了のお知らせ');

    // 4. the center's review (next business day), the mails, the ID/password
    await nextBusinessDay(page, '2026/11/24 09:00（火）');
    await waitForMail(page, ADMIN, '【NSS】利用申込確認完了のお知らせ');
    const done = await openMail(page, CONTACT, '【NSS】利用申込手続き完了のお知らせ');
    expect(done).toContain('※ ID/パスワード等の閲覧は利用開始日の2日後までとなります');
    // still logged in with the 仮ログインID
    await page.goto(`${baseUrl()}/new-usage`);
    await heading(page, 'NACCS利用申込');
    const notice = page.getByRole('region', { name: 'ID通知内容' });
    await notice.waitFor();
    const officeTable = notice.getByRole('table', { name: '事業所' });
    const officeCode = (await officeTable.getByRole('row', { name: /事業所コード/ }).getByRole('cell').textContent())!.trim();
    const officePassword = (await officeTable.getByRole('row', { name: /事業所パスワード/ }).getByRole('cell').textContent())!.trim();
    expect(officeCode).toBe('NAC003');
    const ids = await notice.getByRole('table', { name: '利用者ID' }).textContent();
    expect(ids).toMatch(/1ANACY\w\w/);
    // seed 003's last page: UTB is logged on with the netNACCS 利用者ID
    await expect(notice.getByRole('note', { name: /通関士証票番号の登録/ }).textContent()).resolves.toContain(
      '※ ログインはnetNACCS用の利用者ID、パスワードで行ってください。（本申請で取得するサイバーポート用の利用者IDではありません）',
    );

    // 4b. the new code's システム設定申込, filed by the 仮ログインID before the 締切日 (2026/12/02)
    const settingNote = notice.getByRole('note', { name: 'システム設定申込のお願い' });
    const newCode = /新規の利用者コード（(\w{5})）/.exec((await settingNote.textContent())!)![1];
    expect(await settingNote.textContent()).toContain('2026/12/02までにこの仮ログインIDでシステム設定申込を行ってください。');
    await settingNote.getByRole('link', { name: 'システム設定申込' }).click();
    await heading(page, 'システム設定申込ガイダンス');
    await button(page, '申込担当者の入力へ進む').click();
    await heading(page, '申込担当者 入力');
    await button(page, 'システム設定申込の入力へ進む').click();
    await heading(page, '利用者コード 選択');
    await button(page, `${newCode}を選択`).click();
    await heading(page, 'システム設定情報入力');
    await page.getByLabel(/^企業名/).fill('NACKS SHOJI CO LTD');
    await page.getByLabel(/^営業所名/).fill('CP OFFICE');
    await page.getByRole('tab', { name: /^業種/ }).click();
    await page.getByRole('tab', { name: /^通関・自社通関/ }).click();
    await page.getByLabel('東京税関', { exact: true }).check();
    await page.getByLabel(/^輸出入者コード/).fill('12345');
    await button(page, 'この内容で設定する').click();
    await heading(page, '利用者コード 選択');
    await page.getByLabel('最短の日程で登録を希望').check();
    await button(page, 'システム設定申込確認へ進む').click();
    await heading(page, 'システム設定申込内容 確認');
    await button(page, 'システム設定申込を登録する').click();
    await heading(page, 'システム設定申込 完了');
    const settingReceiptNo = (await page.getByTestId('receipt-no').textContent())!;
    expect(settingReceiptNo).toMatch(/^26\d{5}C$/);
    // its 申込状況 lists it beside the NACCS利用申込
    await page.goto(`${baseUrl()}/new-usage`);
    await page.getByRole('region', { name: `申込受付番号「${settingReceiptNo}」` }).getByText('システム設定申込').first().waitFor();
    await page.getByRole('button', { name: 'ログアウト' }).click();

    // 5. on the 利用開始日 the office exists and logs in; the 仮ログインID no longer does
    // setClock waits until the center has applied what is due (the office is written then);
    // the console's queue alone may read empty while it is still loading
    await setClock(page, '20261208', '10:00', '2026/12/08 10:00（火）');
    await expect
      .poll(
        async () => {
          await page.goto(`${baseUrl()}/trainer`);
          await page.getByRole('heading', { name: '審査コンソール', level: 1 }).waitFor();
          return page.getByText(receiptNo, { exact: true }).count();
        },
        { timeout: 30_000, interval: 500 },
      )
      .toBe(0);
    await signIn(page, officeCode, officePassword);
    await page.getByRole('heading', { name: '新着情報' }).waitFor();
    await page.goto(`${baseUrl()}/contract`);
    await heading(page, '契約情報 参照');
    await expect(page.locator('header').textContent()).resolves.toContain('ＣＰ利用者');
    // the new code is in its contract (一般NACCS)
    await page.goto(`${baseUrl()}/contract?tab=general`);
    await page.getByRole('cell', { name: newCode, exact: true }).first().waitFor();
    // the application is the new office's now: its 申込情報一覧 lists it, with the 利用承諾書
    await page.goto(`${baseUrl()}/applications`);
    await page.getByRole('link', { name: `受付番号${receiptNo}の詳細` }).click();
    await page.getByRole('region', { name: '申込内容', exact: true }).waitFor();
    await expect(page.getByRole('region', { name: '申込内容', exact: true }).textContent()).resolves.toContain('利用開始');
    await page.getByRole('button', { name: '承諾書を出力する' }).waitFor();
    await page.getByRole('button', { name: 'ログアウト' }).click();
    await signIn(page, provisionalId, provisionalPassword);
    await page.getByRole('alert').waitFor();
    await context.close();
  });
});
