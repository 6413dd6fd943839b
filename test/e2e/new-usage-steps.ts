// The steps of a 新規申込 (seed 003) as a trainee clicks them, shared by the e2e files
// that file one (new-usage, postal, exercises): the 仮ログインID from the login page
// and its mail, the NACCS利用申込's tabs, filing, and the ID通知内容 in 申込状況.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { baseUrl } from './browser';
import { fillContact, waitForMail, shownReceiptNo } from './helpers';

export const NU_CONTACT = 'cp.tanto@nacks-shoji.example';
export const NU_ADMIN = 'cp.kanri@nacks-shoji.example';
export const SKIP = '機器共用・共同利用、回線付替を別途申込、または自社システムを利用します。';

export const heading = (page: Page, name: string) => page.getByRole('heading', { name, level: 1 }).waitFor();
export const button = (page: Page, name: string | RegExp) => page.getByRole('button', { name });
export const tab = (page: Page, name: string) => page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();

/** Opens the newest mail with this subject in the trainer's 受信箱 of an address; its body. */
export async function openMail(page: Page, address: string, subject: string): Promise<string> {
  await waitForMail(page, address, subject);
  await page.getByRole('table', { name: 'メール一覧（新しい順）' }).getByRole('button').filter({ hasText: subject }).first().click();
  return (await page.locator('pre.mail-body').textContent()) ?? '';
}

/**
 * 「ログアウト」, then waits for the login page it leads to: the session ends in IndexedDB
 * first, and a page loaded before that would still be logged in.
 */
export async function logOut(page: Page) {
  await page.getByRole('button', { name: 'ログアウト' }).click();
  await page.getByLabel('ログインID').waitFor();
}

/** The login page with an ID and a password (the answer is for the caller to wait for). */
export async function signIn(page: Page, id: string, password: string) {
  await page.goto(`${baseUrl()}/login`);
  await page.getByLabel('ログインID').fill(id);
  await page.getByLabel('パスワード').fill(password);
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
}

/**
 * On the login page: 「新規申込」 → consent → 仮ログイン (申込担当者) → 確認 → 仮ログイン登録完了,
 * and the 仮ログインID and its password read from the mail. `checkRequired` first presses
 * 「申込内容確認へ進む」 with nothing typed; `phoneTypo` first types the phone number with hyphens.
 */
export async function getProvisionalId(
  page: Page,
  contact: string,
  opts: { checkRequired?: boolean; phoneTypo?: boolean } = {},
): Promise<{ id: string; password: string }> {
  await page.getByRole('link', { name: '新規申込' }).click();
  await heading(page, '新規申込');
  await button(page, 'システム利用規定に同意する').click();
  await heading(page, '仮ログイン');
  if (opts.checkRequired) {
    await button(page, '申込内容確認へ進む').click();
    await page.getByRole('alert').getByRole('link', { name: '氏名(姓)を入力してください。' }).waitFor();
  }
  await fillContact(page, contact);
  if (opts.phoneTypo) {
    await page.getByLabel(/^電話番号/).fill('03-1234-5678');
    await button(page, '申込内容確認へ進む').click();
    await page.getByRole('alert').getByText(/電話番号は「-」\(ハイフン\)を入力せずに/).waitFor();
    await page.getByLabel(/^電話番号/).fill('0312345678');
  }
  await button(page, '申込内容確認へ進む').click();
  await heading(page, '仮ログイン 確認');
  await expect(page.getByRole('region', { name: '申込担当者に関する項目' }).textContent()).resolves.toContain(contact);
  await button(page, '申込内容を登録する').click();
  await heading(page, '仮ログイン登録完了');
  await page.getByRole('region', { name: 'お問い合わせ先はこちら' }).waitFor();
  const mail = await openMail(page, contact, '【NSS】仮ログインID発行のお知らせ');
  expect(mail).toContain('https://nss.naccs-training.example/');
  return { id: /仮ログインID：(KR\d{6})/.exec(mail)![1], password: /パスワード：(\S+)/.exec(mail)![1] };
}

/** Logs in with the 仮ログインID: it lands on the NACCS利用申込. */
export async function signInProvisional(page: Page, id: string, password: string) {
  await signIn(page, id, password);
  await heading(page, 'NACCS利用申込');
}

/** 申込状況 → 「NACCS利用申込の入力へ進む」. */
export async function openForm(page: Page) {
  await button(page, 'NACCS利用申込の入力へ進む').click();
  await heading(page, 'NACCS利用申込 入力');
}

/** 請求先: 一括請求 希望しない, 所在地 事業所に同じ, 口座振替. */
export async function fillBillingTab(page: Page) {
  await tab(page, '請求先');
  await page.getByLabel('希望しない').check();
  await page.getByLabel('事業所に同じ').check();
  await page.getByLabel('口座振替(口座振替申込専用紙を送付します)').check();
}

