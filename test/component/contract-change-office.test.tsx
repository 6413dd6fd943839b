// The item screens of 本社・事業所の変更, 管理統計資料 and 請求先の変更 (issue 10): the
// contract pre-filled, the field rules at the field and in the summary with what was
// typed kept, R4's offices, the journey in the order of the items, and 修正.
import { render as solidRender, screen, waitFor, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setClockTo } from '../../src/center/clock';
import type { Application } from '../../src/domain/application';
import type { ContractChangePayload } from '../../src/domain/contract-change/payload';
import FiledView from '../../src/screens/contract-change/FiledView';
import { nssRoutes } from '../../src/screens/contract-change/routes';
import { stateFromApplication } from '../../src/screens/contract-change/start';
import { emptyState, payloadOf, type ContractChangeState } from '../../src/screens/contract-change/state';
import { dexieDraftStore } from '../../src/store/drafts';
import { makeApplication } from '../support/applications';
import { TEST_CONTACT } from '../support/test-kinds';
import { renderRoutes } from './render';
import { useDemoOffice } from './demo-office';

const render = (url: string) => renderRoutes(nssRoutes, url);

useDemoOffice({ prepare: () => setClockTo('2026-11-20', 10, 0) });

async function draftWith(items: string[]) {
  const state: ContractChangeState = {
    ...emptyState(TEST_CONTACT),
    rawItems: items,
    selection: { items: items as never, startDate: '2026-12-07' },
    contact: TEST_CONTACT,
  };
  return dexieDraftStore.create({ officeCode: 'NAC001', kind: 'contract-change', state });
}

