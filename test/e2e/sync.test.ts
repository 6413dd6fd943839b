// A class on one shared back office, in Chromium, against a real CouchDB-protocol
// server (npm run sync-server's express-pouchdb) started here on 127.0.0.1: a
// センター and two 研修生 devices (separate browser contexts, so separate
// IndexedDB); a trainee files offline, reconnects, the センター reviews by hand,
// the trainee sees 審査終了 and the mails. And a file bundle moving a class's
// applications from one device to another with no server at all.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSyncServer } from '../../scripts/sync-server.mjs';
import { baseUrl, newPage, useBrowser } from './browser';
import { fillContact, login, mailSubjects, setClock, trainerClock } from './helpers';

const browser = useBrowser();
let server: { url: string; close: () => Promise<void> };
const CONTACT = 'kenshu.ichiro@nacks-shoji.example';

beforeAll(async () => {
  server = await startSyncServer({ port: 0 });
});
afterAll(async () => {
  await server?.close();
});

const badge = (page: Page) => page.getByRole('status', { name: /^同期状態：/ });

/** トレーナー用 設定 → 同期: a CouchDB server, this database, the role. */
async function joinClass(page: Page, db: string, role: 'センター' | '研修生', label = '') {
  await page.goto(`${baseUrl()}/trainer/settings`);
  const block = page.getByRole('region', { name: '同期' });
  await block.getByLabel(new RegExp(`^${role}：`)).check();
  await block.getByLabel('端末名').fill(label);
  await block.getByLabel(/CouchDB互換サーバー/).check();
  await block.getByLabel('サーバーのURL').fill(server.url);
  await block.getByLabel('データベース名').fill(db);
  await block.getByRole('button', { name: '同期の設定を保存する' }).click();
  await block.getByText('保存しました。同期を開始します。').waitFor();
  await badge(page).filter({ hasText: '同期済み' }).waitFor();
}

/** A システム設定申込 for 1CNAC through the wizard (最短の日程); returns its 受付番号. */
async function fileSystemSetting(page: Page): Promise<string> {
  await page.goto(`${baseUrl()}/system-setting`);
  // The class shares office NAC001: another trainee's draft may have synced here
  // (「新しく始める」), and a sync landing meanwhile re-renders the guidance.
  const start = page.getByRole('button', { name: '申込担当者の入力へ進む' });
  const fresh = page.getByRole('button', { name: '新しく始める' });
  const contact = page.getByRole('heading', { name: '申込担当者 入力', level: 1 });
  await expect
    .poll(
      async () => {
        if (await contact.isVisible()) return true;
        const next = (await fresh.isVisible()) ? fresh : start;
        await next.click({ timeout: 2_000 }).catch(() => undefined);
        return contact.isVisible();
      },
      { timeout: 30_000, interval: 500 },
    )
    .toBe(true);
  await fillContact(page, CONTACT);
  await page.getByRole('button', { name: 'システム設定申込の入力へ進む' }).click();
  await page.getByRole('button', { name: '1CNACを選択' }).click();
  await page.getByLabel(/^企業名/).fill('NACCS TRADE COMPANY');
  await page.getByRole('tab', { name: /業種/ }).click();
  await page.getByLabel('東京税関', { exact: true }).check(); // 業種 › 通関・自社通関's 主管税関 (R12)
  await page.getByRole('button', { name: 'この内容で設定する' }).click();
  await page.getByLabel('最短の日程で登録を希望').check();
  await page.getByRole('button', { name: 'システム設定申込確認へ進む' }).click();
  await page.getByRole('button', { name: 'システム設定申込を登録する' }).click();
  await page.getByRole('heading', { name: 'システム設定申込 完了', level: 1 }).waitFor();
  return (await page.getByTestId('receipt-no').textContent())!;
}

