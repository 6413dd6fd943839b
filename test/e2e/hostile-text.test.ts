// Hostile text in Chromium: the Content-Security-Policy is in force, and markup
// typed into every text field of every flow comes back as plain text on every
// screen that shows it (refused fields keep it and quote it in their message).
// Each screen visited here also gets the automatic checks of ./screens.ts: axe,
// no sideways scrolling at tablet widths (the long unbroken texts below), no CSP
// violation (an injected handler that ran would be reported).
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, newPage, useBrowser } from './browser';
import { fillContact, login, setClock, trainerClock } from './helpers';
import { checkAgain, expectBadRecords } from './screens';

const browser = useBrowser();

const MARKUP = `<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>"'><svg onload=window.__xss=3>&amp;`;
const unbroken = (n: number) => `https://example.jp/${'a'.repeat(n)}`;

/** Nothing of the payload became an element or ran. */
async function expectInert(page: Page) {
  const found = await page.evaluate(() => ({
    ran: (window as unknown as { __xss?: number }).__xss,
    elements: document.querySelectorAll('img[src="x"], svg, script:not([src]), [onerror], [onload]').length,
  }));
  expect(found).toEqual({ ran: undefined, elements: 0 });
}

/** The text is on the screen as typed: shown literally, not interpreted. */
async function expectShown(page: Page, where: Locator, text: string) {
  await expect.poll(async () => (await where.textContent())?.includes(text), { timeout: 10_000 }).toBe(true);
  await expectInert(page);
}

