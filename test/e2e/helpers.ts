import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_OFFICE_CODE, DEMO_PASSWORD } from '../../src/store/demo/credentials';
import { baseUrl } from './browser';

export const DEMO = { officeCode: DEMO_OFFICE_CODE, password: DEMO_PASSWORD } as const;

/** Logs in through the login page and waits for the top menu. */
export async function login(page: Page, officeCode: string = DEMO.officeCode, password: string = DEMO.password) {
  await page.goto(`${baseUrl()}/login`);
  await page.getByLabel('ログインID').fill(officeCode);
  await page.getByLabel('パスワード').fill(password);
  await page.getByRole('button', { name: 'ログイン' }).click();
  await page.getByRole('heading', { name: '新着情報' }).waitFor();
}

/** The trainer console's 模擬時計 block. */
export async function trainerClock(page: Page) {
  await page.goto(`${baseUrl()}/trainer`);
  await page.getByRole('heading', { name: '審査コンソール', level: 1 }).waitFor();
  return page.getByRole('region', { name: '模擬時計' });
}

/**
 * Waits until the center of this tab has done everything due at the time the clock
 * shows (the console's 「センターの処理：… までの処理を完了」): the center answers a
 * moment after the clock moves, and a test must not read the screens before.
 */
async function centerCaughtUp(clock: Locator, shown: string) {
  const [, y, mo, d, h, mi] = /^(\d{4})\/(\d{2})\/(\d{2}) (\d{2}):(\d{2})/.exec(shown)!;
  const target = Date.UTC(+y, +mo - 1, +d, +h - 9, +mi);
  const processed = () =>
    clock.locator('[data-processed-at]').evaluateAll((els) => Math.max(0, ...els.map((e) => Number(e.getAttribute('data-processed-at')))));
  await expect.poll(processed, { timeout: 20_000 }).toBeGreaterThanOrEqual(target);
}

/** 「日付を指定」 on the trainer console; `shown` is how the clock then reads, e.g. 2026/11/20 10:00（金）. */
export async function setClock(page: Page, ymd: string, time: string, shown: string) {
  const clock = await trainerClock(page);
  await clock.getByLabel('日付', { exact: true }).fill(ymd);
  await clock.getByLabel('時刻').fill(time);
  await clock.getByRole('button', { name: '日付を指定' }).click();
  await clock.getByText(shown, { exact: true }).waitFor();
  await centerCaughtUp(clock, shown);
}

/** 「次の営業日へ進める」 on the trainer console. */
export async function nextBusinessDay(page: Page, shown: string) {
  const clock = await trainerClock(page);
  await clock.getByRole('button', { name: '次の営業日へ進める' }).click();
  await clock.getByText(shown, { exact: true }).waitFor();
  await centerCaughtUp(clock, shown);
}

/** Subjects in the 受信箱 of an address, newest first. */
export async function mailSubjects(page: Page, address: string): Promise<string[]> {
  await page.goto(`${baseUrl()}/trainer/mailbox?to=${encodeURIComponent(address)}`);
  const table = page.getByRole('table', { name: 'メール一覧（新しい順）' });
  await table.waitFor();
  return (await table.getByRole('button').allTextContents()).map((t) => t.replace(/^未読/, ''));
}

/**
 * Opens the 受信箱 of an address and waits until a mail with this subject is in it:
 * the center works after the clock moves, so a mail may arrive a moment later.
 */
export async function waitForMail(page: Page, address: string, subject: string) {
  await page.goto(`${baseUrl()}/trainer/mailbox?to=${encodeURIComponent(address)}`);
  const table = page.getByRole('table', { name: 'メール一覧（新しい順）' });
  await table.getByRole('button').filter({ hasText: subject }).first().waitFor();
}

/** Fills the 申込担当者 block every wizard begins with. */
export async function fillContact(page: Page, email: string) {
  const fill = (label: RegExp, text: string) => page.getByLabel(label).fill(text);
  await fill(/^氏名 姓/, '通関');
  await fill(/^氏名 名/, '花子');
  await fill(/^氏名\(フリガナ\) 姓/, 'ツウカン');
  await fill(/^氏名\(フリガナ\) 名/, 'ハナコ');
  await fill(/^所属部署名/, '第一通関部');
  await fill(/^役職名/, '係長');
  await fill(/^電話番号/, '0312345678');
  await fill(/^E-mailアドレス 登録用/, email);
  await fill(/^E-mailアドレス 確認用/, email);
}

/** Seed 004 through the wizard: two インタ 通関士IDs under 1ANAC wished from 2026/11/25; returns the 受付番号. */
export async function applyForTwoBrokerIds(page: Page, contactEmail: string): Promise<string> {
  await page.goto(`${baseUrl()}/`);
  await page.getByRole('link', { name: '通関士IDの追加' }).click();
  await page.getByRole('heading', { name: '通関士IDガイダンス', level: 1 }).waitFor();
  await page.getByRole('button', { name: '通関士IDを追加する' }).click();
  await page.getByRole('heading', { name: '申込担当者 入力', level: 1 }).waitFor();
  await fillContact(page, contactEmail);
  await page.getByRole('button', { name: '通関士用利用者IDの入力へ進む' }).click();

  await page.getByRole('heading', { name: '通関士用利用者ID 入力', level: 1 }).waitFor();
  await page.getByRole('textbox', { name: /^利用開始希望日/ }).fill('20261125');
  await page.getByText(/間隔が標準日数より短いため、ご希望の日に対応できない場合がございます/).first().waitFor();
  await page.getByRole('radio', { name: '1ANAC' }).check();
  await page.getByRole('radio', { name: 'インタ' }).check();
  await page.getByRole('textbox', { name: /^追加する通関士IDの数/ }).fill('2');
  await page.getByRole('button', { name: '設定する' }).click();
  await page.getByRole('table', { name: '申込情報' }).getByText('インタ').waitFor();
  await page.getByRole('button', { name: '申込内容確認へ進む' }).click();

  await page.getByRole('heading', { name: '通関士ID追加申込 確認', level: 1 }).waitFor();
  await page.getByRole('button', { name: '申込内容を登録する' }).click();
  await page.getByRole('heading', { name: '利用申込 完了', level: 1 }).waitFor();
  return (await page.getByTestId('receipt-no').textContent())!;
}

/** The 利用者ID / パスワード rows of ID通知内容 参照. */
export async function readIssuedIds(page: Page): Promise<{ userId: string; password: string }[]> {
  const table = page.getByRole('table', { name: '払い出した利用者ID' });
  await table.waitFor();
  const rows = await table.locator('tbody tr').all();
  return Promise.all(
    rows.map(async (row) => ({
      userId: (await row.locator('th').textContent())!,
      password: (await row.locator('td.password').textContent())!,
    })),
  );
}

/** The 申込受付番号 a completion page shows, checked to be this year's number of the kind's letter (A, C, D …). */
export async function shownReceiptNo(page: Page, letter: string): Promise<string> {
  const receiptNo = (await page.getByTestId('receipt-no').textContent())!;
  expect(receiptNo).toMatch(new RegExp(`^26\\d{5}${letter}$`));
  return receiptNo;
}
