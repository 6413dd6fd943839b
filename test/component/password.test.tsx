// パスワードの変更 in the whole app: messages at the field and in the summary, the
// completion page, this session kept, another device's session ended with the reason.
import { screen, waitFor, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { verifyPassword } from '../../src/domain/password';
import { getOffice } from '../../src/store/contracts';
import { currentSession, sessionEndReason } from '../../src/store/session';
import { rewriteOffice } from '../support/db';
import { useDemoOffice } from './demo-office';
import { renderApp } from './render-app';

const LOGIN_AT = Date.parse('2026-11-20T01:00:00Z');

async function fill(current: string, next: string, confirm: string) {
  const user = userEvent.setup();
  for (const [label, value] of [
    ['現在のパスワード', current],
    ['新しいパスワード', next],
    ['新しいパスワード（確認用）', confirm],
  ] as const) {
    const input = screen.getByLabelText(`${label}必須`);
    await user.clear(input);
    if (value) await user.type(input, value);
  }
  const button = screen.getByRole('button', { name: 'パスワードを変更する' }) as HTMLButtonElement;
  await user.click(button);
  await waitFor(() => expect(button.isConnected && button.disabled).toBe(false), { timeout: 15_000 });
}

describe('パスワード変更', () => {
  useDemoOffice({ loginAt: LOGIN_AT, wholeApp: true });

  it('is no longer 準備中: the three fields, the rules, and the messages at each field and in the summary', async () => {
    renderApp('/password');
    await screen.findByRole('heading', { level: 1, name: 'パスワード変更' });
    expect(document.body.textContent).not.toContain('準備中');
    expect(screen.getByText(/8文字以上32文字以内の半角英数字記号/)).toBeTruthy();
    expect(screen.getByText(/事業所コードを含むパスワードは使用できません。/)).toBeTruthy();

    await fill('', '', '');
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('入力内容に誤りがあります。')).toBeTruthy();
    expect(within(summary).getAllByRole('link').map((a) => a.textContent)).toEqual([
      '現在のパスワードを入力してください。',
      '新しいパスワードを入力してください。',
      '新しいパスワード（確認用）を入力してください。',
    ]);
    const newField = document.getElementById('newPassword')!;
    expect(newField.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('newPassword-error')!.textContent).toContain('新しいパスワードを入力してください。');
    expect(document.title).toMatch(/^エラー：パスワード変更/);

    await fill('demo1234', 'nac001ab', 'nac001ab');
    await waitFor(() =>
      expect(document.getElementById('newPassword-error')?.textContent).toContain(
        '新しいパスワードに事業所コードを含めることはできません。',
      ),
    );
    // what was typed stays
    expect((document.getElementById('currentPassword') as HTMLInputElement).value).toBe('demo1234');

    await fill('wrong999', 'Kaigi2026', 'Kaigi2026');
    await waitFor(() =>
      expect(document.getElementById('currentPassword-error')?.textContent).toContain('現在のパスワードが正しくありません。'),
    );
    expect((await getOffice('NAC001'))!.passwordId).toBeUndefined();
  });

  it('changes the password, keeps this session and shows the completion with お問い合わせ先', async () => {
    const { history } = renderApp('/password');
    await screen.findByRole('heading', { level: 1, name: 'パスワード変更' });
    await fill('demo1234', 'Kaigi2026', 'Kaigi2026');
    await screen.findByRole('heading', { level: 1, name: 'パスワード変更 完了' }, { timeout: 15_000 });
    expect(history.get()).toBe('/password/complete');
    expect(screen.getByText('パスワードの変更が完了しました。')).toBeTruthy();
    const contact = screen.getByRole('region', { name: 'お問い合わせ先はこちら' });
    expect(within(contact).getByText('ヘルプデスク')).toBeTruthy();
    expect(contact.textContent).toContain('研修用の架空の番号です');

    const office = (await getOffice('NAC001'))!;
    expect(await verifyPassword('Kaigi2026', office.password)).toBe(true);
    expect(currentSession()).toMatchObject({ officeCode: 'NAC001', passwordId: office.passwordId });
    // the session survives: the header and the menu stay
    await userEvent.click(screen.getByRole('link', { name: 'メニューに戻る' }));
    await screen.findByRole('heading', { name: '新着情報' });
    expect(currentSession()).not.toBeNull();
  });

  it('opened directly, the completion page goes to パスワード変更', async () => {
    const { history } = renderApp('/password/complete');
    await screen.findByRole('heading', { level: 1, name: 'パスワード変更' });
    await waitFor(() => expect(history.get()).toBe('/password'));
  });

  it('ends a session logged in under the old password when the change arrives from another device, and says why', async () => {
    renderApp('/contract');
    await screen.findByRole('heading', { name: '契約情報 参照' });
    // as sync writes the office changed on another device
    await rewriteOffice('NAC001', { passwordId: 'changed-on-another-device' });

    await screen.findByRole('button', { name: 'ログイン' });
    expect(currentSession()).toBeNull();
    expect(sessionEndReason()).toBe('passwordChanged');
    expect(screen.getByTestId('session-ended').textContent).toBe(
      '事業所パスワードが変更されたため、ログアウトしました。新しいパスワードでログインしてください。',
    );
  });
});
