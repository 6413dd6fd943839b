// 新規申込 as a trainee clicks it (seed 003, its Cyberport path): consent, the
// 仮ログイン and its mail, log in with the 仮ログインID, the NACCS利用申込's tabs
// filled out of order with a reload in the middle, filing, the center's review,
// the ID/password read from the 申込状況, and on the 利用開始日 the new office of
// the demo company logging in with its 事業所コード; and the Cyberport variant to the
// UTB logon, which takes the netNACCS 利用者ID and refuses the Cyberport one.
import { describe, expect, it } from 'vitest';
import { baseUrl, newPage, useBrowser } from './browser';
import { nextBusinessDay, setClock, waitForMail, shownReceiptNo } from './helpers';
import {
  addSharedSmtpRow,
  button,
  choosePlan,
  fileCyberportNewUsage,
  fillBillingTab,
  fillContactTab,
  fillOfficeTab,
  getProvisionalId,
  heading,
  logOut,
  NU_ADMIN as ADMIN,
  NU_CONTACT as CONTACT,
  openForm,
  openMail,
  readProvisionalIdNotice,
  signIn,
  signInProvisional,
  SKIP,
  tab,
} from './new-usage-steps';

const browser = useBrowser();

describe('新規申込 in Chromium (seed 003)', () => {
  it('consent → 仮ログイン → NACCS利用申込 → review → the new office logs in on its 利用開始日', async () => {
    const { context, page } = await newPage(browser());
    await setClock(page, '20261120', '10:00', '2026/11/20 10:00（金）');

    // 1. the login page's 新規申込 → terms → consent → 仮ログイン → confirm → register, the mail
    await page.goto(`${baseUrl()}/login`);
    const { id: provisionalId, password: provisionalPassword } = await getProvisionalId(page, CONTACT, { checkRequired: true });

    // 2. the 仮ログインID lands on the NACCS利用申込 and nothing else
    await signIn(page, provisionalId, 'wrong-password');
    await page.getByRole('alert').waitFor();
    await signInProvisional(page, provisionalId, provisionalPassword);
    await expect(page.getByRole('navigation', { name: 'メニュー' }).count()).resolves.toBe(0);
    await page.goto(`${baseUrl()}/contract`);
    await heading(page, 'NACCS利用申込');

    // 3. the tabs, out of order, with a reload in the middle
    await openForm(page);
    await fillBillingTab(page);
    await fillOfficeTab(page, ADMIN);
    await page.getByText('入力内容は一時保存されています。').waitFor();
    await page.reload();
    await heading(page, 'NACCS利用申込 入力');
    await expect(page.getByLabel(/^企業略称/).inputValue()).resolves.toBe('NAC');

    await fillContactTab(page, CONTACT);
    await addSharedSmtpRow(page);
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
    await page.getByLabel(SKIP).check();
    await tab(page, 'メールボックス');
    await page.getByLabel(SKIP).check();
    await choosePlan(page);
    await button(page, '申込内容確認へ進む').click();

    await heading(page, 'NACCS利用申込 確認');
    await expect(page.getByRole('region', { name: '利用者' }).textContent()).resolves.toContain('1ANAC');
    await button(page, '申込内容を登録する').click();
    await heading(page, 'NACCS利用申込完了');
    const receiptNo = await shownReceiptNo(page, 'A');
    await waitForMail(page, CONTACT, '【NSS】利用申込受付完了のお知らせ');

    // 4. the center's review (next business day), the mails, the ID/password
    await nextBusinessDay(page, '2026/11/24 09:00（火）');
    await waitForMail(page, ADMIN, '【NSS】利用申込確認完了のお知らせ');
    const done = await openMail(page, CONTACT, '【NSS】利用申込手続き完了のお知らせ');
    expect(done).toContain('※ ID/パスワード等の閲覧は利用開始日の2日後までとなります');
    // still logged in with the 仮ログインID
    const { notice, officeCode, officePassword, userIds } = await readProvisionalIdNotice(page);
    expect(officeCode).toBe('NAC003');
    expect(userIds.map((u) => u.userId).join(' ')).toMatch(/1ANACY\w\w/);
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
    const settingReceiptNo = await shownReceiptNo(page, 'C');
    // its 申込状況 lists it beside the NACCS利用申込
    await page.goto(`${baseUrl()}/new-usage`);
    await page.getByRole('region', { name: `申込受付番号「${settingReceiptNo}」` }).getByText('システム設定申込').first().waitFor();
    await logOut(page);

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
    await logOut(page);
    await signIn(page, provisionalId, provisionalPassword);
    await page.getByRole('alert').waitFor();
    await context.close();
  });

  it('the Cyberport variant: 1ANAC shared with a Y-識別番号 per broker; on the 利用開始日 UTB refuses the Cyberport ID and takes the netNACCS 利用者ID (seed 003)', async () => {
    const { context, page } = await newPage(browser());
    await setClock(page, '20261120', '10:00', '2026/11/20 10:00（金）');
    await page.goto(`${baseUrl()}/login`);
    // seed 003: 申込理由 「サイバーポート利用のための申込」, 事業所名 CP利用者, 一般NACCS, SMTP双方向, two brokers
    await fileCyberportNewUsage(page, { industry: '通関士' });

    // the center finishes its review; the ID/password in the 仮ログインID's 申込状況
    await nextBusinessDay(page, '2026/11/24 09:00（火）');
    await waitForMail(page, CONTACT, '【NSS】利用申込手続き完了のお知らせ');
    const { notice, officeCode, userIds } = await readProvisionalIdNotice(page);
    expect(officeCode).toBe('NAC003');
    expect(userIds.map((u) => [u.userId.slice(0, 6), u.method])).toEqual([
      ['1ANACY', 'SMTP双方向'],
      ['1ANACY', 'SMTP双方向'],
    ]);
    await expect(notice.getByRole('note', { name: /通関士証票番号の登録/ }).textContent()).resolves.toContain(
      '※ ログインはnetNACCS用の利用者ID、パスワードで行ってください。',
    );
    const [cyberportId] = userIds;

    // the 利用開始日 (a Tuesday: UTB is open 平日00：00～23：00)
    await setClock(page, '20261208', '10:00', '2026/12/08 10:00（火）');
    await page.goto(`${baseUrl()}/trainer/utb`);
    await heading(page, 'NACCS端末(研修用模擬端末)');
    const userIdField = page.getByLabel(/^利用者ID/);
    const passwordField = page.getByLabel(/^パスワード/);
    // the Cyberport ID with its own password: refused with seed 003's note (once the ID is in NACCS)
    await expect
      .poll(
        async () => {
          await userIdField.fill(cyberportId.userId);
          await passwordField.fill(cyberportId.password);
          await button(page, 'ログオン').click();
          return page.getByRole('alert').textContent();
        },
        { timeout: 30_000, interval: 500 },
      )
      .toBe(
        `利用者ID(${cyberportId.userId})はサイバーポート用の利用者IDのため、ログオンできません。ログインはnetNACCS用の利用者ID、パスワードで行ってください。` +
          '（サイバーポートのNACCS連携機能利用のための申込で取得したサイバーポート用の利用者IDではありません）',
      );
    await expect(page.getByTestId('terminal-user').count()).resolves.toBe(0);

    // the netNACCS 利用者ID of 1ANAC logs on, and links the new Y-ID to the broker's 通関士証票番号
    await userIdField.fill('1ANACA01');
    await passwordField.fill('DEMOPASS');
    await button(page, 'ログオン').click();
    await expect(page.getByTestId('terminal-user').textContent()).resolves.toBe('1ANACA01');
    await button(page, 'UTB 通関士証票番号登録').click();
    await page.getByLabel(/^利用者ID/).fill(cyberportId.userId);
    await page.getByLabel(/^通関士証票番号/).fill('12345');
    await button(page, '送信').click();
    await page.getByText('00000-0000-0000 正常に終了しました。').waitFor();
    await button(page, '業務選択に戻る').click();
    await button(page, 'UTB01 通関士証票番号照会').click();
    await button(page, '送信').click();
    const registrations = page.getByRole('table', { name: '通関士証票番号の登録状況' });
    await expect(registrations.getByRole('row', { name: new RegExp(cyberportId.userId) }).textContent()).resolves.toContain('12345');
    await context.close();
  });
});
