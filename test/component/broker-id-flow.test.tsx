import { screen, waitFor, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setClockTo } from '../../src/center/clock';
import { submitApplication } from '../../src/center/submit';
import { trainerPickup, trainerRequest } from '../../src/center/trainer';
import { nssRoutes } from '../../src/screens/broker-id/routes';
import { emptyState } from '../../src/screens/broker-id/state';
import { getApplication, listOfficeApplications } from '../../src/store/applications';
import { dexieDraftStore } from '../../src/store/drafts';
import { TEST_CONTACT } from '../support/test-kinds';
import { useDemoOffice } from './demo-office';
import { renderRoutes } from './render';

useDemoOffice({ prepare: () => setClockTo('2026-11-20', 10, 0) });

async function openIdsStep() {
  const state = emptyState();
  state.contact = TEST_CONTACT;
  const d = await dexieDraftStore.create({ officeCode: 'NAC001', kind: 'broker-id', state });
  renderRoutes(nssRoutes, `/broker-id/ids?draft=${d.id}`);
  await screen.findByRole('heading', { name: '通関士用利用者ID 入力', level: 1 });
  return d;
}

describe('通関士IDの追加 wizard', () => {
  it('starts from the guidance with 「通関士IDを追加する」 and the 申込担当者 step leads to the ID input', async () => {
    const user = userEvent.setup();
    renderRoutes(nssRoutes, '/broker-id');
    expect(await screen.findByRole('heading', { name: '通関士IDガイダンス', level: 1 })).toBeTruthy();
    expect(screen.getAllByText(/1通関士に対して2つ以上の処理方式を使用する場合は/).length).toBeGreaterThan(0);
    await user.click(await screen.findByRole('button', { name: '通関士IDを追加する' }));
    await screen.findByRole('heading', { name: '申込担当者 入力', level: 1 });
    // seed 004: the 受付完了 mail goes to the 申込担当者 only
    expect(screen.getByText('申込受付完了のE-mailは、「申込担当者」宛にお知らせします。')).toBeTruthy();
    expect(document.body.textContent).not.toContain('申込受付・完了通知等は、「申込担当者」及び「管理責任者」宛');
    await user.click(screen.getByRole('button', { name: '通関士用利用者IDの入力へ進む' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: '氏名(姓)を入力してください。' })).toBeTruthy();
  });

  it('shows the office\'s customs codes and sets rows with 「設定する」, with R13 and the seed\'s checks', async () => {
    const user = userEvent.setup();
    await openIdsStep();
    const contract = screen.getByRole('table', { name: '契約情報' });
    expect((await within(contract).findAllByText('1ANAC')).length).toBe(4);
    expect(within(contract).getByText('SMTP双方向')).toBeTruthy();
    expect(within(contract).queryByText('1BNAC')).toBeNull(); // 保税 only

    // 「※すべての処理方式」: the 処理方式 of the chosen code, SMTP双方向 included
    const methods = () => within(screen.getByRole('group', { name: /^処理方式/ })).getAllByRole('radio').map((r) => r.getAttribute('value'));
    expect(methods()).toEqual(['インタ', 'net', 'SMTP双方向']);
    await user.click(screen.getByLabelText('1CNAC'));
    await waitFor(() => expect(methods()).toEqual(['インタ']));
    await user.click(screen.getByLabelText('1ANAC'));
    await waitFor(() => expect(methods()).toEqual(['インタ', 'net', 'SMTP双方向']));
    await user.click(screen.getByLabelText('SMTP双方向'));
    await user.type(screen.getByLabelText(/^追加する通関士IDの数/), '1');
    await user.click(screen.getByRole('button', { name: '設定する' }));
    await waitFor(() => expect(within(screen.getByRole('table', { name: '申込情報' })).getByText('SMTP双方向')).toBeTruthy());
    await user.click(within(screen.getByRole('table', { name: '申込情報' })).getByRole('button', { name: '1ANAC SMTP双方向を削除' }));

    // nothing chosen, a 全角 digit in the count
    await user.type(screen.getByLabelText(/^追加する通関士IDの数/), '２');
    await user.click(screen.getByRole('button', { name: '設定する' }));
    let summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: '利用者コードを選択してください。' })).toBeTruthy();
    expect(within(summary).getByRole('link', { name: '処理方式を選択してください。' })).toBeTruthy();
    expect(within(summary).getByRole('link', { name: /追加する通関士IDの数は半角数字で入力してください。全角の数字/ })).toBeTruthy();
    expect((screen.getByLabelText(/^追加する通関士IDの数/) as HTMLInputElement).value).toBe('２');

    await user.click(screen.getByLabelText('1ANAC'));
    await user.click(screen.getByLabelText('インタ'));
    await user.clear(screen.getByLabelText(/^追加する通関士IDの数/));
    await user.type(screen.getByLabelText(/^追加する通関士IDの数/), '2');
    await user.click(screen.getByRole('button', { name: '設定する' }));
    const rows = screen.getByRole('table', { name: '申込情報' });
    await waitFor(() => expect(within(rows).getByText('インタ')).toBeTruthy());

    // the same broker on net needs a second ID (R13): a net row is fine, a second インタ row is not
    await user.click(screen.getByLabelText('1ANAC'));
    await user.click(screen.getByLabelText('インタ'));
    await user.type(screen.getByLabelText(/^追加する通関士IDの数/), '1');
    await user.click(screen.getByRole('button', { name: '設定する' }));
    summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: /1ANACの処理方式「インタ」は申込情報に設定済みです。/ })).toBeTruthy();
    await user.click(screen.getByLabelText('net'));
    await user.click(screen.getByRole('button', { name: '設定する' }));
    await waitFor(() => expect(within(rows).getByText('net')).toBeTruthy());
    expect(within(rows).getByText('追加する通関士IDの合計').closest('tr')!.textContent).toContain('3');

    // 修正 puts the row back into the inputs; 設定する replaces it
    await user.click(within(rows).getByRole('button', { name: '1ANAC netを修正' }));
    const count = screen.getByLabelText(/^追加する通関士IDの数/) as HTMLInputElement;
    await waitFor(() => expect(count.value).toBe('1'));
    await user.clear(count);
    await user.type(count, '2');
    await user.click(screen.getByRole('button', { name: '設定する' }));
    await waitFor(() => expect(within(rows).getByText('追加する通関士IDの合計').closest('tr')!.textContent).toContain('4'));
    await user.click(within(rows).getByRole('button', { name: '1ANAC インタを削除' }));
    await waitFor(() => expect(within(rows).queryByText('インタ')).toBeNull());
  });

  it('asks for a 利用開始希望日 that is a business day and warns when it is closer than the standard days', async () => {
    const user = userEvent.setup();
    await openIdsStep();
    const date = screen.getByLabelText(/^利用開始希望日/);
    // seed 004's note under 利用開始日に関する項目
    expect(
      within(screen.getByRole('region', { name: '利用開始日に関する項目' })).getByText(
        /※スケジュール以外の日付を指定しますと、ご希望に添えない利用開始日となる場合があります。予めご了承ください。/,
      ),
    ).toBeTruthy();
    await user.type(date, '20261123');
    await user.click(screen.getByRole('button', { name: '申込内容確認へ進む' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: /利用開始希望日の2026\/11\/23\(月\)は祝日\(勤労感謝の日\)のため指定できません。/ })).toBeTruthy();
    expect(within(summary).getByRole('link', { name: '識別番号の追加に関する項目を入力し、「設定する」ボタンをクリックしてください。' })).toBeTruthy();
    await user.clear(date);
    await user.type(date, '20261124');
    expect(await screen.findByText(/「申込日」と「利用開始希望日」の間隔が標準日数より短いため/)).toBeTruthy();
    await user.clear(date);
    await user.type(date, '20261201');
    await waitFor(() => expect(screen.queryByText(/間隔が標準日数より短いため/)).toBeNull());
  });

  it('confirms and files the application as …B under the same draft', async () => {
    const user = userEvent.setup();
    const draft = await openIdsStep();
    await user.type(screen.getByLabelText(/^利用開始希望日/), '20261201');
    await user.click(screen.getByLabelText('1ANAC'));
    await user.click(screen.getByLabelText('インタ'));
    await user.type(screen.getByLabelText(/^追加する通関士IDの数/), '2');
    await user.click(screen.getByRole('button', { name: '設定する' }));
    await user.click(screen.getByRole('button', { name: '申込内容確認へ進む' }));
    await screen.findByRole('heading', { name: '通関士ID追加申込 確認', level: 1 });
    expect(screen.getByText('20261201')).toBeTruthy();
    expect(screen.getByRole('button', { name: '通関士用利用者IDの入力に戻る' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '申込内容を登録する' }));
    await screen.findByRole('heading', { name: '利用申込 完了', level: 1 });
    const receipt = await screen.findByTestId('receipt-no');
    expect(receipt.textContent).toMatch(/^26\d{5}B$/);
    // seed 002's completion: 「お問い合わせ先はこちら」 with its desks (fictional numbers)
    const contact = screen.getByRole('region', { name: 'お問い合わせ先はこちら' });
    expect(within(contact).getAllByRole('rowheader').map((h) => h.textContent)).toEqual([
      'ヘルプデスク', '地域サービス課', '東海事務所', '西日本事務所', '九州事務所',
    ]);
    expect(contact.textContent).not.toMatch(/0120-?7945/);
    const [app] = await listOfficeApplications('NAC001');
    expect(app.kind).toBe('broker-id');
    expect(app.desiredDate).toBe('2026-12-01');
    expect(app.payload).toEqual({ rows: [{ userCode: '1ANAC', method: 'インタ', count: 2 }] });
    expect(await dexieDraftStore.get(draft.id)).toBeUndefined();
    expect((await getApplication(app.id))!.status).toBe('受付');
  });
});

