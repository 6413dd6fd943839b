import { cleanup, screen, waitFor, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import SettingsPage from '../../src/screens/settings/SettingsPage';
import { exportBundle } from '../../src/sync/bundle';
import { getSyncConfig } from '../../src/sync/config';
import { setSyncStatus } from '../../src/sync/status';
import { db } from '../../src/store/db';
import { SyncBadge } from '../../src/ui/SyncBadge';
import { makeApplication } from '../support/applications';
import { resetDatabase, seedDemo } from '../support/db';
import { render } from '@solidjs/testing-library';
import { renderAt } from './render';

beforeEach(async () => {
  await resetDatabase();
  await seedDemo();
});
afterEach(() => {
  cleanup();
  setSyncStatus({ kind: 'off' });
});

const syncBlock = () => screen.findByRole('region', { name: '同期' });

describe('トレーナー用 設定 → 同期', () => {
  it('refuses a wrong URL and database name at the field and in the summary, and saves nothing', async () => {
    renderAt(SettingsPage, '/trainer/settings');
    const block = await syncBlock();
    await userEvent.click(await within(block).findByLabelText(/CouchDB互換サーバー/));
    await userEvent.clear(within(block).getByLabelText('サーバーのURL'));
    await userEvent.type(within(block).getByLabelText('サーバーのURL'), 'couch.local');
    await userEvent.clear(within(block).getByLabelText('データベース名'));
    await userEvent.type(within(block).getByLabelText('データベース名'), 'クラス1');
    await userEvent.click(within(block).getByRole('button', { name: '同期の設定を保存する' }));
    const summary = within(block).getByRole('alert');
    expect(summary.textContent).toContain('サーバーのURLは http:// または https:// で始まるURLを入力してください。');
    expect(within(block).getByLabelText('データベース名').getAttribute('aria-invalid')).toBe('true');
    expect(within(block).getByLabelText('サーバーのURL')).toHaveProperty('value', 'couch.local');
    expect((await getSyncConfig()).adapter).toBe('none');
  });

  it('a センター on a server needs a name; a 研修生 device is saved as such and says the center does not run here', async () => {
    renderAt(SettingsPage, '/trainer/settings');
    const block = await syncBlock();
    await userEvent.click(await within(block).findByLabelText(/CouchDB互換サーバー/));
    await userEvent.click(within(block).getByLabelText(/^センター：/));
    await userEvent.click(within(block).getByRole('button', { name: '同期の設定を保存する' }));
    expect(within(block).getByRole('alert').textContent).toContain('センターにする端末には、端末名を入力してください');
    await userEvent.click(within(block).getByLabelText(/サーバーを使わない/));
    await userEvent.click(within(block).getByLabelText(/^研修生：/));
    await userEvent.click(within(block).getByRole('button', { name: '同期の設定を保存する' }));
    await within(block).findByText('保存しました。');
    expect(await getSyncConfig()).toMatchObject({ role: 'trainee', adapter: 'none' });
    await within(block).findByText(/この端末は研修生の端末です。/);
  });
});

describe('トレーナー用 設定 → ファイルで同期', () => {
  const choose = async (bytes: Uint8Array, name: string) => {
    const block = await screen.findByRole('region', { name: 'ファイルで同期' });
    await userEvent.upload(within(block).getByLabelText('ファイルを読み込む'), new File([bytes as Uint8Array<ArrayBuffer>], name, { type: 'application/zip' }));
    return block;
  };

  it('reads a valid file and reports what it added, updated and left', async () => {
    await db.applications.put(makeApplication(1));
    const bytes = await exportBundle({ kind: 'applications' });
    await db.applications.clear();
    renderAt(SettingsPage, '/trainer/settings');
    const block = await choose(bytes, 'class.zip');
    await waitFor(() => expect(within(block).getByRole('status').textContent).toContain('class.zip を読み込みました。'));
    expect(within(block).getByRole('status').textContent).toContain('追加 1件、更新 0件、変更なし 0件');
    expect(await db.applications.count()).toBe(1);
  });

  it('refuses a future-version file, lists why and writes nothing', async () => {
    const bytes = zipSync({ 'manifest.json': strToU8(JSON.stringify({ format: 'nss-simulator-bundle', schemaVersion: 7, exportedAt: 0 })) });
    renderAt(SettingsPage, '/trainer/settings');
    const block = await choose(bytes, 'future.zip');
    const alert = await within(block).findByRole('alert');
    expect(alert.textContent).toContain('future.zip は読み込めませんでした。何も書き込んでいません。');
    expect(alert.textContent).toContain('新しいバージョンのアプリで書き出されたファイルです');
  });
});

describe('the sync badge', () => {
  it('says 同期済み, 未送信 N件, オフライン or エラー with the reason, and nothing when the device does not sync', () => {
    const { container } = render(() => <SyncBadge status={{ kind: 'off' }} />);
    expect(container.textContent).toBe('');
    cleanup();
    for (const [status, text] of [
      [{ kind: 'synced', at: 1 }, '同期済み'],
      [{ kind: 'pending', count: 3 }, '未送信 3件'],
      [{ kind: 'offline', pending: 2 }, 'オフライン（未送信 2件）'],
      [{ kind: 'error', reason: 'サーバーに接続できません。' }, 'エラー：サーバーに接続できません。'],
    ] as const) {
      render(() => <SyncBadge status={status} />);
      expect(screen.getByRole('status').textContent).toBe(text);
      cleanup();
    }
  });
});
