import { cleanup, screen, waitFor, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { useLocation } from '@solidjs/router';
import { describe, expect, it } from 'vitest';
import { jstMs } from '../../src/domain/time';
import ApplicationDetailPage, { STANDARD_DAYS_WARNING } from '../../src/screens/applications/ApplicationDetailPage';
import { acceptKind, type ApplicationKind } from '../../src/domain/application';
import { registerKind } from '../../src/kinds/registry';
import { systemSettingKind } from '../../src/kinds/system-setting/kind';
import { getApplication } from '../../src/store/applications';
import { makeApplication, putApplications } from '../support/applications';
import { renderRoutes } from './render';
import { useDemoOffice } from './demo-office';

function WizardStub() {
  const location = useLocation();
  return <p>wizard at {location.pathname + location.search}</p>;
}

const render = (id = 'app-1') =>
  renderRoutes(
    [
      { path: '/applications/:id', component: ApplicationDetailPage },
      { path: '/system-setting', component: WizardStub },
    ],
    `/applications/${id}`,
  );

const REQUEST_TEXT = '19NACで入力された輸出入者コード(JASTPRO)の体系が違います。コードを確認頂き修正入力をお願いします。';

function inRequest() {
  const app = makeApplication(1, { status: '確認依頼' });
  app.history.push({ item: 'システム設定申込 回答(確認依頼)', at: jstMs('2026-11-04', 9), notice: REQUEST_TEXT, status: '確認依頼' });
  return app;
}

describe('申込内容 参照 (detail)', () => {
  useDemoOffice();

  it('shows the breadcrumb, 申込概要 and the 進行状況 of seed 000', async () => {
    await putApplications([inRequest()]);
    render();
    expect(await screen.findByRole('heading', { level: 1, name: 'システム設定申込内容 参照' })).toBeTruthy();
    const crumbs = screen.getByRole('navigation', { name: 'パンくずリスト' });
    expect(crumbs.textContent).toBe('申込情報一覧システム設定申込詳細');
    const overview = screen.getByRole('region', { name: '申込概要' });
    const cells = within(overview)
      .getAllByRole('row')
      .map((r) => r.textContent);
    // seed 000: システム設定申込内容 参照 → システム設定情報申込内容 → 申込概要 (exactly these four)
    expect(cells).toEqual(['受付番号2642001C', '申込日時2026/11/03 10:00', 'ステータス確認依頼', 'NACCS登録日未確定']);
    const content = screen.getByRole('region', { name: 'システム設定情報申込内容' });
    expect(content.contains(overview)).toBe(true);
    const headings = screen.getAllByRole('heading').map((h) => h.textContent);
    expect(headings.slice(0, 3)).toEqual(['システム設定申込内容 参照', 'システム設定情報申込内容', '申込概要']);
    const progress = within(screen.getByRole('region', { name: '進行状況' })).getAllByRole('row');
    expect(progress.map((r) => Array.from(r.children).map((c) => c.textContent))).toEqual([
      ['作業項目', '作業日', '通知内容'],
      ['システム設定申込', '2026/11/03', ''],
      ['システム設定申込 回答(確認依頼)', '2026/11/04', REQUEST_TEXT],
    ]);
    expect(screen.getByRole('link', { name: '一覧表示に戻る' }).getAttribute('href')).toBe('/applications');
  });

  it('shows a 通関士IDの追加 as seed 002 利用申込詳細, with 申込分類 「変更(通関士)」', async () => {
    await putApplications([
      makeApplication(3, {
        kind: 'broker-id',
        receiptNo: '2642003B',
        payload: { rows: [{ userCode: '1ANAC', method: 'SMTP双方向', count: 1 }] },
        history: [{ item: '通関士ID追加申込', at: jstMs('2026-11-05', 10), notice: '', status: '受付' }],
      }),
    ]);
    render('app-3');
    const summary = await screen.findByRole('region', { name: '申込内容' });
    const rows = within(summary).getAllByRole('row').map((r) => r.textContent);
    expect(rows).toContain('申込分類変更(通関士)');
    expect(rows).toContain('申込分類(特殊)-');
    expect(rows).toContain('利用開始希望日20261201');
    const content = await screen.findByRole('region', { name: '申込情報詳細' });
    await waitFor(() => expect(content.textContent).toContain('SMTP双方向'));
  });

  it('shows what the kind filed through its registered view, and says what is wrong with a record of a kind this app does not know', async () => {
    await putApplications([
      makeApplication(1),
      makeApplication(2, { kind: 'from-a-newer-device' as ApplicationKind, receiptNo: '2642002D', payload: {} }),
    ]);
    render();
    const content = await screen.findByRole('region', { name: 'システム設定情報申込内容' });
    await waitFor(() => expect(content.textContent).toContain('NACCS TRADE COMPANY'));
    cleanup();
    render('app-2');
    const note = await screen.findByRole('alert');
    expect(note.textContent).toContain(
      'この申込の記録は形式が正しくないため表示できません（kind：このアプリの知らない申込種別です（"from-a-newer-device"））。',
    );
    expect(within(note).getByRole('link', { name: '読み込めない記録を確認する' }).getAttribute('href')).toBe(
      '/trainer/settings#bad-records',
    );
  });

  it('keeps the rest of the detail when a kind view fails', async () => {
    const unregister = registerKind({
      ...systemSettingKind,
      kind: 'test-broken-view' as ApplicationKind,
      view: async () => ({
        default: () => {
          throw new Error('broken view');
        },
      }),
    });
    try {
      await putApplications([makeApplication(2, { kind: 'test-broken-view' as ApplicationKind, receiptNo: '2642002D', payload: {} })]);
      render('app-2');
      expect(await screen.findByText('申込内容を表示できませんでした。')).toBeTruthy();
      expect(screen.getByRole('region', { name: '申込概要' }).textContent).toContain('2642002D');
      expect(screen.getByRole('region', { name: '進行状況' })).toBeTruthy();
    } finally {
      unregister();
    }
  });

  it('in 確認依頼, 修正 reopens the wizard with ?amends=<id>', async () => {
    await putApplications([inRequest()]);
    const user = userEvent.setup();
    render();
    await user.click(await screen.findByRole('button', { name: 'システム設定申込を修正する' }));
    expect(await screen.findByText('wizard at /system-setting?amends=app-1')).toBeTruthy();
  });

  it('in 確認依頼, 取下げ asks first; キャンセル keeps it, 取り下げる withdraws it', async () => {
    await putApplications([inRequest()]);
    const user = userEvent.setup();
    render();
    await user.click(await screen.findByRole('button', { name: 'システム設定申込を取り下げる' }));
    const dialog = screen.getByRole('alertdialog', { name: 'システム設定申込を取り下げますか？' });
    expect(dialog.textContent).toContain('申込受付番号「2642001C」のシステム設定申込を取り下げます。');
    await user.click(within(dialog).getByRole('button', { name: 'キャンセル' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect((await getApplication('app-1'))!.status).toBe('確認依頼');

    await user.click(screen.getByRole('button', { name: 'システム設定申込を取り下げる' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: '取り下げる' }));
    await waitFor(() => expect(screen.getByRole('region', { name: '申込概要' }).textContent).toContain('ステータス取下げ'));
    expect(screen.queryByRole('button', { name: 'システム設定申込を修正する' })).toBeNull();
    expect(screen.getByRole('region', { name: '進行状況' }).textContent).toContain('システム設定申込 取下げ');
  });

  it.each(['受付', '内容確認中', '審査終了', '利用開始', '取下げ'] as const)('offers neither 修正 nor 取下げ in %s', async (status) => {
    await putApplications([makeApplication(1, { status })]);
    render();
    await screen.findByRole('region', { name: '申込概要' });
    expect(screen.queryByRole('button', { name: /を修正する|を取り下げる/ })).toBeNull();
  });

  it('shows the confirmed date and warns when the wish was shorter than the standard days', async () => {
    await putApplications([
      makeApplication(1, { status: '審査終了', desiredDate: '2026-11-05', confirmedDate: '2026-11-09', reviewEndedAt: jstMs('2026-11-04', 9) }),
    ]);
    render();
    const overview = await screen.findByRole('region', { name: '申込概要' });
    expect(overview.textContent).toContain('NACCS登録日2026/11/09');
    expect(await within(overview).findByText(STANDARD_DAYS_WARNING)).toBeTruthy();
  });

  it('does not warn when the wish respects the standard days', async () => {
    await putApplications([makeApplication(1)]);
    render();
    await screen.findByRole('region', { name: '申込概要' });
    expect(screen.queryByText(STANDARD_DAYS_WARNING)).toBeNull();
  });

  it('offers まとめてダウンロードする, disabled with a note when there are no attachments', async () => {
    const file = { id: 'f1', name: '貨物引渡義務登録調査票.xlsx', size: 37_000, type: '' };
    // a stored kind this app has no definition for (say, from a newer device)
    const forget = acceptKind('retired-kind');
    await putApplications([
      makeApplication(1, { attachments: [file] }),
      makeApplication(2),
      makeApplication(3, { kind: 'retired-kind' as ApplicationKind, receiptNo: '2642003D', payload: {}, attachments: [file] }),
    ]);
    render();
    const button = (await screen.findByRole('button', { name: 'まとめてダウンロードする' })) as HTMLButtonElement;
    expect(button.disabled).toBe(false);
    cleanup();
    render('app-2');
    const none = (await screen.findByRole('button', { name: 'まとめてダウンロードする' })) as HTMLButtonElement;
    expect(none.disabled).toBe(true);
    expect(screen.getByText('ダウンロードできる添付ファイルはありません。')).toBeTruthy();
    cleanup();
    // a kind without its own view: the detail lists the files itself
    render('app-3');
    const files = await screen.findByRole('region', { name: '添付ファイル' });
    expect(files.textContent).toContain('貨物引渡義務登録調査票.xlsx');
    expect(within(files).getByRole('button', { name: 'まとめてダウンロードする' })).toBeTruthy();
    forget();
  });

  it('does not show another office\'s application', async () => {
    await putApplications([makeApplication(1, { officeCode: 'NAC002' })]);
    render();
    expect(await screen.findByText('申込が見つかりません。')).toBeTruthy();
  });
});