/** Waits until the service worker controls the page, so screens open offline. */
async function installOffline(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

async function statusInList(page: Page, receiptNo: string): Promise<string> {
  await page.goto(`${baseUrl()}/applications`);
  const row = page.getByRole('row').filter({ hasText: receiptNo });
  await row.waitFor();
  return (await row.locator('td.status').textContent()) ?? '';
}

describe('a class on one shared back office', () => {
  it('a trainee files offline, reconnects, the センター reviews, the trainee sees 審査終了 and the mails', async () => {
    const db = `class-${Date.now()}`;
    const contexts: BrowserContext[] = [];
    const open = async () => {
      const made = await newPage(browser());
      contexts.push(made.context);
      return made.page;
    };
    const center = await open();
    await joinClass(center, db, 'センター', '講師用PC');
    await setClock(center, '20261120', '10:00', '2026/11/20 10:00（金）');
    const review = center.getByRole('region', { name: '審査の設定' });
    await review.getByLabel('手動（トレーナーが回答する）').check();
    await review.getByRole('button', { name: '設定を保存する' }).click();
    await review.getByText('保存しました。').waitFor();

    const first = await open();
    const second = await open();
    for (const trainee of [first, second]) {
      await joinClass(trainee, db, '研修生');
      // the training clock and the review settings come from the センター
      const clock = await trainerClock(trainee);
      await clock.getByText('2026/11/20 10:00（金）').waitFor();
    }

    // The second trainee files online; the first one files with no network.
    await login(second);
    const online = await fileSystemSetting(second);
    await login(first);
    await installOffline(first);
    await badge(first).filter({ hasText: '同期済み' }).waitFor();
    await first.context().setOffline(true);
    await badge(first).filter({ hasText: 'オフライン' }).waitFor();
    const offline = await fileSystemSetting(first);
    expect(offline).not.toBe(online);
    await badge(first).filter({ hasText: /オフライン（未送信 \d+件）/ }).waitFor();
    await first.context().setOffline(false);
    await badge(first).filter({ hasText: '同期済み' }).waitFor();

    // The センター sees both and reviews the offline one by hand.
    await trainerClock(center);
    const queue = center.getByRole('region', { name: /^受付/ });
    await queue.getByText(offline).waitFor();
    await queue.getByText(online).waitFor();
    await center.getByRole('button', { name: `受付番号${offline}の内容確認を開始` }).click();
    await center.getByRole('button', { name: `受付番号${offline}を確認完了(承認)` }).click();
    await center.getByLabel('NACCS登録日', { exact: true }).fill('20261130');
    await center.getByRole('button', { name: '承認する' }).click();
    await center.getByRole('region', { name: /^審査終了（利用開始日待ち） 1件/ }).waitFor();

    // The trainee's device gets the answer by itself (live mode).
    await expect.poll(() => statusInList(first, offline), { timeout: 60_000, interval: 1_000 }).toBe('審査終了');
    await expect
      .poll(async () => (await mailSubjects(first, CONTACT)).filter((s) => s === '【NSS】システム設定申込確認完了のお知らせ').length, { timeout: 60_000, interval: 1_000 })
      .toBe(1);
    await first.goto(`${baseUrl()}/applications`);
    await first.getByRole('row').filter({ hasText: offline }).getByRole('link', { name: '詳細' }).click();
    const progress = first.getByRole('region', { name: '進行状況' });
    await progress.getByText('システム設定申込 回答(確認完了)').waitFor();
    // reviewed once, by the センター only: the trainees never ran the center
    expect((await progress.getByRole('row').allTextContents()).filter((r) => r.includes('回答('))).toHaveLength(1);
    await expect.poll(() => statusInList(second, online), { timeout: 30_000, interval: 1_000 }).toBe('受付');
    // a device never conflicts with itself (one sync loop per browser, however many tabs and restarts)
    await expect(second.getByText('競合したコピー').count()).resolves.toBe(0);
    for (const c of contexts) await c.close();
  });
});

describe('the file bundle', () => {
  it("moves a class's applications from one device to another with no server", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nss-bundle-'));
    try {
      const from = await newPage(browser());
      await setClock(from.page, '20261120', '10:00', '2026/11/20 10:00（金）');
      await login(from.page);
      const receiptNo = await fileSystemSetting(from.page);
      await from.page.goto(`${baseUrl()}/trainer/settings`);
      const exportBlock = from.page.getByRole('region', { name: 'ファイルで同期' });
      await exportBlock.getByLabel(/^クラスの申込/).check();
      const [download] = await Promise.all([from.page.waitForEvent('download'), exportBlock.getByRole('button', { name: 'ファイルに書き出す' }).click()]);
      expect(download.suggestedFilename()).toMatch(/^nss-sync-\d{8}-\d{4}\.zip$/);
      const file = join(dir, download.suggestedFilename());
      await download.saveAs(file);
      await from.context.close();

      const to = await newPage(browser());
      await setClock(to.page, '20261120', '10:00', '2026/11/20 10:00（金）');
      await to.page.goto(`${baseUrl()}/trainer/settings`);
      const importBlock = to.page.getByRole('region', { name: 'ファイルで同期' });
      await importBlock.getByLabel('ファイルを読み込む').setInputFiles(file);
      await importBlock.getByText(/^追加 \d+件、更新 0件、変更なし 0件/).waitFor();
      await login(to.page);
      await expect(statusInList(to.page, receiptNo)).resolves.toBe('受付');
      await to.context.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