describe('Content-Security-Policy', () => {
  it('allows no inline script and no eval, in the page and from the preview server', async () => {
    const { context, page } = await newPage(browser());
    const response = await page.goto(`${baseUrl()}/login`);
    await page.getByRole('button', { name: 'ログイン' }).waitFor();
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    for (const policy of [meta!, response!.headers()['content-security-policy']]) {
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("object-src 'none'");
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    }
    const sw = await page.request.get(`${baseUrl()}/sw.js`);
    expect(sw.headers()['content-security-policy']).toContain("script-src 'self'");

    // a script of the app's own origin tries what the policy forbids (code evaluated through
    // the DevTools protocol is exempt from CSP, so the attempt must come from the page itself)
    await page.route('**/csp-probe.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `const r = {};
          try { eval('1'); r.eval = 'ran'; } catch (e) { r.eval = e.name; }
          try { new Function('return 1')(); r.fn = 'ran'; } catch (e) { r.fn = e.name; }
          const s = document.createElement('script'); s.textContent = 'window.__inline = 1'; document.head.append(s);
          const d = document.createElement('div'); d.setAttribute('onclick', 'window.__inline = 2'); d.click();
          window.__probe = r;`,
      }),
    );
    await page.evaluate(() => {
      const probe = document.createElement('script');
      probe.src = '/csp-probe.js';
      document.head.append(probe);
    });
    await page.waitForFunction(() => 'window' in globalThis && (window as unknown as { __probe?: object }).__probe);
    const seen = () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations.length);
    await expect.poll(seen).toBeGreaterThanOrEqual(4); // each of the four, once per policy (meta and header)
    const probe = await page.evaluate(() => {
      const w = window as unknown as { __probe: object; __inline?: number; __cspViolations: string[] };
      w.__cspViolations.length = 0; // these were ours
      return { ...w.__probe, inline: w.__inline };
    });
    expect(probe).toEqual({ eval: 'EvalError', fn: 'EvalError', inline: undefined });
    await context.close();
  });
});

describe('markup and invisible characters typed into every field', () => {
  it('login: the payload is refused without being shown back', async () => {
    const { context, page } = await newPage(browser());
    await page.goto(`${baseUrl()}/login`);
    await page.getByLabel('ログインID').fill(MARKUP);
    await page.getByLabel('パスワード').fill(MARKUP);
    await page.getByRole('button', { name: 'ログイン' }).click();
    await expectShown(page, page.getByRole('alert'), 'ログインIDまたはパスワードが正しくありません。');
    await context.close();
  });

  it('システム設定申込: refused fields keep and quote the text; 備考, English names and a file name show it inert on every screen through to the 確認依頼', async () => {
    const { context, page } = await newPage(browser());
    await setClock(page, '20261120', '10:00', '2026/11/20 10:00（金）');
    await login(page);
    await page.goto(`${baseUrl()}/system-setting`);
    await page.getByRole('button', { name: '申込担当者の入力へ進む' }).click();
    await page.getByRole('heading', { name: '申込担当者 入力', level: 1 }).waitFor();

    // 申込担当者: every field gets the markup; each keeps it and says what is wrong
    const fields = [/^氏名 姓/, /^氏名 名/, /^氏名\(フリガナ\) 姓/, /^氏名\(フリガナ\) 名/, /^所属部署名/, /^役職名/, /^電話番号/, /^FAX番号/, /^E-mailアドレス 登録用/, /^E-mailアドレス 確認用/];
    for (const label of fields) await page.getByLabel(label).fill(MARKUP);
    await page.getByRole('button', { name: 'システム設定申込の入力へ進む' }).click();
    const summary = page.getByRole('alert').filter({ hasText: '入力内容に誤りがあります' });
    await expectShown(page, summary, '氏名(姓)は全角で入力してください。半角の文字「<」「i」「m」が含まれています。');
    for (const label of fields) expect(await page.getByLabel(label).inputValue()).toBe(MARKUP);

    // a reversing character is named, not shown; 𠮷 and full-width markup are accepted
    await fillContact(page, 'taro@nacks-shoji.example');
    await page.getByLabel(/^FAX番号/).fill('');
    await page.getByLabel(/^氏名 姓/).fill('\u202E通関');
    await page.getByRole('button', { name: 'システム設定申込の入力へ進む' }).click();
    await expectShown(page, summary, '氏名(姓)に入力できない文字「U+202E」(書字方向を変える制御文字)が含まれています。');
    await page.getByLabel(/^氏名 姓/).fill('𠮷田');
    await page.getByLabel(/^所属部署名/).fill('＜ｓｃｒｉｐｔ＞部');
    await page.getByRole('button', { name: 'システム設定申込の入力へ進む' }).click();

    // 名称 and 通関・自社通関: refused, then an English name with & ' / # ( )
    await page.getByRole('button', { name: '1CNACを選択' }).click();
    await page.getByRole('heading', { name: 'システム設定情報入力', level: 1 }).waitFor();
    for (const name of [/^企業名/, /^営業所名/, /^責任者名/, /^営業所所在地/]) await page.getByLabel(name).fill(MARKUP);
    await page.getByRole('tab', { name: /業種/ }).click();
    await page.getByLabel('東京税関', { exact: true }).check(); // 業種 › 通関・自社通関's 主管税関 (R12)
    await page.getByRole('tab', { name: /通関・自社通関/ }).click();
    await page.getByLabel(/^輸出入者コード\(JASTPRO\)/).fill(MARKUP);
    await page.getByRole('button', { name: 'この内容で設定する' }).click();
    const codeErrors = page.getByRole('alert').filter({ hasText: '入力内容に誤りがあります' });
    for (const label of ['企業名', '営業所名', '責任者名', '営業所所在地']) await expectShown(page, codeErrors, `${label}は半角英大文字`);
    await expectShown(page, codeErrors, '輸出入者コード(JASTPRO)は半角英大文字・数字で入力してください。');
    await page.getByLabel(/^輸出入者コード\(JASTPRO\)/).fill('');
    await page.getByRole('tab', { name: /名称/ }).click();
    for (const name of [/^企業名/, /^営業所名/, /^責任者名/, /^営業所所在地/]) expect(await page.getByLabel(name).inputValue()).toBe(MARKUP);
    const english = `O'NEIL & SONS/#1 (TOKYO) &AMP &LT`;
    await page.getByLabel(/^企業名/).fill(english);
    for (const name of [/^営業所名/, /^責任者名/, /^営業所所在地/]) await page.getByLabel(name).fill('');
    await page.getByRole('button', { name: 'この内容で設定する' }).click();
    await page.getByRole('heading', { name: '利用者コード 選択', level: 1 }).waitFor();

    // NACCS登録希望日 refused; 備考 and the file name taken as they are
    await page.getByLabel('日付を指定して登録を希望').check();
    await page.getByRole('textbox', { name: 'NACCS登録希望日' }).fill(MARKUP);
    const note = `${MARKUP}\n${unbroken(100)}`;
    await page.getByLabel('備考').fill(note);
    const fileName = '<img src=x onerror="window.__xss=4">調査票.xlsx';
    await page.getByLabel('添付ファイル').setInputFiles({ name: fileName, mimeType: 'application/vnd.ms-excel', buffer: Buffer.from('x') });
    await expectShown(page, page.getByRole('list', { name: '添付済みのファイル' }), fileName);
    await page.getByRole('button', { name: 'システム設定申込確認へ進む' }).click();
    await expectShown(page, page.getByRole('alert').filter({ hasText: '入力内容に誤りがあります' }), 'NACCS登録希望日は「/」や「-」を入力せずに、半角数字8桁');
    expect(await page.getByRole('textbox', { name: 'NACCS登録希望日' }).inputValue()).toBe(MARKUP);
    await page.getByLabel('最短の日程で登録を希望').check();
    await page.getByRole('button', { name: 'システム設定申込確認へ進む' }).click();

    // 確認: every text as typed
    await page.getByRole('button', { name: 'システム設定申込を登録する' }).waitFor();
    const main = page.getByRole('main');
    for (const text of ['𠮷田', '＜ｓｃｒｉｐｔ＞部', english, fileName, unbroken(100)]) await expectShown(page, main, text);
    await expectShown(page, main, MARKUP);
    await page.getByRole('button', { name: 'システム設定申込を登録する' }).click();
    await page.getByRole('heading', { name: 'システム設定申込 完了', level: 1 }).waitFor();
    const receiptNo = (await page.getByTestId('receipt-no').textContent())!;

    // 申込内容 参照
    await page.goto(`${baseUrl()}/applications`);
    await page.getByRole('row').filter({ hasText: receiptNo }).getByRole('link', { name: '詳細' }).click();
    const overview = page.getByRole('region', { name: '申込概要' });
    await overview.waitFor();
    for (const text of [MARKUP, unbroken(100), fileName]) await expectShown(page, main, text);
    const detailUrl = page.url();

    // 確認依頼 by hand: a 500-character notice, one unbroken run, with the markup in it
    const notice = `${MARKUP}${unbroken(500 - MARKUP.length - 19)}`;
    await trainerClock(page);
    await page.getByRole('button', { name: `受付番号${receiptNo}の内容確認を開始` }).click();
    await page.getByRole('button', { name: `受付番号${receiptNo}に確認依頼` }).click();
    await page.getByLabel('通知内容').fill(notice);
    await expectShown(page, page.getByRole('main'), '(500文字以内) 現在500文字');
    await page.getByRole('button', { name: '確認依頼を送る' }).click();
    await page.getByRole('region', { name: /^確認依頼（申込者の修正・取下げ待ち） 1件/ }).waitFor();
    await page.goto(detailUrl);
    await expectShown(page, page.getByRole('region', { name: '進行状況' }), notice);
    await checkAgain(page); // the same address as before, now with the 500 unbroken characters
    await context.close();
  });

  it('通関士IDの追加, UTB, the trainer console and settings, the mailbox and the list search: refused with a message, nothing runs', async () => {
    const { context, page } = await newPage(browser());
    await setClock(page, '20261120', '10:00', '2026/11/20 10:00（金）');
    const clock = await trainerClock(page);
    await clock.getByLabel('日付', { exact: true }).fill(MARKUP);
    await clock.getByLabel('時刻').fill(MARKUP);
    await clock.getByRole('button', { name: '日付を指定' }).click();
    await expectShown(page, clock.getByRole('alert'), '日付は半角数字8桁(YYYYMMDD)の正しい日付を入力してください。');

    const review = page.getByRole('region', { name: '審査の設定' });
    for (const label of ['回答までの営業日数', '回答時刻（時）', 'シード']) await review.getByLabel(label, { exact: true }).fill(MARKUP);
    await review.getByRole('button', { name: '設定を保存する' }).click();
    await expectShown(page, review.getByRole('alert'), '回答時刻は0〜23の半角数字で入力してください。');

    await page.goto(`${baseUrl()}/trainer/settings`);
    await page.getByLabel('ロックまでの失敗回数').fill(MARKUP);
    await page.getByLabel('ロックする時間（分）').fill(MARKUP);
    await page.getByRole('button', { name: '保存する', exact: true }).click();
    await expectShown(page, page.getByRole('main'), 'ロックまでの失敗回数は1から20までの半角数字で入力してください。');

    await page.goto(`${baseUrl()}/trainer/utb`);
    await page.getByLabel(/^利用者ID/).fill(MARKUP);
    await page.getByLabel(/^パスワード/).fill(MARKUP);
    await page.getByRole('button', { name: 'ログオン' }).click();
    await expectShown(page, page.getByRole('alert'), '利用者IDまたはパスワードが正しくありません。');
    await page.getByLabel(/^利用者ID/).fill('1ANACA01');
    await page.getByLabel(/^パスワード/).fill('DEMOPASS');
    await page.getByRole('button', { name: 'ログオン' }).click();
    await page.getByRole('button', { name: 'UTB 通関士証票番号登録' }).click();
    await page.getByLabel(/^利用者ID/).fill(MARKUP);
    await page.getByLabel(/^通関士証票番号/).fill(MARKUP);
    await page.getByRole('button', { name: '送信' }).click();
    await expectShown(page, page.getByRole('main').getByRole('status'), '利用者IDは8桁すべてを半角英数字で入力してください。');
    await expectShown(page, page.getByRole('main').getByRole('status'), '通関士証票番号は半角数字と「-」(ハイフン)のみで入力してください。');
    await page.getByRole('button', { name: '業務選択に戻る' }).click();
    await page.getByRole('button', { name: 'UTB01 通関士証票番号照会' }).click();
    await page.getByLabel(/^利用者ID/).fill(MARKUP);
    await page.getByRole('button', { name: '送信' }).click();
    await expectShown(page, page.getByRole('main'), 'S0005');

    await page.goto(`${baseUrl()}/trainer/mailbox?to=${encodeURIComponent(MARKUP)}`);
    await page.getByRole('heading', { name: '受信箱', level: 1 }).waitFor();
    await expectInert(page);

    await login(page);
    await page.goto(`${baseUrl()}/broker-id`);
    await page.getByRole('button', { name: '通関士IDを追加する' }).click();
    await fillContact(page, 'hanako@nacks-shoji.example');
    await page.getByRole('button', { name: '通関士用利用者IDの入力へ進む' }).click();
    await page.getByRole('heading', { name: '通関士用利用者ID 入力', level: 1 }).waitFor();
    await page.getByRole('textbox', { name: /^利用開始希望日/ }).fill(MARKUP);
    await page.getByRole('radio', { name: '1ANAC' }).check();
    await page.getByRole('radio', { name: 'インタ' }).check();
    await page.getByRole('textbox', { name: /^追加する通関士IDの数/ }).fill(MARKUP);
    await page.getByRole('button', { name: '設定する' }).click();
    await expectShown(page, page.getByRole('main'), '追加する通関士IDの数は半角数字で入力してください。');
    await page.getByRole('button', { name: '申込内容確認へ進む' }).click();
    await expectShown(page, page.getByRole('main'), '利用開始希望日は「/」や「-」を入力せずに、半角数字8桁');
    expect(await page.getByRole('textbox', { name: /^利用開始希望日/ }).inputValue()).toBe(MARKUP);

    await page.goto(`${baseUrl()}/applications`);
    await page.getByLabel('受付番号').fill(MARKUP);
    await page.getByRole('button', { name: '検索' }).click();
    await expectShown(page, page.getByRole('main'), '該当する申込はありません。');
    await context.close();
  });
});

describe('malformed records in storage', () => {
  it('skips a broken application and a broken clock setting, says which and what is wrong, and the trainer removes them', async () => {
    const { context, page } = await newPage(browser());
    expectBadRecords(page);
    await login(page);
    // written as a broken build or the browser's tools would: straight into IndexedDB
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('nss-simulator');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['applications', 'settings'], 'readwrite');
            tx.objectStore('applications').put({ id: 'broken-1', kind: 'mystery', receiptNo: '2642999C', officeCode: 'NAC001', status: '受付', submittedAt: 'x' });
            tx.objectStore('settings').put({ key: 'clock', value: { offsetMs: 'soon' }, updatedAt: 1 });
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );

    await page.goto(`${baseUrl()}/applications`);
    const banner = page.locator('.bad-records-banner');
    await expect.poll(() => banner.textContent(), { timeout: 15_000 }).toContain('申込 2642999C：');
    expect(await banner.textContent()).toContain('設定「模擬時計」：value.offsetMs の値が正しくありません（"soon"）');
    await page.getByRole('heading', { name: '申込情報一覧', level: 1 }).waitFor();
    expect(await page.getByRole('main').textContent()).not.toContain('2642999C');

    await page.goto(`${baseUrl()}/applications/broken-1`);
    await expectShown(page, page.getByRole('main').getByRole('alert'), 'この申込の記録は形式が正しくないため表示できません（');

    await page.goto(`${baseUrl()}/trainer`);
    await page.getByRole('heading', { name: '審査コンソール', level: 1 }).waitFor();
    await page.getByRole('link', { name: '読み込めない記録を確認する' }).click();
    const block = page.getByRole('region', { name: '読み込めない記録' });
    await block.getByRole('button', { name: '設定「模擬時計」を削除する' }).click();
    await block.getByRole('button', { name: '申込 2642999Cを削除する' }).click();
    await block.getByText('読み込めない記録はありません。').waitFor();
    await expect.poll(() => banner.count()).toBe(0);
    await context.close();
  });
});
