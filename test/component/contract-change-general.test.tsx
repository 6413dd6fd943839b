// 契約内容の変更's 一般NACCS items after filing: a 修正 starts from what was filed, and
// 利用申込詳細 shows 回線 under 回線申込, terminals and mailboxes under 一般NACCS.
import { render as solidRender, screen } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setClockTo } from '../../src/center/clock';
import type { Application } from '../../src/domain/application';
import type { ContractChangePayload } from '../../src/domain/contract-change/payload';
import FiledView from '../../src/screens/contract-change/FiledView';
import { stateFromApplication } from '../../src/screens/contract-change/start';
import { payloadOf } from '../../src/screens/contract-change/state';
import { makeApplication } from '../support/applications';
import { useDemoOffice } from './demo-office';

useDemoOffice({ prepare: () => setClockTo('2026-11-20', 10, 0) });

const NEW_ADDRESS = '東京都品川区東品川二丁目２番２号';
const payload: ContractChangePayload = {
  items: ['line', 'generalTerminal', 'mailbox'],
  lines: { added: [{ kind: '専用線', installAddress: NEW_ADDRESS }], changed: [{ id: 'NAC001-line-1', kind: 'インターネット', installAddress: NEW_ADDRESS }], abolished: [] },
  generalTerminals: { additions: { 海上: 0, 航空: 2, 共用: 0 }, reclassed: [{ name: '482614G', systemKind: '共用' }], abolished: ['482613G'] },
  mailboxes: { add: 1, abolished: ['NAC001MB01'] },
};
const app: Application = { ...makeApplication(1, { kind: 'contract-change', receiptNo: '2642001A' }), payload, desiredDate: '2026-12-07' };

describe('修正 of a filed 変更申込 with the 一般NACCS items', () => {
  it('starts from everything it filed: the same payload comes out again', () => {
    const state = stateFromApplication(app);
    expect(payloadOf(state)).toEqual(payload);
    // and the screens show what was typed and chosen
    expect(state.raw['line-NAC001-line-1-address']).toBe(NEW_ADDRESS);
    expect(state.raw['gterm-add-air']).toBe('2');
    expect(state.rawGeneralAbolished).toEqual(['482613G']);
    expect(state.raw['mailbox-add']).toBe('1');
  });
});

describe('利用申込詳細 of a filed 変更申込 with the 一般NACCS items', () => {
  it('shows the terminals and mailboxes under 一般NACCS and the lines under 回線申込', async () => {
    const user = userEvent.setup();
    solidRender(() => <FiledView application={app} />);
    await user.click(await screen.findByRole('tab', { name: '一般NACCS' }));
    const terminals = screen.getByRole('region', { name: '一般NACCS情報(論理端末)' }).textContent;
    expect(terminals).toContain('追加航空インタインタ2');
    expect(terminals).toContain('変更共用インタインタ482614G');
    expect(terminals).toContain('廃止');
    expect(screen.getByRole('region', { name: 'メールボックス情報' }).textContent).toContain('廃止NAC001MB01');
    expect(screen.queryByRole('region', { name: '回線情報' })).toBeNull();
    await user.click(screen.getByRole('tab', { name: '回線申込' }));
    const lines = screen.getByRole('region', { name: '回線情報' }).textContent;
    expect(lines).toContain(`追加専用線0.5Mbps${NEW_ADDRESS}`);
    expect(lines).toContain(`変更インターネットベストエフォート${NEW_ADDRESS}`);
  });
});
