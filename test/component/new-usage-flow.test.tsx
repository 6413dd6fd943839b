import { cleanup, screen, waitFor, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setClockTo } from '../../src/center/clock';
import { nssRoutes } from '../../src/screens/new-usage/routes';
import { createProvisionalAccount } from '../../src/store/provisional';
import { beginSession, endSession } from '../../src/store/session';
import { TEST_CONTACT } from '../support/test-kinds';
import { resetDatabase, seedDemo } from '../support/db';
import { renderAt, renderRoutes } from './render';
import { SignupComplete } from '../../src/screens/new-usage/SignupPages';
import { resetSignup, updateSignup } from '../../src/screens/new-usage/signup-state';

const PROVISIONAL = 'KR123456';

beforeEach(async () => {
  await resetDatabase();
  await seedDemo();
  setClockTo('2026-11-20', 10, 0);
  await beginSession(PROVISIONAL, Date.now(), true);
});
afterEach(async () => {
  cleanup();
  await endSession();
});

async function openForm() {
  const user = userEvent.setup();
  renderRoutes(nssRoutes, '/new-usage');
  await user.click(await screen.findByRole('button', { name: 'NACCS利用申込の入力へ進む' }));
  await screen.findByRole('heading', { name: 'NACCS利用申込 入力', level: 1 });
  await screen.findByRole('tab', { name: '申込担当' });
  return user;
}

