import { cleanup, screen, waitFor, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Mail } from '../../src/domain/mail';
import { jstMs } from '../../src/domain/time';
import MailboxPage from '../../src/screens/mailbox/MailboxPage';
import { db } from '../../src/store/db';
import { resetDatabase } from '../support/db';
import { renderAt } from './render';

const mail = (id: string, to: string, at: number, subject: string, read = false): Mail => ({
  id,
  to,
  role: to.startsWith('kanri') ? '管理責任者' : '申込担当者',
  officeCode: 'NAC001',
  at,
  subject,
  body: `${subject}\n\n申込受付番号：2642001C`,
  read,
  updatedAt: 1,
  rev: 1,
});

describe('受信箱', () => {
  beforeEach(async () => {
    await resetDatabase();
    await db.mails.bulkAdd([
      mail('m1', 'kanri@nacks-shoji.example', jstMs('2026-11-20', 13, 15), '【NSS】システム設定申込受付完了のお知らせ', true),
      mail('m2', 'kanri@nacks-shoji.example', jstMs('2026-11-24', 9), '【NSS】申込内容確認のお願い'),
      mail('m3', 'taro@nacks-shoji.example', jstMs('2026-11-20', 13, 15), '【NSS】システム設定申込受付完了のお知らせ'),
    ]);
  });
  afterEach(cleanup);

  it('lists every address with its unread count and the mails newest first, unread marked', async () => {
    renderAt(MailboxPage, '/trainer/mailbox');
    const select = (await screen.findByLabelText('宛先')) as HTMLSelectElement;
    expect(Array.from(select.options).map((o) => o.textContent)).toEqual([
      'kanri@nacks-shoji.example（未読1件）',
      'taro@nacks-shoji.example（未読1件）',
    ]);
    const rows = within(await screen.findByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      '2026/11/24 09:00未読【NSS】申込内容確認のお願い',
      '2026/11/20 13:15【NSS】システム設定申込受付完了のお知らせ',
    ]);
  });

  it('opens a mail to read its body and marks it read', async () => {
    const user = userEvent.setup();
    const { history } = renderAt(MailboxPage, '/trainer/mailbox');
    await user.click(await screen.findByRole('button', { name: '未読【NSS】申込内容確認のお願い' }));
    const view = await screen.findByRole('article', { name: '【NSS】申込内容確認のお願い' });
    expect(view.textContent).toContain('申込受付番号：2642001C');
    expect(view.textContent).toContain('kanri@nacks-shoji.example（管理責任者）');
    await waitFor(async () => expect((await db.mails.get('m2'))!.read).toBe(true));
    expect(history.get()).toContain('mail=m2');
    await waitFor(() => expect(screen.queryByText('未読')).toBeNull());
  });

  it('switches to another address', async () => {
    const user = userEvent.setup();
    renderAt(MailboxPage, '/trainer/mailbox');
    await user.selectOptions(await screen.findByLabelText('宛先'), 'taro@nacks-shoji.example');
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2));
  });

  it('says so when no mail was sent yet', async () => {
    await db.mails.clear();
    renderAt(MailboxPage, '/trainer/mailbox');
    expect(await screen.findByText('受信したメールはありません。')).toBeTruthy();
  });
});