const input = (name: string | RegExp) => screen.getByRole('textbox', { name }) as HTMLInputElement;
const COMPANY_NAME = /^企業名(?!\()/;

describe('企業・事業所情報 入力', () => {
  it('starts from the contract, names R4\'s offices, and checks what was overwritten', async () => {
    const user = userEvent.setup();
    const draft = await draftWith(['company', 'payment']);
    render(`/contract-change/company?draft=${draft.id}`);
    await screen.findByRole('heading', { name: '企業・事業所情報 入力', level: 1 });
    await waitFor(() => expect(input(COMPANY_NAME).value).toBe('ナックス商事株式会社'));
    expect(input(/^所在地/).value).toBe('東京都港区港南十丁目100番1号 NACCSビル20階');
    expect((await screen.findByText(/同じ企業略称のすべての事業所の企業情報が変更されます/)).textContent).toContain(
      '企業略称「NAC」の事業所：NAC001 東京事業所、NAC002 東京保税倉庫',
    );

    await user.clear(input(COMPANY_NAME));
    await user.type(input(COMPANY_NAME), 'NACCS物流株式会社');
    await user.clear(input(/^郵便番号/));
    await user.type(input(/^郵便番号/), '108-0075');
    await user.click(screen.getByRole('button', { name: '次へ進む' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: '企業名は全角で入力してください。半角の文字「N」「A」「C」が含まれています。' })).toBeTruthy();
    expect(within(summary).getByRole('link', { name: '郵便番号は「-」(ハイフン)を入力せずに、半角数字7桁で入力してください。' })).toBeTruthy();
    expect(input(COMPANY_NAME).getAttribute('aria-invalid')).toBe('true');
    expect(input(COMPANY_NAME).value).toBe('NACCS物流株式会社');

    await user.clear(input(COMPANY_NAME));
    await user.type(input(COMPANY_NAME), 'ナックス物流株式会社');
    await user.clear(input(/^郵便番号/));
    await user.type(input(/^郵便番号/), '1080075');
    await user.click(screen.getByRole('button', { name: '次へ進む' }));
    // the next ticked item, in the order of the items
    await screen.findByRole('heading', { name: '支払の方法 入力', level: 1 });
  });
});

describe('システム管理責任者 入力', () => {
  it('refuses a screen that changes nothing, and a phone number with hyphens', async () => {
    const user = userEvent.setup();
    const draft = await draftWith(['admin']);
    render(`/contract-change/admin?draft=${draft.id}`);
    await screen.findByRole('heading', { name: 'システム管理責任者 入力', level: 1 });
    await waitFor(() => expect(input(/^E-mailアドレス/).value).toBe('kanri@nacks-shoji.example'));
    expect(screen.getByText('利用開始日以降、NSSからのお知らせメールは、変更後のシステム管理責任者のE-mailアドレスに送信されます。')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '次へ進む' }));
    expect((await screen.findByRole('alert')).textContent).toContain('システム管理責任者の変更内容がありません。変更する項目を入力してください。');
    await user.clear(input(/^緊急連絡用FAX番号/));
    await user.type(input(/^緊急連絡用FAX番号/), '03-0000-1112');
    await user.click(screen.getByRole('button', { name: '次へ進む' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('緊急連絡用FAX番号は「-」(ハイフン)を入力せずに、数字のみ入力してください。'),
    );
    await user.clear(input(/^緊急連絡用FAX番号/));
    await user.type(input(/^緊急連絡用FAX番号/), '0300001199');
    await user.click(screen.getByRole('button', { name: '次へ進む' }));
    await screen.findByRole('heading', { name: '変更申込確認', level: 1 });
    // the blocks are drawn again once the contract is read: 契約情報 beside the fields that change
    await waitFor(() => expect(screen.getByRole('table', { name: 'システム管理責任者情報 申込情報' }).textContent).toBe('システム管理責任者情報 申込情報申込内容項目内容変更緊急連絡用FAX番号0300001199'));
    expect(screen.getByRole('table', { name: 'システム管理責任者情報 契約情報' }).textContent).toContain('緊急連絡用FAX番号0300001112');
  });
});

describe('管理統計資料 入力', () => {
  it('保存サービス 要 needs 有料分 要 and an eligible 業種, per 利用者コード', async () => {
    const user = userEvent.setup();
    const draft = await draftWith(['stats', 'retention']);
    render(`/contract-change/options?draft=${draft.id}`);
    await screen.findByRole('heading', { name: '管理統計資料 入力', level: 1 });
    const b = await screen.findByRole('region', { name: '利用者コード 1BNAC' });
    const paid = within(b).getByRole('group', { name: '1BNAC 管理統計資料(有料分)' });
    expect((within(paid).getByLabelText('要') as HTMLInputElement).checked).toBe(true);
    await user.click(within(paid).getByLabelText('否'));
    const a = screen.getByRole('region', { name: '利用者コード 1ANAC' });
    await user.click(within(within(a).getByRole('group', { name: '1ANAC 保税管理資料保存サービス' })).getByLabelText('要'));
    await user.click(screen.getByRole('button', { name: '次へ進む' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('利用者コード「1BNAC」：保税管理資料保存サービスを「要」とする場合は、管理統計資料(有料分)も「要」としてください。');
    expect(summary.textContent).toContain('利用者コード「1ANAC」の業種では、保税管理資料保存サービスは利用できません。「否」を選択してください。');

    await user.click(within(paid).getByLabelText('要'));
    await user.click(within(within(a).getByRole('group', { name: '1ANAC 保税管理資料保存サービス' })).getByLabelText('否'));
    await user.click(within(within(a).getByRole('group', { name: '1ANAC 管理統計資料(無料分)' })).getByLabelText('否'));
    await user.click(screen.getByRole('button', { name: '次へ進む' }));
    await screen.findByRole('heading', { name: '変更申込確認', level: 1 });
    await waitFor(() => expect(screen.getByRole('table', { name: '管理統計資料情報 申込情報' }).textContent).toContain('変更1ANAC要否否'));
    expect(screen.getByRole('table', { name: '管理統計資料情報 契約情報' }).textContent).toContain('1ANAC要要否');
  });
});

describe('支払の方法 入力', () => {
  it('must change the contract\'s method; 口座振替 says the 口座振替申込専用紙 comes', async () => {
    const user = userEvent.setup();
    const draft = await draftWith(['payment']);
    render(`/contract-change/payment?draft=${draft.id}`);
    await screen.findByRole('heading', { name: '支払の方法 入力', level: 1 });
    const group = screen.getByRole('group', { name: '支払の方法' });
    await waitFor(() => expect((within(group).getByLabelText('銀行振込') as HTMLInputElement).checked).toBe(true));
    await user.click(screen.getByRole('button', { name: '次へ進む' }));
    expect((await screen.findByRole('alert')).textContent).toContain('支払の方法が現在の契約と同じ「銀行振込」です。変更する支払の方法を選択してください。');
    await user.click(within(group).getByLabelText('口座振替'));
    await user.click(screen.getByRole('button', { name: '次へ進む' }));
    await screen.findByRole('heading', { name: '変更申込確認', level: 1 });
    await waitFor(() => expect(screen.getByRole('region', { name: '支払の方法情報' }).textContent).toContain('口座振替申込専用紙を送付します'));
  });
});

describe('修正 of a filed 変更申込 with the office and 請求先 items', () => {
  it('starts from everything it filed: the same payload comes out again', () => {
    const payload: ContractChangePayload = {
      items: ['company', 'contractor', 'headOffice', 'admin', 'stats', 'retention', 'billingAddress', 'billingContact', 'payment'],
      company: {
        companyName: 'ナックス物流株式会社',
        companyNameKana: 'ナックスブツリュウカブシキガイシャ',
        officeName: '東京事業所',
        officeNameKana: 'トウキョウジギョウショ',
        postalCode: '1080075',
        address: '東京都港区港南十丁目１００番１号',
        phone: '0300001234',
      },
      contractor: { name: '港南 二郎', title: '代表取締役社長' },
      headOffice: { postalCode: '1050001', address: '東京都港区虎ノ門一丁目１番１号', phone: '0300009999' },
      admin: { name: '新田 四郎', nameKana: 'ニッタ シロウ', department: '情報システム部', email: 'new@nacks-shoji.example', phone: '0300001111', emergencyFax: '0300001112' },
      options: [{ userCode: '1BNAC', statsPaid: true, statsFree: false, bondedRetention: false }],
      billingAddress: { postalCode: '1080075', address: '東京都港区港南十丁目１００番１号 経理部' },
      billingContact: { contactName: '経理 太郎', contactPhone: '0300001301' },
      payment: '口座振替',
    };
    const app: Application = { ...makeApplication(1, { kind: 'contract-change', receiptNo: '2642001A' }), payload, desiredDate: '2026-12-07' };
    expect(payloadOf(stateFromApplication(app))).toEqual(payload);
  });
});

describe('利用申込詳細 of a filed 変更申込 with the office and 請求先 items', () => {
  it('shows the office items under 事業所 and the 請求先 items under 請求先', async () => {
    const user = userEvent.setup();
    const payload: ContractChangePayload = {
      items: ['contractor', 'payment'],
      contractor: { name: '港南　二郎', title: '代表取締役社長' },
      payment: '口座振替',
    };
    const app: Application = { ...makeApplication(1, { kind: 'contract-change', receiptNo: '2642001A' }), payload, desiredDate: '2026-12-07' };
    solidRender(() => <FiledView application={app} />);
    await user.click(await screen.findByRole('tab', { name: '事業所' }));
    expect(screen.getByRole('table', { name: '契約者情報' }).textContent).toContain('変更契約者の役職代表取締役社長');
    expect(screen.queryByRole('region', { name: '支払の方法情報' })).toBeNull();
    await user.click(screen.getByRole('tab', { name: '請求先' }));
    expect(screen.getByRole('region', { name: '支払の方法情報' }).textContent).toContain('変更支払の方法口座振替');
  });
});