describe('NACCS利用申込 tabs', () => {
  it('shows only the tabs that apply, and checks a tab when it is left', async () => {
    const user = await openForm();
    const tabs = () => screen.getAllByRole('tab').map((t) => t.textContent);
    expect(tabs()).toEqual(['申込担当', '事業所・企業', '利用者', '料金プラン', '請求先']);
    await user.click(screen.getByRole('checkbox', { name: '一般NACCSを利用する' }));
    expect(tabs()).toEqual(['申込担当', '事業所・企業', '利用者', '回線・論理端末', 'メールボックス', '料金プラン', '請求先']);

    await user.click(screen.getByRole('tab', { name: '事業所・企業' }));
    await user.type(screen.getByLabelText(/^企業名必須/), '別会社株式会社');
    await user.type(screen.getByLabelText(/^企業略称/), 'NAC');
    await user.click(screen.getByRole('tab', { name: '請求先' }));
    await screen.findByRole('tab', { name: '事業所・企業(エラーあり)' });
    expect(screen.getByRole('tab', { name: '申込担当(エラーあり)' })).toBeTruthy();
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: /企業略称「NAC」は既に他の企業が使用しています。/ })).toBeTruthy();
    expect(within(summary).getByRole('link', { name: '企業名(フリガナ)を入力してください。' })).toBeTruthy();

    // a summary link opens the tab that holds the field; the text typed is still there
    await user.click(within(summary).getByRole('link', { name: /企業略称「NAC」/ }));
    await waitFor(() => expect((screen.getByLabelText(/^企業略称/) as HTMLInputElement).value).toBe('NAC'));
    expect(document.activeElement?.id).toBe('nu-companyAbbr');
  });

  it('sets 利用者 rows with 「設定」 and confirms them with 「この内容を設定する」, refusing codes of two offices', async () => {
    const user = await openForm();
    await user.click(screen.getByRole('checkbox', { name: '一般NACCSを利用する' }));
    await user.click(screen.getByRole('tab', { name: '利用者' }));
    await user.click(screen.getByRole('radio', { name: '新規に利用者コードを追加する' }));
    await user.selectOptions(screen.getByLabelText(/^業種/), '通関業');
    await user.selectOptions(screen.getByLabelText(/^処理方式/), 'SMTP双方向');
    await user.type(screen.getByLabelText(/^識別番号数/), '2');
    await user.click(screen.getByRole('button', { name: '設定' }));
    // a new code needs the 企業略称 first (tab dependency)
    expect(within(screen.getByRole('alert')).getByRole('link', { name: /先に「事業所・企業」タブの企業略称を入力してください。/ })).toBeTruthy();

    await user.click(screen.getByRole('radio', { name: '他事業所の利用者コードを共用する' }));
    await user.type(screen.getByLabelText(/^利用者コード/), '1BNAC');
    await user.click(screen.getByRole('button', { name: '設定' }));
    await user.click(screen.getByRole('button', { name: 'この内容を設定する' }));
    const applied = screen.getByRole('table', { name: '申込情報(利用者)' });
    await within(applied).findByRole('cell', { name: '1BNAC' });

    await user.clear(screen.getByLabelText(/^利用者コード/));
    await user.type(screen.getByLabelText(/^利用者コード/), '1ANAC');
    await user.selectOptions(screen.getByLabelText(/^業種/), '通関業');
    await user.selectOptions(screen.getByLabelText(/^処理方式/), 'SMTP双方向');
    await user.type(screen.getByLabelText(/^識別番号数/), '1');
    await user.click(screen.getByRole('button', { name: '設定' }));
    expect(
      within(screen.getByRole('alert')).getByRole('link', { name: '複数の事業所の利用者コードを一度に申込をすることはできません。' }),
    ).toBeTruthy();
  });

  it('lists the errors of every tab on 「申込内容確認へ進む」 and stays on the form', async () => {
    const user = await openForm();
    await user.click(screen.getByRole('button', { name: '申込内容確認へ進む' }));
    const summary = await screen.findByRole('alert');
    for (const text of ['申込理由を入力してください。', '企業名を入力してください。', '利用者コードを「設定」ボタンで1件以上設定し、「この内容を設定する」ボタンをクリックしてください。', '一括請求を選択してください。'])
      expect(within(summary).getByRole('link', { name: text })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('NACCS利用申込 入力');
    expect(document.title.startsWith('エラー：')).toBe(true);
  });

  it('begins 申込担当 with the 申込担当者 the 仮ログインID was registered with', async () => {
    const { loginId } = await createProvisionalAccount(TEST_CONTACT, Date.now(), { iterations: 1000 });
    await endSession();
    await beginSession(loginId, Date.now(), true);
    await openForm();
    const value = (id: string) => (document.getElementById(id) as HTMLInputElement).value;
    await waitFor(() => expect(value('contact-lastName')).toBe('通関'));
    expect(value('contact-firstName')).toBe('太郎');
    expect(value('contact-lastNameKana')).toBe('ツウカン');
    expect(value('contact-department')).toBe('第一営業部営業第三課');
    expect(value('contact-email')).toBe('taro.tsukan@nacks-shoji.example');
    expect((screen.getByLabelText(/^E-mailアドレス 登録用/) as HTMLInputElement).value).toBe('taro.tsukan@nacks-shoji.example');
    // left, the tab asks for what is still missing on it, never for the 申込担当者
    await userEvent.setup().click(screen.getByRole('tab', { name: '事業所・企業' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).queryByRole('link', { name: /氏名|E-mailアドレス/ })).toBeNull();
  });

  it('仮ログイン登録完了 says where the mail went, with the note on undelivered mail and 「お問い合わせ先はこちら」', async () => {
    await endSession();
    updateSignup((s) => (s.sentTo = TEST_CONTACT.email));
    renderAt(SignupComplete, '/signup/complete');
    await screen.findByText(/仮ログインIDの登録が完了しました。/);
    expect(screen.getByText(TEST_CONTACT.email)).toBeTruthy();
    expect(screen.getByText('※入力いただいたE-mailアドレスにメールが届かない場合は、迷惑フィルターの設定やメールの振り分け設定をご確認ください。')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'お問い合わせ先はこちら' })).getByText('ヘルプデスク')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'ログイン画面へ' }).getAttribute('href')).toBe('/login');
    resetSignup();
  });
});
