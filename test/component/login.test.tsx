import { cleanup, screen, waitFor } from '@solidjs/testing-library';
import { configure } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loginRoutes } from '../../src/screens/login/routes';
import { currentSession, endSession } from '../../src/store/session';
import { setSetting } from '../../src/store/settings';
import { resetDatabase, seedDemo } from '../support/db';
import { renderRoutes } from './render';

// screens are lazy chunks: their first import is transformed on demand, slow on a busy machine
configure({ asyncUtilTimeout: 5_000 });

const routes = [
  ...loginRoutes,
  { path: '/', component: () => <h1>メインメニュー</h1> },
  { path: '/contract', component: () => <h1>契約情報 参照</h1> },
];

async function submit(loginId: string, password: string) {
  const user = userEvent.setup();
  const id = screen.getByLabelText('ログインID');
  const pw = screen.getByLabelText('パスワード');
  await user.clear(id);
  if (loginId) await user.type(id, loginId);
  await user.clear(pw);
  if (password) await user.type(pw, password);
  const button = screen.getByRole('button', { name: 'ログイン' }) as HTMLButtonElement;
  await user.click(button);
  // the check is asynchronous (PBKDF2): wait until this attempt has been answered (or the page left)
  await waitFor(() => expect(button.isConnected && button.disabled).toBe(false));
}

describe('ログイン画面', () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedDemo();
    await endSession();
  });
  afterEach(async () => {
    cleanup();
    await endSession();
  });

  it('shows the seed texts: title, labelled fields, help links, tagline, description, fictional contacts', async () => {
    renderRoutes(routes, '/login');
    expect(screen.getByRole('heading', { level: 1, name: 'NACCSサポートシステム' })).toBeTruthy();
    expect(screen.getByLabelText('ログインID').tagName).toBe('INPUT');
    expect(screen.getByLabelText('パスワード').getAttribute('type')).toBe('password');
    expect(screen.getByRole('link', { name: 'ログインIDとパスワードを忘れた方はこちら' }).getAttribute('href')).toBe(
      '/login/forgot',
    );
    expect(screen.getByRole('link', { name: 'ログインIDをお持ちでない方はこちら' }).getAttribute('href')).toBe('/login/no-id');
    expect(screen.getByText('人・物・国をつなぐ')).toBeTruthy();
    expect(
      screen.getByText(
        'NACCSサポートシステムは、NACCSを利用するための各種利用申込手続き、システム設定、料金請求、登録情報の照会等を電子的に行うシステムです。',
      ),
    ).toBeTruthy();
    expect(screen.getByText(/研修用の架空の番号です/)).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/0120-?7945/);
    // seed 000: four numbers, each 【受付時間】平日 9:00~17:00
    const contact = screen.getByRole('region', { name: 'お問い合わせ先はこちら' });
    expect(contact.textContent!.match(/【受付時間】平日 9:00~17:00/g)).toHaveLength(4);
  });

  it('shows the demo credentials in demo mode, and hides them when demo mode is off', async () => {
    renderRoutes(routes, '/login');
    const box = await screen.findByRole('region', { name: '研修用デモのログイン情報' });
    expect(box.textContent).toContain('NAC001');
    expect(box.textContent).toContain('demo1234');

    await setSetting('demo', { enabled: false });
    await waitFor(() => expect(screen.queryByRole('region', { name: '研修用デモのログイン情報' })).toBeNull());
    expect(document.body.textContent).not.toContain('demo1234');
  });

  it('follows demo mode switched in another tab of the browser, before the page has loaded the database', async () => {
    // what the other tab's setSetting('demo', …) leaves in localStorage, as this tab hears it
    const otherTab = (value: 'on' | 'off') => {
      localStorage.setItem('nss-simulator:demo-mode', value);
      window.dispatchEvent(new StorageEvent('storage', { key: 'nss-simulator:demo-mode', newValue: value }));
    };
    otherTab('on'); // an earlier test may have left it off
    renderRoutes(routes, '/login');
    await screen.findByRole('region', { name: '研修用デモのログイン情報' });
    otherTab('off');
    window.dispatchEvent(new StorageEvent('storage', { key: 'nss-simulator:demo-mode', oldValue: 'on', newValue: 'off' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: '研修用デモのログイン情報' })).toBeNull());
    otherTab('on');
    await screen.findByRole('region', { name: '研修用デモのログイン情報' });
  });

  it('asks for both fields when they are empty', async () => {
    renderRoutes(routes, '/login');
    await submit('', '');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('ログインIDを入力してください。');
    expect(alert.textContent).toContain('パスワードを入力してください。');
  });

  it('gives one message for a wrong password and for an unknown ID', async () => {
    renderRoutes(routes, '/login');
    await submit('NAC001', 'wrong');
    expect((await screen.findByRole('alert')).textContent).toBe('ログインIDまたはパスワードが正しくありません。');
    expect((screen.getByLabelText('パスワード') as HTMLInputElement).value).toBe('');

    await submit('ZZZ999', 'demo1234');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('ログインIDまたはパスワードが正しくありません。'));
    expect(currentSession()).toBeNull();
  });

  it('says the login ID is locked, and until when, after 5 failures in a row', async () => {
    renderRoutes(routes, '/login');
    for (let i = 0; i < 4; i++) {
      await submit('NAC001', `wrong${i}`);
      await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('正しくありません'));
    }
    await submit('NAC001', 'wrong5');
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(
        /^ログインに5回続けて失敗したため、このログインIDは\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}までロックされています。時間をおいてから、もう一度ログインしてください。$/,
      ),
    );
    await submit('NAC001', 'demo1234');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('ロックされています'));
    expect(currentSession()).toBeNull();
  });

  it('logs in and returns to the page that asked for the login', async () => {
    const { history } = renderRoutes(routes, '/login?next=%2Fcontract');
    await submit('NAC001', 'demo1234');
    await screen.findByRole('heading', { name: '契約情報 参照' });
    expect(history.get()).toBe('/contract');
    expect(currentSession()?.officeCode).toBe('NAC001');
  });

  it('sends a logged-in user from /login to the top menu', async () => {
    renderRoutes(routes, '/login');
    await submit('nac001', 'demo1234');
    await screen.findByRole('heading', { name: 'メインメニュー' });
  });

  it('explains the demo login and the reset on the help page, and leads to 新規申込', async () => {
    renderRoutes(routes, '/login/forgot');
    const heading = await screen.findByRole('heading', { name: 'ログインIDとパスワードを忘れた方へ' });
    const page = heading.closest('main')!;
    expect(page.textContent).toContain('NAC001');
    expect(page.textContent).toContain('demo1234');
    expect(page.textContent).toContain('デモデータを初期化');

    renderRoutes(routes, '/login/no-id');
    await screen.findByRole('heading', { name: 'ログインIDをお持ちでない方へ' });
    expect(screen.getByRole('link', { name: '新規申込' }).getAttribute('href')).toBe('/signup');
  });
});
