import { screen, waitFor, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import ApplicationsPage from '../../src/screens/applications/ApplicationsPage';
import { db } from '../../src/store/db';
import { makeApplication, putApplications } from '../support/applications';
import { renderAt } from './render';
import { useDemoOffice } from './demo-office';

const table = () => screen.findByRole('table', { name: '申込情報一覧' });
const bodyRows = async () => within(await table()).getAllByRole('row').slice(1) as HTMLTableRowElement[];
/** The 受付番号 column once it reads `expected` (the list reads its page from the store after each change). */
const expectReceipts = (expected: string[]) =>
  waitFor(async () => expect((await bodyRows()).map((r) => r.cells[1].textContent)).toEqual(expected));

describe('申込情報一覧', () => {
  useDemoOffice();

  it('lists the office\'s applications newest first with kind, 受付番号, 申込日, ステータス and both dates', async () => {
    await putApplications([
      makeApplication(1, { status: '審査終了', confirmedDate: '2026-12-02' }),
      makeApplication(2, { kind: 'broker-id', receiptNo: '2642002B', status: '確認依頼' }),
      makeApplication(3, { officeCode: 'NAC002', receiptNo: '2642003C' }),
    ]);
    renderAt(ApplicationsPage, '/applications');
    const rows = await bodyRows();
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => Array.from(r.cells).slice(0, 6).map((c) => c.textContent))).toEqual([
      ['通関士IDの追加', '2642002B', '2026/11/04', '確認依頼', '2026/12/01', '―'],
      ['システム設定申込', '2642001C', '2026/11/03', '審査終了', '2026/12/01', '2026/12/02'],
    ]);
    expect(within(rows[0]).getByRole('link', { name: '受付番号2642002Bの詳細' }).getAttribute('href')).toBe('/applications/app-2');
  });

  it('shows the office\'s drafts as 作成中 with a way back into the wizard', async () => {
    await db.drafts.bulkPut([
      { id: 'd1', officeCode: 'NAC001', kind: 'system-setting', createdAt: 0, state: {}, attachments: [], updatedAt: 5, rev: 1 },
      { id: 'd2', officeCode: 'NAC001', kind: 'system-setting', createdAt: 0, state: {}, attachments: [], updatedAt: 4, rev: 1, deleted: 1 },
      { id: 'd3', officeCode: 'NAC001', kind: 'system-setting', amends: 'app-9', createdAt: 0, state: {}, attachments: [], updatedAt: 3, rev: 1 },
    ]);
    await putApplications([makeApplication(1)]);
    renderAt(ApplicationsPage, '/applications');
    const rows = await bodyRows();
    expect(rows.map((r) => r.cells[3].textContent)).toEqual(['作成中', '作成中', '受付']);
    const links = within(rows[0]).getAllByRole('link');
    expect(links.map((l) => l.getAttribute('href'))).toEqual(['/system-setting']);
    expect(within(rows[1]).getByRole('link').getAttribute('href')).toBe('/system-setting?amends=app-9');
  });

  it('filters by kind and status and keeps the filter in the URL', async () => {
    await putApplications([
      makeApplication(1, { status: '審査終了' }),
      makeApplication(2, { status: '確認依頼' }),
      makeApplication(3, { kind: 'broker-id', receiptNo: '2642003B', status: '確認依頼' }),
    ]);
    const user = userEvent.setup();
    const { history } = renderAt(ApplicationsPage, '/applications');
    await table();
    await user.selectOptions(screen.getByLabelText('ステータス'), '確認依頼');
    await expectReceipts(['2642003B', '2642002C']);
    await user.selectOptions(screen.getByLabelText('申込種別'), 'system-setting');
    await expectReceipts(['2642002C']);
    expect(history.get()).toContain('status=%E7%A2%BA%E8%AA%8D%E4%BE%9D%E9%A0%BC');
    expect(history.get()).toContain('kind=system-setting');
  });

  it('searches by part of the 受付番号, also typed in full-width', async () => {
    await putApplications([makeApplication(1), makeApplication(12), makeApplication(13)]);
    const user = userEvent.setup();
    renderAt(ApplicationsPage, '/applications');
    await table();
    await user.type(screen.getByLabelText('受付番号'), '０１２');
    await user.click(screen.getByRole('button', { name: '検索' }));
    await expectReceipts(['2642012C']);
  });

  it('says so when nothing matches', async () => {
    renderAt(ApplicationsPage, '/applications', '/applications?q=9999');
    expect(await screen.findByText('該当する申込はありません。')).toBeTruthy();
  });

  it('pages by 10, and the page is in the URL', async () => {
    await putApplications(Array.from({ length: 23 }, (_, i) => makeApplication(i + 1)));
    const user = userEvent.setup();
    const { history } = renderAt(ApplicationsPage, '/applications');
    expect(await bodyRows()).toHaveLength(10);
    expect(screen.getByText('全23件中 1〜10件を表示')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '3ページ' }));
    expect(history.get()).toContain('page=3');
    await expectReceipts(['2642003C', '2642002C', '2642001C']);
    expect(screen.getByText('全23件中 21〜23件を表示')).toBeTruthy();
    expect((screen.getByRole('button', { name: '次へ' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('opens on the page the URL names (reload, back)', async () => {
    await putApplications(Array.from({ length: 12 }, (_, i) => makeApplication(i + 1)));
    renderAt(ApplicationsPage, '/applications', '/applications?page=2');
    expect((await bodyRows()).map((r) => r.cells[1].textContent)).toEqual(['2642002C', '2642001C']);
  });

  it('pages drafts then applications, and shows a window of page numbers when there are many', async () => {
    await db.drafts.bulkPut(
      Array.from({ length: 3 }, (_, i) => ({
        id: `d${i}`,
        officeCode: 'NAC001',
        kind: 'system-setting' as const,
        createdAt: 0,
        state: {},
        attachments: [],
        updatedAt: 10 - i,
        rev: 1,
      })),
    );
    await putApplications(Array.from({ length: 117 }, (_, i) => makeApplication(i + 1)));
    const user = userEvent.setup();
    renderAt(ApplicationsPage, '/applications', '/applications?page=2');
    await expectReceipts(['2642110C', '2642109C', '2642108C', '2642107C', '2642106C', '2642105C', '2642104C', '2642103C', '2642102C', '2642101C']);
    expect(screen.getByText('全120件中 11〜20件を表示')).toBeTruthy();
    const pager = screen.getByRole('navigation', { name: 'ページ送り' });
    const labels = () => within(pager).getAllByRole('button').map((b) => b.textContent);
    expect(labels()).toEqual(['前へ', '1', '2', '3', '4', '12', '次へ']);
    await user.click(within(pager).getByRole('button', { name: '4ページ' }));
    await waitFor(() => expect(labels()).toEqual(['前へ', '1', '2', '3', '4', '5', '6', '12', '次へ']));
    await user.click(within(pager).getByRole('button', { name: '6ページ' }));
    await waitFor(() => expect(labels()).toEqual(['前へ', '1', '4', '5', '6', '7', '8', '12', '次へ']));
    expect(within(pager).getAllByText('…')).toHaveLength(2);
    await user.click(within(pager).getByRole('button', { name: '12ページ' }));
    await expectReceipts(Array.from({ length: 10 }, (_, i) => `26420${String(10 - i).padStart(2, '0')}C`));
  });

  it('filters the drafts with the kind and leaves them out of a status or 受付番号 search', async () => {
    await db.drafts.bulkPut([
      { id: 'd1', officeCode: 'NAC001', kind: 'system-setting', createdAt: 0, state: {}, attachments: [], updatedAt: 5, rev: 1 },
      { id: 'd2', officeCode: 'NAC001', kind: 'broker-id', createdAt: 0, state: {}, attachments: [], updatedAt: 4, rev: 1 },
    ]);
    await putApplications([makeApplication(1)]);
    const user = userEvent.setup();
    renderAt(ApplicationsPage, '/applications', '/applications?kind=broker-id');
    const shown = async () => (await bodyRows()).map((r) => `${r.cells[0].textContent} ${r.cells[3].textContent}`);
    await waitFor(async () => expect(await shown()).toEqual(['通関士IDの追加 作成中']));
    await user.selectOptions(screen.getByLabelText('申込種別'), '');
    await waitFor(async () => expect(await shown()).toEqual(['システム設定申込 作成中', '通関士IDの追加 作成中', 'システム設定申込 受付']));
    await user.selectOptions(screen.getByLabelText('ステータス'), '受付');
    await waitFor(async () => expect(await shown()).toEqual(['システム設定申込 受付']));
    await user.selectOptions(screen.getByLabelText('ステータス'), '');
    await user.type(screen.getByLabelText('受付番号'), '2642');
    await user.click(screen.getByRole('button', { name: '検索' }));
    await waitFor(async () => expect(await shown()).toEqual(['システム設定申込 受付']));
  });
});

describe('申込情報一覧: a 「競合したコピー」 from sync', () => {
  useDemoOffice();

  it('shows the copy with its mark, opens that very draft and discards it', async () => {
    await db.drafts.bulkPut([
      { id: 'd1', officeCode: 'NAC001', kind: 'system-setting', createdAt: 0, state: { v: 'kept' }, attachments: [], updatedAt: 9, rev: 2 },
      { id: 'd1~abc', officeCode: 'NAC001', kind: 'system-setting', createdAt: 0, state: { v: 'lost' }, attachments: [], updatedAt: 8, rev: 2, conflictOf: 'd1' },
    ]);
    renderAt(ApplicationsPage, '/applications');
    const rows = await bodyRows();
    expect(rows.map((r) => r.cells[0].textContent)).toEqual(['システム設定申込', 'システム設定申込競合したコピー']);
    expect(within(rows[1]).getByRole('link', { name: 'システム設定申込の競合したコピーを開く' }).getAttribute('href')).toBe('/system-setting?draft=d1%7Eabc');
    await userEvent.click(within(rows[1]).getByRole('button', { name: 'システム設定申込の競合したコピーを破棄する' }));
    await vi.waitFor(async () => expect(await bodyRows()).toHaveLength(1));
    expect((await db.drafts.get('d1~abc'))?.deleted).toBe(1);
    expect((await db.drafts.get('d1'))?.deleted).toBeUndefined();
  });
});
