import { cleanup, screen, waitFor, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setClockTo } from '../../src/center/clock';
import { trainerRoutes } from '../../src/screens/broker-id/routes';
import { logOff } from '../../src/screens/broker-id/utb/session';
import { getUserId } from '../../src/store/contracts';
import { db } from '../../src/store/db';
import { resetDatabase, seedDemo } from '../support/db';
import { renderRoutes } from './render';

beforeEach(async () => {
  await resetDatabase();
  await seedDemo();
  await setClockTo('2026-12-01', 10, 0); // a Tuesday
  logOff();
});
afterEach(() => cleanup());

async function logon(user: ReturnType<typeof userEvent.setup>, id: string, password: string) {
  await user.type(await screen.findByLabelText(/^利用者ID/), id);
  await user.type(screen.getByLabelText(/^パスワード/), password);
  await user.click(screen.getByRole('button', { name: 'ログオン' }));
}

describe('the NACCS terminal: UTB and UTB01', () => {
  it('logs on only with the ID\'s password', async () => {
    const user = userEvent.setup();
    renderRoutes(trainerRoutes, '/trainer/utb');
    await logon(user, '1ANACA01', 'WRONG');
    expect((await screen.findByRole('alert')).textContent).toBe('利用者IDまたはパスワードが正しくありません。');
    await user.clear(screen.getByLabelText(/^パスワード/));
    await user.type(screen.getByLabelText(/^パスワード/), 'DEMOPASS');
    await user.click(screen.getByRole('button', { name: 'ログオン' }));
    expect((await screen.findByTestId('terminal-user')).textContent).toBe('1ANACA01');
  });

  it("refuses a サイバーポート用の利用者ID with seed 003's note, and the netNACCS 利用者ID logs on", async () => {
    await db.userIds.put({
      ...(await getUserId('1ANACY01'))!,
      id: '1ANACY02',
      idNo: 'Y02',
      officeCode: 'NAC003',
      industries: ['通関士'],
      broker: true,
      password: 'CPPASS23',
      cyberport: true,
      startDate: '2026-12-01',
    });
    const user = userEvent.setup();
    renderRoutes(trainerRoutes, '/trainer/utb');
    await logon(user, '1ANACY02', 'CPPASS23');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('利用者ID(1ANACY02)はサイバーポート用の利用者IDのため、ログオンできません。');
    expect(alert.textContent).toContain('ログインはnetNACCS用の利用者ID、パスワードで行ってください。');
    expect(screen.queryByTestId('terminal-user')).toBeNull();
    await user.clear(screen.getByLabelText(/^利用者ID/));
    await user.clear(screen.getByLabelText(/^パスワード/));
    await logon(user, '1ANACA01', 'DEMOPASS');
    expect((await screen.findByTestId('terminal-user')).textContent).toBe('1ANACA01');
  });

  it('registers a 証票番号 as the seed says to type it, explains the rule, and UTB01 shows it', async () => {
    const user = userEvent.setup();
    renderRoutes(trainerRoutes, '/trainer/utb');
    await logon(user, '1ANACA01', 'DEMOPASS');
    await user.click(await screen.findByRole('button', { name: 'UTB 通関士証票番号登録' }));
    expect(screen.getByText('12-7896 → 7896 を左詰めで入力(ハイフン以降の番号を入力)')).toBeTruthy();
    // seed 004's note beside UTB, its hours as it writes them, and no rule of ours on the screen
    expect(
      screen.getByText('※利用者ID単位の通関士証票番号の登録状況を確認するには【通関士証票番号照会（UTB01）業務】をご利用ください。'),
    ).toBeTruthy();
    expect(document.body.textContent).toContain('UTB業務利用可能時間：平日00：00～23：00');
    expect(document.body.textContent).not.toContain('一般に、');

    await user.type(screen.getByLabelText(/^利用者ID/), '1ANACA01');
    await user.type(screen.getByLabelText(/^通関士証票番号/), '12-7896');
    await user.click(screen.getByRole('button', { name: '送信' }));
    let result = await screen.findByRole('status');
    expect(result.textContent).toContain('S0007 入力された利用者IDは通関士IDではありません。');
    expect(result.textContent).toContain('ハイフン以降の番号(例 7896)を左詰めで入力してください。');

    await user.clear(screen.getByLabelText(/^利用者ID/));
    await user.type(screen.getByLabelText(/^利用者ID/), '1ANACA02');
    await user.clear(screen.getByLabelText(/^通関士証票番号/));
    await user.type(screen.getByLabelText(/^通関士証票番号/), '7896');
    await user.click(screen.getByRole('button', { name: '送信' }));
    result = await screen.findByRole('status');
    await waitFor(() => expect(result.textContent).toContain('00000-0000-0000 正常に終了しました。'));
    expect((await getUserId('1ANACA02'))!.brokerCardNo).toBe('7896');

    await user.click(screen.getByRole('button', { name: '業務選択に戻る' }));
    await user.click(screen.getByRole('button', { name: 'UTB01 通関士証票番号照会' }));
    await user.click(screen.getByRole('button', { name: '送信' }));
    const table = await screen.findByRole('table', { name: '通関士証票番号の登録状況' });
    expect(within(table).getByRole('row', { name: /1ANACA02/ }).textContent).toContain('7896');
  });

  it('answers U0002 outside 平日 00:00–23:00', async () => {
    await setClockTo('2026-12-05', 10, 0); // Saturday
    const user = userEvent.setup();
    renderRoutes(trainerRoutes, '/trainer/utb');
    await logon(user, '1ANACA01', 'DEMOPASS');
    await user.click(await screen.findByRole('button', { name: 'UTB 通関士証票番号登録' }));
    await user.type(screen.getByLabelText(/^利用者ID/), '1ANACA02');
    await user.type(screen.getByLabelText(/^通関士証票番号/), '035');
    await user.click(screen.getByRole('button', { name: '送信' }));
    expect((await screen.findByRole('status')).textContent).toContain('U0002 業務の利用可能時間外です。');
  });
});
