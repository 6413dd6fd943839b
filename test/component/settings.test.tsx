import { cleanup, screen, waitFor, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import SettingsPage from '../../src/screens/settings/SettingsPage';
import { attemptLogin } from '../../src/store/auth';
import { getOffice } from '../../src/store/contracts';
import { db } from '../../src/store/db';
import { getSetting } from '../../src/store/settings';
import { resetDatabase, seedDemo } from '../support/db';
import { renderAt } from './render';

const T0 = Date.parse('2026-11-20T01:00:00Z');

function stubStorage(persisted: boolean, grants: boolean) {
  const storage = {
    persisted: vi.fn(async () => persisted),
    persist: vi.fn(async () => {
      persisted = grants;
      return grants;
    }),
    estimate: vi.fn(async () => ({ usage: 1_572_864, quota: 2 * 1024 ** 3 })),
  };
  vi.stubGlobal('navigator', Object.assign(Object.create(navigator), { storage }));
  return storage;
}

describe('トレーナー用 設定', () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedDemo();
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows the storage state and asks for persistent storage only when the button is pressed', async () => {
    const storage = stubStorage(false, true);
    renderAt(SettingsPage, '/trainer/settings');
    const block = screen.getByRole('region', { name: 'データの保存' });
    await waitFor(() => expect(block.textContent).toContain('一時保存'));
    expect(block.textContent).toContain('1.5 MB（上限 約2.0 GB）');
    expect(storage.persist).not.toHaveBeenCalled();

    await userEvent.click(within(block).getByRole('button', { name: '永続保存を要求する' }));
    expect(storage.persist).toHaveBeenCalledOnce();
    await waitFor(() => expect(block.textContent).toContain('ブラウザが永続保存を許可しました。'));
    expect(block.textContent).toContain('永続保存（');
  });

  it('turns demo mode off and on', async () => {
    stubStorage(true, true);
    renderAt(SettingsPage, '/trainer/settings');
    const box = await screen.findByRole('checkbox', { name: 'ログイン画面にデモ用のログインIDとパスワードを表示する' });
    expect((box as HTMLInputElement).checked).toBe(true);
    await userEvent.click(box);
    await screen.findByText('デモモードをオフにしました。');
    expect(await getSetting('demo')).toEqual({ enabled: false });
  });

  it('saves the login lock settings, refuses values out of range, and lifts locks', async () => {
    stubStorage(true, true);
    renderAt(SettingsPage, '/trainer/settings');
    const failures = await screen.findByLabelText('ロックまでの失敗回数');
    await waitFor(() => expect((failures as HTMLInputElement).value).toBe('5'));
    const minutes = screen.getByLabelText('ロックする時間（分）');

    await userEvent.clear(failures);
    await userEvent.type(failures, '0');
    await userEvent.click(screen.getByRole('button', { name: '保存する' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'ロックまでの失敗回数は1から20までの半角数字で入力してください。',
    );
    await userEvent.clear(failures);
    await userEvent.type(failures, '3\u200B');
    await userEvent.click(screen.getByRole('button', { name: '保存する' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'ロックまでの失敗回数に入力できない文字「U+200B」(ゼロ幅の見えない文字)が含まれています。この文字を削除してから入力してください。',
      ),
    );

    await userEvent.clear(failures);
    await userEvent.type(failures, '3');
    await userEvent.clear(minutes);
    await userEvent.type(minutes, '10');
    await userEvent.click(screen.getByRole('button', { name: '保存する' }));
    await screen.findByText('ログインのロック設定を保存しました。');
    expect(await getSetting('login')).toEqual({ maxFailures: 3, lockMinutes: 10 });

    for (let i = 0; i < 3; i++) await attemptLogin('NAC001', 'x', T0);
    expect(await attemptLogin('NAC001', 'demo1234', T0)).toMatchObject({ reason: 'locked' });
    await userEvent.click(screen.getByRole('button', { name: 'ログインのロックを解除' }));
    await screen.findByText('すべての事業所のログインのロックを解除しました。');
    expect(await attemptLogin('NAC001', 'demo1234', T0)).toMatchObject({ ok: true });
  });

  it('「デモデータを初期化」 asks first, then restores the demo office', async () => {
    stubStorage(true, true);
    await db.offices.update('NAC001', { officeName: '練習で変えた名前' });
    renderAt(SettingsPage, '/trainer/settings');

    await userEvent.click(screen.getByRole('button', { name: 'デモデータを初期化' }));
    const dialog = screen.getByRole('alertdialog', { name: 'デモデータを初期化しますか？' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'キャンセル' }));
    expect((await getOffice('NAC001'))!.officeName).toBe('練習で変えた名前');

    await userEvent.click(screen.getByRole('button', { name: 'デモデータを初期化' }));
    await userEvent.click(screen.getByRole('button', { name: '初期化する' }));
    await screen.findByText('デモデータを初期化しました。', {}, { timeout: 10_000 });
    expect((await getOffice('NAC001'))!.officeName).toBe('東京事業所');
  });
});
