import type { Page } from 'playwright-core';
import { baseUrl } from './browser';

export const DEMO = { officeCode: 'NAC001', password: 'demo1234' } as const;

/** Logs in through the login page and waits for the top menu. */
export async function login(page: Page, officeCode: string = DEMO.officeCode, password: string = DEMO.password) {
  await page.goto(`${baseUrl()}/login`);
  await page.getByLabel('ログインID').fill(officeCode);
  await page.getByLabel('パスワード').fill(password);
  await page.getByRole('button', { name: 'ログイン' }).click();
  await page.getByRole('heading', { name: '新着情報' }).waitFor();
}
