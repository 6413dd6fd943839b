// What a 仮ログインID reads in its 申込状況 after the center's review: the ID通知内容
// with seed 003's UTB note for a Cyberport application, the システム設定申込 a new
// 利用者コード needs by its 締切日, and 修正 of an application in 確認依頼.
import { cleanup, screen, waitFor, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setClockTo } from '../../src/center/clock';
import { runDue } from '../../src/center/review';
import { trainerPickup, trainerRequest } from '../../src/center/trainer';
import { F, USE_GENERAL, USE_NET } from '../../src/domain/new-usage/fields';
import type { UserRow } from '../../src/domain/new-usage/rules';
import { jstMs } from '../../src/domain/time';
import { getApplication } from '../../src/store/applications';
import { beginSession, endSession } from '../../src/store/session';
import { nssRoutes } from '../../src/screens/new-usage/routes';
import { nssRoutes as systemSettingRoutes } from '../../src/screens/system-setting/routes';
import { nssRoutes as applicationRoutes } from '../../src/screens/applications/routes';
import { resetDatabase, seedDemo } from '../support/db';
import ContractPage from '../../src/screens/contract/ContractPage';
import { CYBERPORT_USERS, fileNewUsage, NEW_CODE_USERS } from '../support/new-usage';
import { TEST_CONTACT } from '../support/test-kinds';
import { renderAt, renderRoutes } from './render';

beforeEach(async () => {
  await resetDatabase();
  await seedDemo();
  await setClockTo('2026-11-20', 10, 0);
});
afterEach(async () => {
  cleanup();
  await endSession();
});

async function fileAs(users: UserRow[], extra: Record<string, string> = {}) {
  const filed = await fileNewUsage(users, extra);
  await beginSession(filed.loginId, Date.now(), true);
  return filed;
}

async function openStatus() {
  renderRoutes(nssRoutes, '/new-usage');
  return screen.findByRole('heading', { name: '申込状況', level: 2 });
}

