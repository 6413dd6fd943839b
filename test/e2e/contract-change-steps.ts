// The first steps of a 契約内容の変更 as a trainee clicks them, shared by the
// 契約内容の変更 e2e files: the demo office logged in on 2026/11/20, and
// メニュー → ガイダンス → 変更内容入力 → 申込担当者 → the first item screen.
import type { Browser, Page } from 'playwright-core';
import { baseUrl, newPage } from './browser';
import { fillContact, login, setClock, shownReceiptNo } from './helpers';

export const ADMIN = 'kanri@nacks-shoji.example';
export const CONTACT = 'hanako.tsukan@nacks-shoji.example';

export async function start(browser: Browser) {
  const { context, page } = await newPage(browser);
  await login(page);
  await setClock(page, '20261120', '10:00', '2026/11/20 10:00（金）');
  return { context, page };
}

export const heading = (page: Page, name: string) => page.getByRole('heading', { name, level: 1 }).waitFor();
export const button = (page: Page, name: string | RegExp) => page.getByRole('button', { name });

/** メニュー → 変更申込ガイダンス → 変更内容入力. */
export async function openChangeInput(page: Page) {
  await page.goto(`${baseUrl()}/`);
  await page.getByRole('link', { name: '契約内容の変更' }).click();
  await heading(page, '変更申込ガイダンス');
  await button(page, '申込内容選択へ進む').click();
  await heading(page, '変更内容入力');
}

/** メニュー → ガイダンス → 変更内容入力 (the items ticked, 利用開始希望日) → 申込担当者 → the first item screen. */
export async function beginChange(page: Page, items: string[], startDate: string) {
  await openChangeInput(page);
  for (const item of items) await page.getByLabel(item).check();
  await page.getByLabel('なし', { exact: true }).check();
  await page.getByLabel(/^利用開始希望日/).fill(startDate);
  await button(page, '申込担当者の入力へ進む').click();
  await heading(page, '申込担当者 入力');
  await fillContact(page, CONTACT);
  await button(page, '次へ進む').click();
}

/** メニュー → ガイダンス → 変更内容入力 (その他の契約変更 あり and its 内容, 利用開始希望日) → 申込担当者 → the choice's screen. */
export async function beginOtherChange(page: Page, choice: string, startDate: string) {
  await openChangeInput(page);
  await page.getByLabel('あり', { exact: true }).check();
  await page.getByRole('group', { name: '内容' }).getByLabel(choice, { exact: true }).check();
  await page.getByLabel(/^利用開始希望日/).fill(startDate);
  await button(page, '申込担当者の入力へ進む').click();
  await heading(page, '申込担当者 入力');
  await fillContact(page, CONTACT);
  await button(page, '次へ進む').click();
}

/** 変更申込確認 → 「申込内容を登録する」 → the 申込受付番号. */
export async function register(page: Page): Promise<string> {
  await heading(page, '変更申込確認');
  await button(page, '申込内容を登録する').click();
  await heading(page, 'NACCS変更申込 完了');
  const receiptNo = await shownReceiptNo(page, 'A');
  return receiptNo;
}

/** 申込情報一覧 → the application's 利用申込詳細. */
export async function openDetail(page: Page, receiptNo: string) {
  await page.goto(`${baseUrl()}/applications`);
  await page.getByRole('link', { name: `受付番号${receiptNo}の詳細` }).click();
  await page.getByRole('region', { name: '申込内容', exact: true }).waitFor();
}
