import { cleanup, screen, waitFor, within } from '@solidjs/testing-library';
import { configure } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenAppReady } from '../../src/app/background';
import { setNeedRefresh, setUpdater } from '../../src/pwa/state';
import { beginSession, currentSession, endSession, followSession } from '../../src/store/session';
import { MENU } from '../../src/screens/home/menu';
import { resetDatabase, seedDemo } from '../support/db';
import { renderApp } from './render-app';

// screens are lazy chunks: their first import is transformed on demand, slow on a busy machine
configure({ asyncUtilTimeout: 5_000 });

const LOGIN_AT = Date.parse('2026-11-20T01:00:00Z'); // 10:00:00 JST

describe('the app shell', () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedDemo();
    await followSession();
    await whenAppReady();
  });
  beforeEach(() => endSession());
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('sends a visitor who is not logged in to /login, keeping the page to return to', async () => {
    const { history } = renderApp('/contract?tab=netNACCS');
    await screen.findByRole('button', { name: 'ログイン' });
    expect(history.get()).toBe('/login?next=%2Fcontract%3Ftab%3DnetNACCS');
  });

  it('shows the NSS header, tabs and the warning line behind login', async () => {
    await beginSession('NAC001', LOGIN_AT);
    renderApp('/contract');
    const header = await screen.findByRole('banner');
    await waitFor(() => expect(header.textContent).toContain('ナックス商事株式会社'));
    // the brand of seeds 001/002: the tagline over the system's name
    const brand = within(header).getByText('人・物・国をつなぐ').parentElement!;
    expect([...brand.children].map((c) => c.textContent)).toEqual(['人・物・国をつなぐ', 'NACCSサポートシステム']);
    expect(header.textContent).toContain('東京事業所');
    expect(header.textContent).toContain('2026/11/20 10:00:00 ログイン中');

    const tabs = screen.getByRole('navigation', { name: 'メニュー' });
    expect(within(tabs).getAllByRole('link').map((a) => a.textContent!.replace('⌂', ''))).toEqual([
      'メインメニュー',
      '申込実施',
      '申込内容確認',
      '契約内容確認',
      '請求内容参照',
      'パスワード変更',
    ]);
    expect(within(tabs).getByRole('link', { name: '契約内容確認' }).getAttribute('aria-current')).toBe('page');
    expect(within(tabs).getByRole('link', { name: '申込実施' }).getAttribute('aria-current')).toBeNull();
    expect(screen.getByText('ブラウザの戻るボタン、複数のタブ・ウィンドウは使用しないでください。')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'トレーナー用画面' }).getAttribute('href')).toBe('/trainer');
    await screen.findByRole('heading', { name: '契約情報 参照' });
  });

  it('ends the session with ログアウト and returns to the login page', async () => {
    await beginSession('NAC001', LOGIN_AT);
    const { history } = renderApp('/');
    await screen.findByRole('heading', { name: '新着情報' });
    await userEvent.click(screen.getByRole('button', { name: 'ログアウト' }));
    await screen.findByRole('button', { name: 'ログイン' });
    await waitFor(() => expect(history.get()).toBe('/login'));
    expect(currentSession()).toBeNull();
  });

  it.each(MENU.flatMap((g) => g.links))('メニュー一覧: $label opens its screen, never 準備中', async ({ href }) => {
    await beginSession('NAC001', LOGIN_AT);
    renderApp(href);
    const heading = await screen.findByRole('heading', { level: 1 }, { timeout: 10_000 });
    expect(heading.textContent).not.toBe('');
    expect(document.body.textContent).not.toContain('準備中');
  });

  it('opens the trainer side without the NSS login, visibly different', async () => {
    renderApp('/trainer/settings');
    expect(await screen.findByText('トレーナー用：NACCSセンター（模擬）')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'トレーナー用メニュー' });
    expect(within(nav).getAllByRole('link').map((a) => `${a.textContent} ${a.getAttribute('href')}`)).toEqual([
      '審査コンソール /trainer',
      '受信箱 /trainer/mailbox',
      'UTB /trainer/utb',
      '演習結果 /trainer/exercises',
      '設定 /trainer/settings',
    ]);
    expect(within(nav).getByRole('link', { name: '設定' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'NSS画面へ戻る' }).getAttribute('href')).toBe('/');
    expect(await screen.findByRole('heading', { name: '設定' })).toBeTruthy();
  });

  it('says so for an address that does not exist', async () => {
    renderApp('/no-such-page');
    expect(await screen.findByRole('heading', { name: 'ページが見つかりません' })).toBeTruthy();
  });

  it('offers an update and reloads only when the user presses 更新する', async () => {
    const update = vi.fn(async () => undefined);
    setUpdater(update);
    renderApp('/login');
    setNeedRefresh(true);
    await screen.findByRole('heading', { name: '新しいバージョンがあります' });
    expect(update).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: '更新する' }));
    expect(update).toHaveBeenCalledOnce();
    setNeedRefresh(false);
  });

  it('shows the offline badge while the device is offline', async () => {
    renderApp('/login');
    await screen.findByRole('button', { name: 'ログイン' });
    expect(screen.queryByText('オフライン')).toBeNull();
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    window.dispatchEvent(new Event('offline'));
    expect(await screen.findByText('オフライン')).toBeTruthy();
    onLine.mockReturnValue(true);
    window.dispatchEvent(new Event('online'));
    await waitFor(() => expect(screen.queryByText('オフライン')).toBeNull());
  });

  it('moves focus to the new page heading and announces it on a route change, not on the first page', async () => {
    await beginSession('NAC001', LOGIN_AT);
    renderApp('/');
    await screen.findByRole('heading', { name: '新着情報' });
    const live = () => document.querySelector('[data-route-announced]')!;
    await waitFor(() => expect(live().getAttribute('data-route-announced')).toBe('/'));
    expect(live().textContent).toBe('');
    expect(document.activeElement).toBe(document.body);

    await userEvent.click(screen.getByRole('link', { name: '契約内容確認' }));
    const heading = await screen.findByRole('heading', { name: '契約情報 参照', level: 1 });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(live().getAttribute('role')).toBe('status');
    expect(live().textContent).toBe('契約情報 参照のページを表示しました。');
    expect(live().getAttribute('data-route-announced')).toBe('/contract');

    // a tab in the query is the screen's own: focus stays on the tab
    const tab = await screen.findByRole('tab', { name: 'netNACCS' });
    await userEvent.click(tab);
    await waitFor(() => expect(live().getAttribute('data-route-announced')).toBe('/contract?tab=netNACCS'));
    expect(document.activeElement).toBe(tab);
  });

  it('offers 「本文へスキップ」 first, which moves focus to the main content', async () => {
    await beginSession('NAC001', LOGIN_AT);
    renderApp('/contract');
    await screen.findByRole('heading', { name: '契約情報 参照' });
    await userEvent.tab();
    const skip = screen.getByRole('link', { name: '本文へスキップ' });
    expect(document.activeElement).toBe(skip);
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('main'));
  });

  it('keeps every part of an NSS page inside a landmark: the utility bar and the warning line too', async () => {
    await beginSession('NAC001', LOGIN_AT);
    renderApp('/contract');
    await screen.findByRole('heading', { name: '契約情報 参照' });
    expect(screen.getByRole('complementary', { name: '研修用シミュレーター' }).textContent).toContain('トレーナー用画面');
    expect(within(screen.getByRole('main')).getByText('ブラウザの戻るボタン、複数のタブ・ウィンドウは使用しないでください。')).toBeTruthy();
  });
});