describe('申込状況 of a 仮ログインID', () => {
  it('shows seed 003\'s UTB note with the ID通知内容 of a Cyberport application: UTB is logged on with the netNACCS 利用者ID', async () => {
    await fileAs(CYBERPORT_USERS);
    await runDue(jstMs('2026-11-24', 9));
    await openStatus();
    const notice = await screen.findByRole('region', { name: 'ID通知内容' });
    const note = within(notice).getByRole('note', { name: '通関士証票番号の登録（業種に「通関」を選択された方のみ）' });
    expect(note.textContent).toContain('今回取得した識別番号を含む利用者ID8桁と通関士証票番号を通関士ごとに紐づける必要があります。');
    expect(note.textContent).toContain('NACCS利用開始日にNACCS業務の【UTB業務】を利用し、通関士証票番号を登録していただきます（UTB業務利用可能時間：平日00：00～23：00）');
    expect(note.textContent).toContain('※ ログインはnetNACCS用の利用者ID、パスワードで行ってください。（本申請で取得するサイバーポート用の利用者IDではありません）');
    // sharing 1ANAC adds no new code: no システム設定申込 is asked for
    expect(within(notice).queryByRole('note', { name: 'システム設定申込のお願い' })).toBeNull();
  });

  it('has no UTB note for an application that is not for the Cyberport', async () => {
    await fileAs(CYBERPORT_USERS, { [F.reason]: '通関業務開始のため' });
    await runDue(jstMs('2026-11-24', 9));
    await openStatus();
    const notice = await screen.findByRole('region', { name: 'ID通知内容' });
    expect(within(notice).queryByRole('note', { name: /通関士証票番号の登録/ })).toBeNull();
  });

  it('asks for the システム設定申込 of a new 利用者コード by its 締切日, with the way to file it', async () => {
    const { id } = await fileAs(NEW_CODE_USERS);
    await runDue(jstMs('2026-11-24', 9));
    const [code] = (await getApplication(id))!.idNotice!.office!.newUserCodes;
    await openStatus();
    const note = await screen.findByRole('note', { name: 'システム設定申込のお願い' });
    expect(note.textContent).toContain(`新規の利用者コード（${code}）は、システム設定申込が必要です。`);
    expect(note.textContent).toContain('2026/12/02までにこの仮ログインIDでシステム設定申込を行ってください。期限までに申込がない場合、本利用申込は無効となります。');
    expect(within(note).getByRole('link', { name: 'システム設定申込' }).getAttribute('href')).toBe('/system-setting');
  });

  it('opens 修正 of an application in 確認依頼 with every tab filled, and refiles it under the same 受付番号', async () => {
    const { id, receiptNo } = await fileAs(CYBERPORT_USERS);
    await trainerPickup(id);
    await trainerRequest(id, '利用開始希望日を確認してください。');
    const user = userEvent.setup();
    await openStatus();
    const block = await screen.findByRole('region', { name: `申込受付番号「${receiptNo}」` });
    expect(block.textContent).toContain('利用開始希望日を確認してください。');
    await user.click(within(block).getByRole('link', { name: '利用申込を修正する' }));
    await screen.findByText(`受付番号${receiptNo}の利用申込を修正します。申込の内容が入力された状態で始まります。修正後、同じ受付番号で再度申込されます。`);
    await user.click(screen.getByRole('button', { name: 'NACCS利用申込の入力へ進む' }));
    await screen.findByRole('heading', { name: 'NACCS利用申込 入力', level: 1 });

    // the tabs come back as filed
    const value = (label: RegExp) => (screen.getByLabelText(label) as HTMLInputElement).value;
    await waitFor(() => expect(value(/^申込理由/)).toBe('サイバーポート利用のための申込'));
    expect(value(/^利用開始希望日/)).toBe('20261208');
    expect((screen.getByRole('checkbox', { name: '一般NACCSを利用する' }) as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByRole('tab', { name: '事業所・企業' }));
    expect(value(/^企業略称/)).toBe('NAC');
    await user.click(screen.getByRole('tab', { name: '利用者' }));
    const applied = screen.getByRole('table', { name: '申込情報(利用者)' });
    expect(within(applied).getByRole('cell', { name: '1ANAC' })).toBeTruthy();
    expect(within(applied).getByRole('cell', { name: 'SMTP双方向' })).toBeTruthy();

    // corrected and filed again: the same 受付番号, back to 内容確認中 (docs/center.md)
    await user.click(screen.getByRole('tab', { name: '申込担当' }));
    await user.clear(screen.getByLabelText(/^利用開始希望日/));
    await user.type(screen.getByLabelText(/^利用開始希望日/), '20261209');
    await user.click(screen.getByRole('button', { name: '申込内容確認へ進む' }));
    await screen.findByRole('heading', { name: 'NACCS利用申込 確認', level: 1 });
    await user.click(screen.getByRole('button', { name: '申込内容を登録する' }));
    await screen.findByRole('heading', { name: 'NACCS利用申込完了', level: 1 });
    expect((await screen.findByTestId('receipt-no')).textContent).toBe(receiptNo);
    const refiled = (await getApplication(id))!;
    expect(refiled.status).toBe('内容確認中');
    expect(refiled.history.at(-1)!.item).toBe('新規申込 修正');
    expect(refiled.receiptNo).toBe(receiptNo);
    expect(refiled.desiredDate).toBe('2026-12-09');
  });

  it('lets the 仮ログインID begin the システム設定申込, which offers the new 利用者コード of its ID通知内容', async () => {
    const { id } = await fileAs(NEW_CODE_USERS);
    await runDue(jstMs('2026-11-24', 9));
    const [code] = (await getApplication(id))!.idNotice!.office!.newUserCodes;
    const user = userEvent.setup();
    renderRoutes(systemSettingRoutes, '/system-setting');
    await user.click(await screen.findByRole('button', { name: '申込担当者の入力へ進む' }));
    await screen.findByRole('heading', { name: '申込担当者 入力', level: 1 });
    await waitFor(() => expect((screen.getByLabelText(/^氏名 姓/) as HTMLInputElement).value).toBe('通関'));
    const confirmEmail = screen.getByLabelText(/^E-mailアドレス 確認用/) as HTMLInputElement;
    if (!confirmEmail.value) await user.type(confirmEmail, TEST_CONTACT.email);
    await user.click(screen.getByRole('button', { name: 'システム設定申込の入力へ進む' }));
    await screen.findByRole('heading', { name: '利用者コード 選択', level: 1 });
    await screen.findByText(code);
  });

  it('shows the same UTB note on the new office\'s ID通知内容 after the 利用開始日, when the 仮ログインID no longer works', async () => {
    const { id } = await fileAs(CYBERPORT_USERS);
    await runDue(jstMs('2026-11-24', 9));
    await runDue(jstMs('2026-12-08', 0, 1));
    const started = (await getApplication(id))!;
    expect(started.officeCode).toBe('NAC003');
    await endSession();
    await setClockTo('2026-12-08', 10, 0);
    await beginSession('NAC003', Date.now());
    renderRoutes(applicationRoutes, `/applications/${id}/id-notice`);
    await screen.findByRole('heading', { name: 'ID通知内容 参照', level: 1 });
    const note = await screen.findByRole('note', { name: '通関士証票番号の登録（業種に「通関」を選択された方のみ）' });
    expect(note.textContent).toContain('※ ログインはnetNACCS用の利用者ID、パスワードで行ってください。（本申請で取得するサイバーポート用の利用者IDではありません）');
  });

  it("gives the new office's netNACCS terminal its デジタル証明書: 契約情報 参照 shows its 有効期限", async () => {
    // sharing 1ANAC (no new code, so no システム設定申込 is due) with one netNACCS terminal
    const { id } = await fileAs(CYBERPORT_USERS, { [F.systems]: `${USE_NET}|${USE_GENERAL}`, [F.netTerminals]: '1', [F.planNet]: 'A' });
    await runDue(jstMs('2026-11-24', 9));
    const [terminal] = (await getApplication(id))!.idNotice!.terminals;
    await runDue(jstMs('2026-12-08', 0, 1));
    await endSession();
    await setClockTo('2026-12-08', 10, 0);
    await beginSession('NAC003', Date.now());
    renderAt(ContractPage, '/contract', '/contract?tab=netNACCS');
    const row = await screen.findByRole('row', { name: new RegExp(terminal.name) });
    // one year from the 利用開始日, renewable from 28 days before (docs/cert-reissue.md)
    expect(within(row).getAllByRole('cell').map((c) => c.textContent).slice(-2)).toEqual(['2027/12/07', '2027/11/09から更新可能']);
  });
});