describe('修正 of a 通関士IDの追加申込 in 確認依頼', () => {
  it('reopens the wizard with the filed rows and re-files under the same 受付番号', async () => {
    const filed = await submitApplication({
      kind: 'broker-id',
      officeCode: 'NAC001',
      contact: TEST_CONTACT,
      desiredDate: '2026-12-01',
      payload: { rows: [{ userCode: '1ANAC', method: 'net', count: 1 }] },
    });
    await trainerPickup(filed.applicationId);
    await trainerRequest(filed.applicationId, '通関士の人数をご確認ください。');

    const user = userEvent.setup();
    renderRoutes(nssRoutes, `/broker-id?amends=${filed.applicationId}`);
    expect(await screen.findByText(new RegExp(`受付番号${filed.receiptNo}の通関士IDの追加申込を修正します。`))).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '通関士IDを追加する' }));
    await user.click(await screen.findByRole('button', { name: '通関士用利用者IDの入力へ進む' }));
    const rows = await screen.findByRole('table', { name: '申込情報' });
    await user.click(within(rows).getByRole('button', { name: '1ANAC netを修正' }));
    const count = screen.getByLabelText(/^追加する通関士IDの数/) as HTMLInputElement;
    await waitFor(() => expect(count.value).toBe('1'));
    await user.clear(count);
    await user.type(count, '3');
    await user.click(screen.getByRole('button', { name: '設定する' }));
    await user.click(screen.getByRole('button', { name: '申込内容確認へ進む' }));
    await screen.findByText('確認依頼のあった申込の修正です。登録すると、同じ申込受付番号で再度申込されます。');
    await user.click(screen.getByRole('button', { name: '申込内容を登録する' }));
    expect((await screen.findByTestId('receipt-no')).textContent).toBe(filed.receiptNo);
    const app = (await getApplication(filed.applicationId))!;
    expect(app.status).toBe('内容確認中');
    expect(app.submissions).toBe(2);
    expect(app.payload).toEqual({ rows: [{ userCode: '1ANAC', method: 'net', count: 3 }] });
  });
});
