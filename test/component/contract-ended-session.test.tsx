// 解約 (契約解除、事業所廃止): a session of the office that is open when its contract ends
// (the center writes Office.terminatedOn on the 契約満了日) ends, and the login page says
// why; then the login with that 事業所コード is refused with its own message.
import { screen, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { today } from '../../src/center/clock';
import { currentSession, sessionEndReason } from '../../src/store/session';
import { rewriteOffice } from '../support/db';
import { useDemoOffice } from './demo-office';
import { renderApp } from './render-app';

describe('an office whose contract has ended', () => {
  useDemoOffice({ office: 'NAC002', wholeApp: true });

  it('loses its open session, and its login is refused with the 契約満了日', async () => {
    renderApp('/contract');
    await screen.findByRole('heading', { name: '契約情報 参照' });
    // as the center writes it on the 契約満了日 (today)
    await rewriteOffice('NAC002', { terminatedOn: today() });

    await screen.findByRole('button', { name: 'ログイン' });
    expect(currentSession()).toBeNull();
    expect(sessionEndReason()).toBe('contractEnded');
    expect(screen.getByTestId('session-ended').textContent).toBe('この事業所のNACCS利用契約は契約満了日を迎えて解除されたため、ログアウトしました。');

    const user = userEvent.setup();
    await user.type(screen.getByLabelText('ログインID'), 'NAC002');
    await user.type(screen.getByLabelText('パスワード'), 'demo1234');
    await user.click(screen.getByRole('button', { name: 'ログイン' }));
    const alert = await screen.findByRole('alert');
    const [y, m, d] = today().split('-');
    expect(within(alert).getByText(`このログインID(事業所コード)のNACCS利用契約は、契約満了日(${y}/${m}/${d})をもって解除されたため、ログインできません。`)).toBeTruthy();
    expect(currentSession()).toBeNull();
  });
});
