import { cleanup, screen, waitFor, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setClockTo } from '../../src/center/clock';
import ContractPage from '../../src/screens/contract/ContractPage';
import { registerUserCodeSetting } from '../../src/store/contracts';
import { db } from '../../src/store/db';
import { renderAt } from './render';
import { useDemoOffice } from './demo-office';

const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent);
const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(2); // two header rows
/** a table with one header row */
const plainRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);

describe('契約情報 参照', () => {
  useDemoOffice({ loginAt: Date.parse('2026-11-20T01:00:00Z'), prepare: () => setClockTo('2026-11-20', 10, 0) });

  it('opens on 事業所 with the office, 管理責任者, 管轄税関 and 料金プラン', async () => {
    renderAt(ContractPage, '/contract');
    const tab = await screen.findByRole('tab', { name: '事業所' });
    expect(tab.getAttribute('aria-selected')).toBe('true');
    const panel = screen.getByRole('tabpanel');
    expect(panel.getAttribute('aria-labelledby')).toBe(tab.id);
    for (const text of ['NAC001', 'ナックス商事株式会社', '東京事業所', '東京税関', '山田 次郎', 'kanri@nacks-shoji.example', '0300001112']) {
      expect(panel.textContent).toContain(text);
    }
    const plans = within(panel).getByRole('region', { name: '料金プラン' });
    expect(plans.textContent).toContain('netNACCSAプラン');
    expect(plans.textContent).toContain('一般NACCSBプラン');
    expect(screen.getByRole('link', { name: '契約情報を変更する' }).getAttribute('href')).toBe('/contract-change');
  });

  it('lists the 利用者コード with the English names and 業種 NACCS holds, 未登録 where none are registered', async () => {
    renderAt(ContractPage, '/contract');
    const block = await screen.findByRole('region', { name: '利用者コード' });
    expect(block.textContent).toContain('名称(英)と業種は、システム設定申込によりNACCSに登録されている内容です。');
    const table = within(block).getByRole('table', { name: '利用者コード' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      '利用者コード', '企業名(英)', '営業所名(英)', '営業所所在地(英)', '責任者名(英)', '区分', '業種', '他事業所と共用', '利用開始日',
    ]);
    const rows = within(table).getAllByRole('row').slice(1);
    const rowCells = (row: HTMLElement) => [
      within(row).getByRole('rowheader').textContent,
      ...within(row).getAllByRole('cell').map((c) => c.textContent),
    ];
    expect(rows.map(rowCells)).toEqual([
      ['1ANAC', 'NACCS TRADE COMPANY', 'TOKYO OFFICE', 'TOKYO TO MINATO KU KOUNAN 10-100-1 NACCS BLD. 20F', 'J.YAMADA', '海上', '通関業 通関士', '×', '2015/04/01'],
      ['1BNAC', 'NACCS TRADE COMPANY', 'TOKYO BONDED WAREHOUSE', 'TOKYO TO MINATO KU KOUNAN 10-100-1 NACCS BLD. 20F', 'S.HOZEI', '共用', '保税蔵置場', '○', '2016/10/01'],
      ['1CNAC', '未登録', '未登録', '未登録', '未登録', '海上', '未登録', '×', '2026/10/01'],
    ]);
    // 利用者コード stands between 管理責任者 and 料金プラン, as in 変更申込's change items.
    const titles = within(screen.getByRole('tabpanel')).getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(titles).toEqual(['事業所', '本社', '契約者', '管理責任者', '利用者コード', '料金プラン']);
  });

  it('shows the new names and 業種 of a code once a システム設定申込 has registered them', async () => {
    renderAt(ContractPage, '/contract');
    const table = await screen.findByRole('table', { name: '利用者コード' });
    await registerUserCodeSetting(
      '1CNAC',
      { company: 'NACCS TRADE COMPANY 3', office: 'YOKOHAMA OFFICE', address: '', manager: '' },
      ['通関業'],
    );
    const row = await waitFor(() => {
      const found = within(table).getByRole('row', { name: /1CNAC/ });
      expect(found.textContent).toContain('NACCS TRADE COMPANY 3');
      return found;
    });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      'NACCS TRADE COMPANY 3', 'YOKOHAMA OFFICE', '未登録', '未登録', '海上', '通関業', '×', '2026/10/01',
    ]);
  });

  it('shows the netNACCS 利用者ID and 論理端末 tables, with the tab in the URL', async () => {
    const { history } = renderAt(ContractPage, '/contract');
    await userEvent.click(await screen.findByRole('tab', { name: 'netNACCS' }));
    expect(history.get()).toBe('/contract?tab=netNACCS');

    const [ids, terminals] = within(screen.getByRole('tabpanel')).getAllByRole('table');
    const headers = within(ids).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual([
      '区分', '業種', '処理方式', '利用者ID', '管理統計資料', '保税管理資料保存サービス', '他事業所と共用', '利用開始日', '利用終了日',
      '利用者コード', '識別番号', 'パスワード', '有料分', '無料分',
    ]);
    // S2's パスワード column, masked, and where a trainee can see a password
    expect(screen.getByText(/※パスワードは表示していません。払い出された利用者IDのパスワードは、申込内容確認の「ID通知内容」/)).toBeTruthy();
    expect(bodyRows(ids).map(cells)).toEqual([
      ['海上', '通関業', 'net', '1ANAC', 'A0A', '*****', '○', '○', '×', '×', '2018/07/02', ''],
    ]);
    expect(within(terminals).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      '区分', '利用機器区分', 'パッケージソフト区分', '論理端末名', '他事業所と共用', '利用開始日', '利用終了日', 'デジタル証明書',
      '有効期限', '更新',
    ]);
    // the demo certificate was last renewed on the 利用開始日's anniversary (2026/07/02): valid one year
    expect(bodyRows(terminals).map(cells)).toEqual([['海上', 'net', 'net', '99999W', '×', '2018/07/02', '', '2027/07/01', '2027/06/03から更新可能']]);
    // nothing shared with the office: no second table
    expect(screen.queryByRole('table', { name: '他事業所と共用している論理端末' })).toBeNull();
  });

  it('共用: the office\'s 論理端末 names the office sharing it, and a terminal another office shares with it is listed with its 共用元', async () => {
    const own = (await db.terminals.where('officeCode').equals('NAC001').toArray()).find((t) => t.name === '99999W')!;
    await db.terminals.put({ ...own, sharedWith: ['NAC002'] });
    await db.terminals.put({ ...own, id: 'NAC002-77777W', officeCode: 'NAC002', name: '77777W', sharedWith: ['NAC001'] });
    renderAt(ContractPage, '/contract', '/contract?tab=netNACCS');
    const mine = await screen.findByRole('table', { name: '論理端末' });
    await waitFor(() => expect(cells(within(mine).getByRole('row', { name: /99999W/ })).slice(0, 5)).toEqual(['海上', 'net', 'net', '99999W', 'NAC002']));
    const shared = await screen.findByRole('table', { name: '他事業所と共用している論理端末' });
    expect(within(shared).getAllByRole('columnheader').map((h) => h.textContent).slice(0, 5)).toEqual(['共用元の事業所', '区分', '利用機器区分', 'パッケージソフト区分', '論理端末名']);
    expect(cells(within(shared).getByRole('row', { name: /77777W/ })).slice(0, 5)).toEqual(['NAC002', '海上', 'net', 'net', '77777W']);
  });

  it('says from 28 days before the 有効期限 that the certificate can be renewed, and after it that it must be reissued', async () => {
    await setClockTo('2027-06-03', 9, 0);
    renderAt(ContractPage, '/contract', '/contract?tab=netNACCS');
    const row = await screen.findByRole('row', { name: /99999W/ });
    expect(cells(row).slice(-2)).toEqual(['2027/07/01', '更新可能']);
    cleanup();
    await setClockTo('2027-07-02', 9, 0);
    renderAt(ContractPage, '/contract', '/contract?tab=netNACCS');
    expect(cells(await screen.findByRole('row', { name: /99999W/ })).slice(-2)).toEqual(['2027/07/01', '有効期限切れ(再発行が必要です)']);
  });

  it('shows what is in use today; an ID whose 利用終了日 has passed only with 「利用を終了したものも表示する」', async () => {
    await db.userIds.update('1ANACA0A', { endDate: '2026-11-01' });
    const { history } = renderAt(ContractPage, '/contract', '/contract?tab=netNACCS');
    await screen.findByRole('tab', { name: 'netNACCS' });
    const table = () => within(screen.getByRole('tabpanel')).queryAllByRole('table')[0];
    await waitFor(() => expect(screen.getByText('netNACCSの利用者IDはありません。')).toBeTruthy());
    await userEvent.click(screen.getByLabelText('利用を終了したものも表示する'));
    await waitFor(() => expect(bodyRows(table()!).map(cells)).toEqual([
      ['海上', '通関業', 'net', '1ANAC', 'A0A', '*****', '○', '○', '×', '×', '2018/07/02', '2026/11/01'],
    ]));
    expect(history.get()).toBe('/contract?tab=netNACCS&ended=1');
  });

  it('lists every other 処理方式 under 一般NACCS, with the shared 1BNAC marked', async () => {
    renderAt(ContractPage, '/contract', '/contract?tab=general');
    const tab = await screen.findByRole('tab', { name: '一般NACCS' });
    expect(tab.getAttribute('aria-selected')).toBe('true');
    const [table, terminals] = within(screen.getByRole('tabpanel')).getAllByRole('table');
    // 一般NACCS's 論理端末: no デジタル証明書 columns
    expect(plainRows(terminals).map(cells)).toEqual([
      ['海上', 'インタ', 'インタ', '482613G', '×', '2015/04/01', ''],
      ['航空', 'インタ', 'インタ', '482614G', '×', '2015/04/01', ''],
    ]);
    expect(bodyRows(table).map(cells)).toEqual([
      ['海上', '通関業', 'インタ', '1ANAC', 'A01', '*****', '○', '○', '×', '×', '2015/04/01', ''],
      ['海上', '通関業 通関士', 'インタ', '1ANAC', 'A02', '*****', '○', '○', '×', '×', '2019/04/08', ''],
      ['海上', '通関業', 'SMTP双方向', '1ANAC', 'Y01', '*****', '○', '○', '×', '×', '2021/04/01', ''],
      ['共用', '保税蔵置場', 'インタ', '1BNAC', 'B01', '*****', '○', '×', '○', '○', '2016/10/01', ''],
      ['海上', '通関業', 'インタ', '1CNAC', 'C01', '*****', '×', '×', '×', '×', '2026/10/01', ''],
    ]);
  });

  it('shows the 一般NACCS回線 and メールボックス, and the 請求先', async () => {
    const { history } = renderAt(ContractPage, '/contract', '/contract?tab=lines');
    const panel = await screen.findByRole('tabpanel');
    await waitFor(() => expect(within(panel).getAllByRole('table')).toHaveLength(2));
    const [lines, mailboxes] = within(panel).getAllByRole('table');
    expect(plainRows(lines).map(cells)).toEqual([['ブロードバンド光回線', 'ベストエフォート', '東京都港区港南十丁目100番1号 NACCSビル20階', '2015/04/01', '']]);
    expect(plainRows(mailboxes).map(cells)).toEqual([['海上', 'NAC001MB01', '2015/04/01', '']]);

    await userEvent.click(screen.getByRole('tab', { name: '請求先' }));
    expect(history.get()).toBe('/contract?tab=billing');
    const billing = screen.getByRole('tabpanel');
    expect(billing.textContent).toContain('1234567');
    expect(billing.textContent).toContain('銀行振込');
  });

  it('moves between tabs with the arrow keys', async () => {
    const { history } = renderAt(ContractPage, '/contract');
    const first = await screen.findByRole('tab', { name: '事業所' });
    first.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'netNACCS' }));
    expect(history.get()).toBe('/contract?tab=netNACCS');
    await userEvent.keyboard('{End}');
    expect(screen.getByRole('tab', { name: '請求先' }).getAttribute('aria-selected')).toBe('true');
    await userEvent.keyboard('{Home}');
    expect(history.get()).toBe('/contract');
  });
});
