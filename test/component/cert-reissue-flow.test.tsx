// デジタル証明書の再発行's 論理端末 選択 in jsdom: the office's netNACCS terminals with
// their certificates, and the step's errors — nothing chosen, その他 without its
// text, a terminal whose reissue is on its way — at the fields and in the summary.
import { screen, waitFor, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setClockTo } from '../../src/center/clock';
import { submitApplication } from '../../src/center/submit';
import { trainerPickup, trainerRequest } from '../../src/center/trainer';
import { nssRoutes } from '../../src/screens/cert-reissue/routes';
import { emptyState } from '../../src/screens/cert-reissue/state';
import { getApplication } from '../../src/store/applications';
import { dexieDraftStore } from '../../src/store/drafts';
import { TEST_CONTACT } from '../support/test-kinds';
import { useDemoOffice } from './demo-office';
import { renderRoutes } from './render';

useDemoOffice({ prepare: () => setClockTo('2026-11-20', 10, 0) });

async function openTerminalStep() {
  const state = emptyState();
  state.contact = TEST_CONTACT;
  const d = await dexieDraftStore.create({ officeCode: 'NAC001', kind: 'cert-reissue', state });
  renderRoutes(nssRoutes, `/cert-reissue/terminal?draft=${d.id}`);
  await screen.findByRole('heading', { name: '論理端末 選択', level: 1 });
  return d;
}

describe('デジタル証明書の再発行 wizard', () => {
  it('starts from its guidance and asks for the 申込担当者 first', async () => {
    const user = userEvent.setup();
    renderRoutes(nssRoutes, '/cert-reissue');
    expect(await screen.findByRole('heading', { name: 'デジタル証明書再発行ガイダンス', level: 1 })).toBeTruthy();
    await user.click(await screen.findByRole('button', { name: '申込担当者の入力へ進む' }));
    await screen.findByRole('heading', { name: '申込担当者 入力', level: 1 });
    await user.click(screen.getByRole('button', { name: '論理端末の選択へ進む' }));
    expect(within(await screen.findByRole('alert')).getByRole('link', { name: '氏名(姓)を入力してください。' })).toBeTruthy();
  });

  it('lists the netNACCS terminals with their certificate and names every missing choice', async () => {
    const user = userEvent.setup();
    await openTerminalStep();
    const contract = screen.getByRole('table', { name: '契約情報' });
    const row = await within(contract).findByRole('row', { name: /99999W/ });
    expect(row.textContent).toContain('2027/07/01');
    expect(row.textContent).toContain('2027/06/03から更新可能');

    await user.click(screen.getByRole('button', { name: '申込内容確認へ進む' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link').map((a) => a.textContent)).toEqual([
      '再発行する論理端末を選択してください。',
      '再発行の理由を選択してください。',
    ]);
    expect(screen.getByRole('group', { name: /^再発行する論理端末/ }).getAttribute('aria-describedby')).toBeTruthy();
    expect(document.title).toMatch(/^エラー：/);
  });

  it('asks for the text of その他 and keeps what was chosen', async () => {
    const user = userEvent.setup();
    await openTerminalStep();
    await user.click(await screen.findByLabelText('99999W'));
    await user.click(screen.getByLabelText('その他'));
    await user.click(screen.getByRole('button', { name: '申込内容確認へ進む' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link').map((a) => a.textContent)).toEqual([
      'その他の理由を入力してください。(再発行の理由で「その他」を選んだ場合は必須です)',
    ]);
    const other = screen.getByLabelText(/^その他の理由/) as HTMLInputElement;
    expect(other.getAttribute('aria-invalid')).toBe('true');
    expect((screen.getByLabelText('99999W') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('その他') as HTMLInputElement).checked).toBe(true);

    await user.type(other, 'Windowsのアカウントを変更したため');
    await user.click(screen.getByRole('button', { name: '申込内容確認へ進む' }));
    await screen.findByRole('heading', { name: 'デジタル証明書再発行申込 確認', level: 1 });
    const block = screen.getByRole('region', { name: '申込情報' });
    expect(block.textContent).toContain('99999W');
    expect(block.textContent).toContain('その他(Windowsのアカウントを変更したため)');
  });

  it('refuses a terminal whose certificate reissue is already on its way, naming its 申込受付番号', async () => {
    const user = userEvent.setup();
    const { receiptNo } = await submitApplication({
      kind: 'cert-reissue',
      officeCode: 'NAC001',
      contact: TEST_CONTACT,
      payload: { terminal: { systemKind: '海上', equipment: 'net', packageKind: 'net', name: '99999W' }, reason: 'PCの入替' },
    });
    await openTerminalStep();
    const row = await within(screen.getByRole('table', { name: '契約情報' })).findByRole('row', { name: /99999W/ });
    await waitFor(() => expect(row.textContent).toContain(`申込中(${receiptNo})`));
    await user.click(screen.getByLabelText('99999W'));
    await user.click(screen.getByLabelText('PCの入替'));
    await user.click(screen.getByRole('button', { name: '申込内容確認へ進む' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link').textContent).toBe(
      `論理端末「99999W」は、デジタル証明書の再発行を申込中です(申込受付番号「${receiptNo}」)。審査終了までお待ちいただくか、別の論理端末を選択してください。`,
    );
    expect(screen.getByRole('heading', { name: '論理端末 選択', level: 1 })).toBeTruthy();
  });

  it('corrects a reissue after a 確認依頼: its own pending reissue does not block its terminal', async () => {
    const filed = await submitApplication({
      kind: 'cert-reissue',
      officeCode: 'NAC001',
      contact: TEST_CONTACT,
      payload: { terminal: { systemKind: '海上', equipment: 'net', packageKind: 'net', name: '99999W' }, reason: 'PCの入替' },
    });
    await trainerPickup(filed.applicationId);
    await trainerRequest(filed.applicationId, '再発行の理由をご確認ください。');

    const user = userEvent.setup();
    renderRoutes(nssRoutes, `/cert-reissue?amends=${filed.applicationId}`);
    expect(await screen.findByText(new RegExp(`受付番号${filed.receiptNo}のデジタル証明書の再発行申込を修正します。`))).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '申込担当者の入力へ進む' }));
    await user.click(await screen.findByRole('button', { name: '論理端末の選択へ進む' }));
    await screen.findByRole('heading', { name: '論理端末 選択', level: 1 });
    await waitFor(() => expect((screen.getByLabelText('99999W') as HTMLInputElement).checked).toBe(true));
    await user.click(screen.getByLabelText('OSの再インストール'));
    await user.click(screen.getByRole('button', { name: '申込内容確認へ進む' }));
    await screen.findByRole('heading', { name: 'デジタル証明書再発行申込 確認', level: 1 });
    await user.click(screen.getByRole('button', { name: '申込内容を登録する' }));
    expect((await screen.findByTestId('receipt-no')).textContent).toBe(filed.receiptNo);
    const app = (await getApplication(filed.applicationId))!;
    expect(app.status).toBe('内容確認中');
    expect(app.payload).toEqual({ terminal: { systemKind: '海上', equipment: 'net', packageKind: 'net', name: '99999W' }, reason: 'OSの再インストール' });
  });
});