/** 事業所・企業: a new office of the demo company (企業略称 NAC) in 港区芝浦. */
export async function fillOfficeTab(page: Page, admin = NU_ADMIN) {
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
  await page.getByLabel(/^管理責任者 E-mailアドレス/).fill(admin);
  await page.getByLabel(/^緊急連絡用FAX番号/).fill('0398765432');
}

/** 申込担当 as seed 003 says for the Cyberport: its 申込理由, 事業所名 CP利用者, 「一般NACCSを利用する」. */
export async function fillContactTab(page: Page, contact = NU_CONTACT) {
  await tab(page, '申込担当');
  await fillContact(page, contact);
  await page.getByLabel(/^申込理由/).fill('サイバーポート利用のための申込');
  await page.getByLabel(/^利用開始希望日/).fill('20261208');
  await page.getByLabel(/^事業所名必須/).fill('ＣＰ利用者');
  await page.getByLabel(/^事業所名\(フリガナ\)/).fill('サイバーポートリヨウシャ');
  await page.getByLabel('一般NACCSを利用する').check();
}

/** 利用者: seed 003's (1)–(7), sharing an existing code with SMTP双方向 識別番号 (one per broker). */
export async function addSharedSmtpRow(page: Page, opts: { userCode?: string; industry?: string; count?: string } = {}) {
  await tab(page, '利用者');
  await page.getByLabel('他事業所の利用者コードを共用する').check();
  await page.getByLabel(/^利用者コード/).fill(opts.userCode ?? '1ANAC');
  await page.getByLabel(/^業種/).selectOption(opts.industry ?? '通関業');
  await page.getByLabel(/^処理方式/).selectOption('SMTP双方向');
  await page.getByLabel(/^識別番号数/).fill(opts.count ?? '2');
  await page.getByRole('button', { name: '設定', exact: true }).click();
  await button(page, 'この内容を設定する').click();
  await page.getByRole('table', { name: '申込情報(利用者)' }).getByRole('cell', { name: 'SMTP双方向' }).first().waitFor();
}

/** 回線・論理端末 and メールボックス: 「機器共用・共同利用…」 ticked. */
export async function skipGeneralTabs(page: Page) {
  await tab(page, '回線・論理端末');
  await page.getByLabel(SKIP).check();
  await tab(page, 'メールボックス');
  await page.getByLabel(SKIP).check();
}

/** 料金プラン: Aプラン. */
export async function choosePlan(page: Page) {
  await tab(page, '料金プラン');
  await page.getByLabel('Aプラン').check();
}

/** 「申込内容確認へ進む」 → 確認 → 「申込内容を登録する」 → NACCS利用申込完了; its 申込受付番号 (…A). */
export async function registerApplication(page: Page): Promise<string> {
  await button(page, '申込内容確認へ進む').click();
  await heading(page, 'NACCS利用申込 確認');
  await button(page, '申込内容を登録する').click();
  await heading(page, 'NACCS利用申込完了');
  const receiptNo = await shownReceiptNo(page, 'A');
  return receiptNo;
}

/**
 * Seed 003's Cyberport path from the login page to NACCS利用申込完了: the 仮ログインID, then
 * every tab (1ANAC shared, SMTP双方向, one 識別番号 per broker). On 2026/11/20, 利用開始希望日 2026/12/08.
 */
export async function fileCyberportNewUsage(
  page: Page,
  opts: { phoneTypo?: boolean; industry?: string } = {},
): Promise<{ receiptNo: string; provisional: { id: string; password: string } }> {
  const provisional = await getProvisionalId(page, NU_CONTACT, { phoneTypo: opts.phoneTypo });
  await signInProvisional(page, provisional.id, provisional.password);
  await openForm(page);
  await fillBillingTab(page);
  await fillOfficeTab(page);
  await fillContactTab(page);
  await addSharedSmtpRow(page, { industry: opts.industry });
  await skipGeneralTabs(page);
  await choosePlan(page);
  return { receiptNo: await registerApplication(page), provisional };
}

/** The ID通知内容 of the 仮ログインID's 申込状況 (from 審査終了): the office's code and password, the 利用者ID. */
export async function readProvisionalIdNotice(page: Page) {
  await page.goto(`${baseUrl()}/new-usage`);
  await heading(page, 'NACCS利用申込');
  const notice = page.getByRole('region', { name: 'ID通知内容' });
  await notice.waitFor();
  const officeTable = notice.getByRole('table', { name: '事業所' });
  const officeCode = (await officeTable.getByRole('row', { name: /事業所コード/ }).getByRole('cell').textContent())!.trim();
  const officePassword = (await officeTable.getByRole('row', { name: /事業所パスワード/ }).getByRole('cell').textContent())!.trim();
  // 利用者コード | 識別番号 | 利用者ID | 処理方式 | 業種 | パスワード
  const rows = await notice.getByRole('table', { name: '利用者ID' }).locator('tbody tr').all();
  const userIds = await Promise.all(
    rows.map(async (row) => {
      const cells = await row.locator('td').allTextContents();
      return { userId: cells[2], method: cells[3], password: cells[5] };
    }),
  );
  return { notice, officeCode, officePassword, userIds };
}
