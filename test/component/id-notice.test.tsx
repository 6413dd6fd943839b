import { screen, within } from '@solidjs/testing-library';
import { beforeEach, describe, expect, it } from 'vitest';
import { setClockTo } from '../../src/center/clock';
import { runDue } from '../../src/center/review';
import { submitApplication } from '../../src/center/submit';
import { jstMs } from '../../src/domain/time';
import { nssRoutes } from '../../src/screens/applications/routes';
import { getApplication } from '../../src/store/applications';
import { TEST_CONTACT } from '../support/test-kinds';
import { useDemoOffice } from './demo-office';
import { renderRoutes } from './render';

let applicationId = '';

useDemoOffice({ prepare: () => setClockTo('2026-11-20', 10, 0) });
beforeEach(async () => {
  ({ applicationId } = await submitApplication({
    kind: 'broker-id',
    officeCode: 'NAC001',
    contact: TEST_CONTACT,
    desiredDate: '2026-12-01',
    payload: { rows: [{ userCode: '1ANAC', method: 'インタ', count: 2 }] },
  }));
  await runDue(jstMs('2026-11-24', 12));
});

describe('ID通知内容 参照', () => {
  it('shows the office, the issued 通関士IDs with their passwords and the 申込結果', async () => {
    await setClockTo('2026-12-03', 18, 0); // the 利用開始日 + 2 days: still shown
    renderRoutes(nssRoutes, `/applications/${applicationId}/id-notice`);
    await screen.findByRole('heading', { name: 'ID通知内容 参照', level: 1 });
    const notice = (await getApplication(applicationId))!.idNotice!;
    const ids = await screen.findByRole('table', { name: '払い出した利用者ID' });
    for (const u of notice.userIds) {
      const row = within(ids).getByRole('row', { name: new RegExp(u.userId) });
      expect(row.textContent).toContain(u.password);
    }
    expect(screen.getByText(/ID・パスワードは利用開始日の2日後\(2026\/12\/03\)まで表示できます。/)).toBeTruthy();
    const block = screen.getByRole('region', { name: 'ID通知内容' });
    expect(within(block).getByText('20261201')).toBeTruthy();
    expect(within(block).getByText('NAC001')).toBeTruthy();
    expect(within(block).getByText('*****')).toBeTruthy();
    expect(within(block).getByText('東京税関')).toBeTruthy();
    const result = screen.getByRole('region', { name: '申込結果' });
    expect(within(result).getByRole('row', { name: /識別番号数/ }).textContent).toContain('2');
  });

  it('says the IDs and passwords can no longer be shown from the third day after the 利用開始日', async () => {
    await setClockTo('2026-12-04', 0, 5);
    renderRoutes(nssRoutes, `/applications/${applicationId}/id-notice`);
    expect(await screen.findByText(/ID・パスワードの表示期間\(利用開始日の2日後まで\)を過ぎたため/)).toBeTruthy();
    expect(screen.queryByRole('table', { name: '払い出した利用者ID' })).toBeNull();
    const notice = (await getApplication(applicationId))!.idNotice!;
    expect(document.body.textContent).not.toContain(notice.userIds[0].password);
  });
});
