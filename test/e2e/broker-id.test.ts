// Seed 004 in Chromium, as a trainee does it: apply for two 通関士IDs, see the
// review end with a later 利用開始日 than wished, read the IDs and passwords in
// ID通知内容, log on to the NACCS terminal with a new ID on its 利用開始日,
// register a 通関士証票番号 with UTB and find it with UTB01, and see the IDs
// and passwords hidden once the viewing days are over. Time moves only by the
// trainer console's clock.
import { describe, expect, it } from 'vitest';
import { baseUrl, newPage, useBrowser } from './browser';
import { applyForTwoBrokerIds, fillContact, login, mailSubjects, nextBusinessDay, readIssuedIds, setClock } from './helpers';

const browser = useBrowser();

const CONTACT = 'tuukan-hanako@nacks-shoji.example';

describe('通関士IDの追加 in Chromium (seed 004)', () => {
  it('applies for two broker IDs, reads them in ID通知内容, registers a 証票番号 with UTB, and sees them hidden later', async () => {
    const { context, page } = await newPage(browser());
    await setClock(page, '20261120', '10:00', '2026/11/20 10:00（金）');
    await login(page);

    const receiptNo = await applyForTwoBrokerIds(page, CONTACT);
    expect(receiptNo).toMatch(/^26\d{5}B$/);
    expect(await mailSubjects(page, CONTACT)).toEqual(['【NSS】利用申込受付完了のお知らせ']);

    // The center answers on the next business day (11/23 is a holiday).
    await nextBusinessDay(page, '2026/11/24 09:00（火）');
    await page.goto(`${baseUrl()}/`);
    const news = page.getByRole('region', { name: '新着情報' });
    const row = news.getByRole('listitem').filter({ hasText: receiptNo });
    await expect(row.textContent()).resolves.toContain('通関士IDの追加申込の審査を終了しました。追加した利用者を確認してください。');
    await row.getByRole('link', { name: '詳細' }).click();

    // S2's 利用申込詳細: a 通関士IDの追加 is filed as 申込分類 「変更(通関士)」
    const overview = page.getByRole('region', { name: '申込内容', exact: true });
    await overview.waitFor();
    const detailUrl = page.url();
    const summary = (await overview.textContent())!;
    expect(summary).toContain('審査終了');
    expect(summary).toContain('申込分類変更(通関士)');
    expect(summary).toContain('利用開始希望日20261125'); // the wish
    expect(summary).toContain('2026/11/30'); // the confirmed 利用開始日: the standard 5 business days
    await expect(page.getByRole('region', { name: '進行状況' }).textContent()).resolves.toContain(
      'NACCSのご利用は11月30日から可能です。',
    );
    await expect(page.getByRole('region', { name: '申込結果' }).textContent()).resolves.toContain('20261130');
    expect(await mailSubjects(page, CONTACT)).toContain('【NSS】利用申込確認完了のお知らせ');

    await page.goto(detailUrl);
    await page.getByRole('link', { name: 'ID通知内容' }).click();
    await page.getByRole('heading', { name: 'ID通知内容 参照', level: 1 }).waitFor();
    const idNoticeUrl = page.url();
    const issued = await readIssuedIds(page);
    expect(issued.map((i) => i.userId)).toEqual(['1ANACA03', '1ANACA04']);
    for (const i of issued) expect(i.password).toMatch(/^[A-Z2-9]{8}$/);

    // Before the 利用開始日 the new ID is not in NACCS yet: it cannot log on.
    await page.goto(`${baseUrl()}/trainer/utb`);
    await page.getByLabel(/^利用者ID/).fill(issued[0].userId);
    await page.getByLabel(/^パスワード/).fill(issued[0].password);
    await page.getByRole('button', { name: 'ログオン' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toBe('利用者IDまたはパスワードが正しくありません。');

    // On the 利用開始日 the IDs are in the contract and UTB takes the 証票番号.
    await setClock(page, '20261130', '10:00', '2026/11/30 10:00（月）');
    await page.goto(`${baseUrl()}/contract?tab=general`);
    await page.getByRole('cell', { name: 'A03', exact: true }).waitFor();
    await page.getByRole('cell', { name: 'A04', exact: true }).waitFor();

    await page.goto(`${baseUrl()}/trainer/utb`);
    await page.getByLabel(/^利用者ID/).fill(issued[0].userId);
    await page.getByLabel(/^パスワード/).fill(issued[0].password);
    await page.getByRole('button', { name: 'ログオン' }).click();
    await page.getByTestId('terminal-user').waitFor();
    await page.getByRole('button', { name: 'UTB 通関士証票番号登録' }).click();
    await page.getByLabel(/^利用者ID/).fill(issued[1].userId);
    await page.getByLabel(/^通関士証票番号/).fill('12-7896');
    await page.getByRole('button', { name: '送信' }).click();
    await expect(page.getByRole('main').getByRole('status').textContent()).resolves.toContain('ハイフン以降の番号(例 7896)を左詰めで入力してください。');
    await page.getByLabel(/^通関士証票番号/).fill('7896');
    await page.getByRole('button', { name: '送信' }).click();
    await page.getByText('00000-0000-0000 正常に終了しました。').waitFor();

    await page.getByRole('button', { name: '業務選択に戻る' }).click();
    await page.getByRole('button', { name: 'UTB01 通関士証票番号照会' }).click();
    await page.getByRole('button', { name: '送信' }).click();
    const registrations = page.getByRole('table', { name: '通関士証票番号の登録状況' });
    await expect(registrations.getByRole('row', { name: new RegExp(issued[1].userId) }).textContent()).resolves.toContain('7896');
    await expect(registrations.getByRole('row', { name: new RegExp(issued[0].userId) }).textContent()).resolves.toContain('未登録');

    // Shown until the 利用開始日 + 2 days, hidden from the day after.
    await setClock(page, '20261202', '18:00', '2026/12/02 18:00（水）');
    await page.goto(idNoticeUrl);
    expect((await readIssuedIds(page)).map((i) => i.password)).toEqual(issued.map((i) => i.password));
    await setClock(page, '20261203', '09:00', '2026/12/03 09:00（木）');
    await page.goto(idNoticeUrl);
    await page.getByText(/ID・パスワードの表示期間\(利用開始日の2日後まで\)を過ぎたため/).first().waitFor();
    expect(await page.content()).not.toContain(issued[0].password);
    await context.close();
  });

  it('adds a 通関士ID for SMTP双方向 (「※すべての処理方式」): a Y-識別番号 in ID通知内容', async () => {
    const { context, page } = await newPage(browser());
    await setClock(page, '20261120', '10:00', '2026/11/20 10:00（金）');
    await login(page);
    await page.getByRole('link', { name: '通関士IDの追加' }).click();
    await page.getByRole('button', { name: '通関士IDを追加する' }).click();
    await page.getByRole('heading', { name: '申込担当者 入力', level: 1 }).waitFor();
    await fillContact(page, CONTACT);
    await page.getByRole('button', { name: '通関士用利用者IDの入力へ進む' }).click();
    await page.getByRole('heading', { name: '通関士用利用者ID 入力', level: 1 }).waitFor();
    await page.getByRole('textbox', { name: /^利用開始希望日/ }).fill('20261201');
    await page.getByRole('radio', { name: '1ANAC' }).check();
    await page.getByRole('radio', { name: 'SMTP双方向' }).check();
    await page.getByRole('textbox', { name: /^追加する通関士IDの数/ }).fill('1');
    await page.getByRole('button', { name: '設定する' }).click();
    await page.getByRole('table', { name: '申込情報' }).getByText('SMTP双方向').waitFor();
    await page.getByRole('button', { name: '申込内容確認へ進む' }).click();
    await page.getByRole('button', { name: '申込内容を登録する' }).click();
    await page.getByRole('heading', { name: '利用申込 完了', level: 1 }).waitFor();
    await page.getByRole('region', { name: 'お問い合わせ先はこちら' }).waitFor();
    const receiptNo = (await page.getByTestId('receipt-no').textContent())!;

    await nextBusinessDay(page, '2026/11/24 09:00（火）');
    await page.goto(`${baseUrl()}/applications?q=${receiptNo}`);
    await page.getByRole('row', { name: new RegExp(receiptNo) }).getByRole('link', { name: '詳細' }).click();
    await expect.poll(() => page.getByRole('region', { name: '申込内容', exact: true }).textContent()).toContain('審査終了');
    await page.getByRole('link', { name: 'ID通知内容' }).click();
    expect((await readIssuedIds(page)).map((i) => i.userId)).toEqual(['1ANACY02']);
    await context.close();
  });
});
