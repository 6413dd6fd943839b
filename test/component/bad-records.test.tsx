import { cleanup, render, screen, waitFor, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import SettingsPage from '../../src/screens/settings/SettingsPage';
import { forgetAllBadRecords } from '../../src/store/bad-records';
import { db } from '../../src/store/db';
import { getApplication, listOfficeApplications } from '../../src/store/applications';
import { getSetting } from '../../src/store/settings';
import { BadRecordsBanner } from '../../src/ui/BadRecords';
import { makeApplication, putApplications } from '../support/applications';
import { resetDatabase, seedDemo } from '../support/db';
import { renderAt } from './render';

/** An application an older build left without its 進行状況. */
async function putBrokenApplication(i: number): Promise<void> {
  const { history: _gone, ...broken } = makeApplication(i);
  await db.applications.put(broken as never);
}

describe('読み込めない記録', () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedDemo();
    forgetAllBadRecords();
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator), { storage: undefined }));
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('says above the page which record is skipped and what is wrong, closes, and comes back for a new one', async () => {
    await putApplications([makeApplication(1)]);
    await putBrokenApplication(2);
    render(() => <BadRecordsBanner />);
    expect(screen.queryByRole('alert')).toBeNull();

    expect((await listOfficeApplications('NAC001')).map((a) => a.receiptNo)).toEqual(['2642001C']);
    const banner = await screen.findByRole('alert');
    expect(within(banner).getByRole('heading').textContent).toBe('読み込めない記録が1件あります');
    expect(within(banner).getByRole('listitem').textContent).toBe('申込 2642002C：history がありません');
    expect(within(banner).getByRole('link').getAttribute('href')).toBe('/trainer/settings#bad-records');

    await userEvent.click(within(banner).getByRole('button', { name: '閉じる' }));
    expect(screen.queryByRole('alert')).toBeNull();
    await putBrokenApplication(3);
    await getApplication('app-3');
    expect(within(await screen.findByRole('alert')).getByRole('heading').textContent).toBe('読み込めない記録が2件あります');
  });

  it('lists every bad record in 設定 and removes one: a removed setting is back on its default', async () => {
    await putBrokenApplication(2);
    await db.settings.put({ key: 'clock', value: { offsetMs: 'soon' }, updatedAt: 1 });
    renderAt(SettingsPage, '/trainer/settings');
    const block = screen.getByRole('region', { name: '読み込めない記録' });
    const table = await within(block).findByRole('table', { name: '読み込めない記録' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => [...r.querySelectorAll('th, td')].slice(0, 3).map((c) => c.textContent))).toEqual([
      ['申込', '申込 2642002C', 'history がありません'],
      ['設定', '設定「模擬時計」', 'value.offsetMs の値が正しくありません（"soon"）'],
    ]);

    await userEvent.click(within(block).getByRole('button', { name: '設定「模擬時計」を削除する' }));
    await within(block).findByText('設定「模擬時計」を削除しました。');
    expect(within(block).getAllByRole('row')).toHaveLength(2);
    expect(await db.settings.get('clock')).toBeUndefined();
    expect(await getSetting('clock')).toEqual({ offsetMs: 0 });

    await userEvent.click(within(block).getByRole('button', { name: '申込 2642002Cを削除する' }));
    await waitFor(() => expect(within(block).getByText('読み込めない記録はありません。')).toBeTruthy());
    expect(await db.applications.get('app-2')).toBeUndefined();
  });
});
