import Dexie from 'dexie';
import { cleanup, render, screen } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/store/db';
import { clearStorageProblem, storageProblem } from '../../src/store/errors';
import { setSetting } from '../../src/store/settings';
import { StorageBanner } from '../../src/ui/StorageBanner';

describe('the storage banner', () => {
  beforeEach(async () => {
    await db.open();
    clearStorageProblem();
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('says what happened and what to do, and can be closed only once the problem is gone', async () => {
    render(() => <StorageBanner problem={storageProblem()} onDismiss={clearStorageProblem} />);
    expect(screen.queryByRole('alert')).toBeNull();

    const quota = new DOMException('quota', 'QuotaExceededError');
    vi.spyOn(db.settings, 'put').mockRejectedValueOnce(new Dexie.AbortError('aborted', quota));
    await expect(setSetting('demo', { enabled: true })).rejects.toThrow();

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('データの保存に問題があります');
    expect(alert.textContent).toContain('この端末の保存容量が不足したため、データを保存できませんでした。');
    expect(alert.textContent).toContain('対処方法：入力内容は画面に残っています。');
    expect(screen.queryByRole('button', { name: '閉じる' })).toBeNull();

    await setSetting('demo', { enabled: true }); // the next write goes through
    const status = await screen.findByRole('status');
    expect(status.textContent).toContain('データの保存に関する問題は解消しました');
    await userEvent.click(screen.getByRole('button', { name: '閉じる' }));
    expect(screen.queryByRole('status')).toBeNull();
    expect(storageProblem()).toBeNull();
  });
});
