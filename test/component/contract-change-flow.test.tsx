import { screen, waitFor, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setClockTo } from '../../src/center/clock';
import type { Application } from '../../src/domain/application';
import type { ContractChangePayload } from '../../src/domain/contract-change/payload';
import { emptyCounts } from '../../src/domain/contract-change/terminals';
import { nssRoutes } from '../../src/screens/contract-change/routes';
import { stateFromApplication } from '../../src/screens/contract-change/start';
import { emptyState, payloadOf, type ContractChangeState } from '../../src/screens/contract-change/state';
import { db } from '../../src/store/db';
import { dexieDraftStore } from '../../src/store/drafts';
import { beginSession } from '../../src/store/session';
import { makeApplication } from '../support/applications';
import { TEST_CONTACT } from '../support/test-kinds';
import { renderRoutes } from './render';
import { useDemoOffice } from './demo-office';

const render = (url: string) => renderRoutes(nssRoutes, url);

useDemoOffice({ prepare: () => setClockTo('2026-11-20', 10, 0) });

/** A draft already past 変更内容入力 and 申込担当者, with these items ticked. */
async function draftWith(items: ContractChangeState['rawItems'], owner = 'NAC001') {
  const state: ContractChangeState = {
    ...emptyState(TEST_CONTACT),
    rawItems: items,
    selection: { items: items as never, startDate: '2026-12-07' },
    contact: TEST_CONTACT,
  };
  return dexieDraftStore.create({ officeCode: owner, kind: 'contract-change', state });
}

describe('変更内容入力', () => {
  it('offers every item of 契約変更に関する項目, the 一般NACCS ones included, and refuses going on with nothing ticked', async () => {
    const user = userEvent.setup();
    render('/contract-change');
    await user.click(await screen.findByRole('button', { name: '申込内容選択へ進む' }));
    await screen.findByRole('heading', { name: '変更内容入力', level: 1 });
    for (const name of ['一般NACCS回線の登録情報(追加・変更・廃止)', '一般NACCS端末の登録情報(追加・変更・削除)', '一般NACCSのメールボックス数(追加・廃止)', '利用者コード(追加・変更・削除)'])
      expect((screen.getByRole('checkbox', { name }) as HTMLInputElement).disabled).toBe(false);
    await user.click(screen.getByLabelText('なし', { exact: true }));
    await user.type(screen.getByLabelText(/^利用開始希望日/), '20261207');
    await user.click(screen.getByRole('button', { name: '申込担当者の入力へ進む' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: '変更申込を行う項目を選択するか、「その他の契約変更」の内容を選択してください。' })).toBeTruthy();
    expect((screen.getByLabelText(/^利用開始希望日/) as HTMLInputElement).value).toBe('20261207');
  });

  it('R3: an office without netNACCS must tick 識別番号 and 料金プラン with netNACCS端末', async () => {
    await beginSession('NAC002', Date.now());
    const user = userEvent.setup();
    render('/contract-change');
    await user.click(await screen.findByRole('button', { name: '申込内容選択へ進む' }));
    await user.click(await screen.findByRole('checkbox', { name: 'netNACCS端末の登録情報(追加・変更・削除)' }));
    await user.click(screen.getByLabelText('なし', { exact: true }));
    await user.type(screen.getByLabelText(/^利用開始希望日/), '20261207');
    await user.click(screen.getByRole('button', { name: '申込担当者の入力へ進む' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('当該事業所で初めてnetNACCSをお申込み頂く際には、「識別番号」と「料金プラン」も同時にチェックして下さい。');
    await user.click(screen.getByRole('checkbox', { name: '識別番号(追加・削除)' }));
    await user.click(screen.getByRole('checkbox', { name: '料金プラン(AプランまたはBプランの選択)' }));
    await user.click(screen.getByRole('button', { name: '申込担当者の入力へ進む' }));
    await screen.findByRole('heading', { name: '申込担当者 入力', level: 1 });
  });
});

describe('利用者コード 入力 — 詳細', () => {
  it('R8: ticking every 識別番号 of 1ANAC says the code is abolished too, before 設定', async () => {
    const user = userEvent.setup();
    const draft = await draftWith(['userCode']);
    render(`/contract-change/codes/1ANAC?draft=${draft.id}`);
    await screen.findByRole('region', { name: '識別番号の変更・廃止に関する項目' });
    for (const idNo of ['A01', 'A02', 'Y01']) await user.click(await screen.findByLabelText(`1ANAC${idNo}を廃止`));
    expect(screen.queryByText('利用者コード「1ANAC」のすべての識別番号を廃止するため、利用者コード「1ANAC」も廃止となります。')).toBeNull();
    await user.click(screen.getByLabelText('1ANACA0Aを廃止'));
    expect(await screen.findByText('利用者コード「1ANAC」のすべての識別番号を廃止するため、利用者コード「1ANAC」も廃止となります。')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'この内容で設定する' }));
    await screen.findByRole('heading', { name: '利用者コード 入力', level: 1 });
    const applied = await screen.findByRole('table', { name: '申込情報' });
    await waitFor(() => expect(within(applied).getAllByRole('row').filter((r) => r.textContent!.startsWith('廃止'))).toHaveLength(4));
  });

  it('R9: a code shared with another office says every sharing office must file too', async () => {
    const draft = await draftWith(['userCode']);
    render(`/contract-change/codes/1BNAC?draft=${draft.id}`);
    expect(await screen.findByText(/他事業所と共用が「あり」の場合、当該利用者コード\(=5ケタ\)を他の事業所において使用しているため/)).toBeTruthy();
    expect(within(screen.getByRole('region', { name: '利用者コードに関する項目' })).getByText('あり')).toBeTruthy();
  });

  it('with only 利用業種 ticked, 業種 may change but no ID may be abolished', async () => {
    const user = userEvent.setup();
    const draft = await draftWith(['industry']);
    render(`/contract-change/codes/1ANAC?draft=${draft.id}`);
    expect(((await screen.findByLabelText('1ANACA01を廃止')) as HTMLInputElement).disabled).toBe(true);
    await user.click(screen.getByRole('button', { name: '1ANACA01の業種を変更' }));
    const industries = await screen.findByRole('group', { name: '業種の変更(識別番号 A01)' });
    await user.click(within(industries).getByLabelText('自社通関'));
    await user.click(screen.getByRole('button', { name: 'この内容で設定する' }));
    const applied = await screen.findByRole('table', { name: '申込情報' });
    await waitFor(() => expect(within(applied).getAllByRole('row')[2].textContent).toMatch(/^変更海上通関業 自社通関インタ1ANACA01/));
  });
});

describe('修正 of a filed 変更申込', () => {
  it('starts from everything it filed: the same payload comes out again', () => {
    const additions = emptyCounts();
    additions.netNACCS.海上 = 2;
    const payload: ContractChangePayload = {
      items: ['userCode', 'netTerminal', 'plan'],
      codes: [
        {
          userCode: '1ANAC',
          action: '変更',
          systemKind: '海上',
          statsPaid: true,
          statsFree: true,
          bondedRetention: false,
          additions: [{ method: 'SMTP双方向', industries: ['通関業'], count: 1 }],
          industryChanges: [],
          abolished: ['A0A'],
          endsCode: false,
        },
      ],
      terminals: { additions, reclassed: [{ name: '99999W', systemKind: '共用' }], abolished: [] },
      plan: { netNACCS: 'B', general: 'B' },
    };
    const app: Application = { ...makeApplication(1, { kind: 'contract-change', receiptNo: '2642001A' }), payload, desiredDate: '2026-12-07' };
    expect(payloadOf(stateFromApplication(app))).toEqual(payload);
  });
});

describe('その他の契約変更: 共用, 共同利用, 共同利用(新規事業所), 付替, 地位の承継', () => {
  /** A draft past 変更内容入力 and 申込担当者 with this choice. */
  async function draftFor(other: 'share' | 'jointUse' | 'jointUseNewOffice' | 'transfer' | 'succession', owner = 'NAC001') {
    const state: ContractChangeState = {
      ...emptyState(TEST_CONTACT),
      raw: { ...emptyState(TEST_CONTACT).raw, 'other-change': 'あり', 'other-change-kind': other },
      selection: { items: [], other, startDate: '2026-12-07' },
      contact: TEST_CONTACT,
    };
    return dexieDraftStore.create({ officeCode: owner, kind: 'contract-change', state });
  }

  it('共同利用 入力 offers only offices of other companies, and the terminals of both offices once one is chosen', async () => {
    const user = userEvent.setup();
    const nac002 = (await db.offices.get('NAC002'))!;
    await db.offices.put({ ...nac002, id: 'KWB001', code: 'KWB001', companyAbbr: 'KWB', companyName: '港湾物流株式会社', officeName: '港湾物流本社' });
    const w99 = (await db.terminals.where('officeCode').equals('NAC001').toArray()).find((t) => t.name === '99999W')!;
    await db.terminals.put({ ...w99, id: 'KWB001-55555W', officeCode: 'KWB001', name: '55555W' });
    const draft = await draftFor('jointUse');
    render(`/contract-change/jointUse?draft=${draft.id}`);
    await screen.findByRole('heading', { name: '共同利用 入力', level: 1 });
    const partners = await screen.findByRole('group', { name: '共同利用先の事業所' });
    await waitFor(() => expect(within(partners).getAllByRole('radio').map((r) => r.parentElement!.textContent)).toEqual(['KWB001 港湾物流株式会社 港湾物流本社']));
    await user.click(within(screen.getByRole('group', { name: '共同利用の区分' })).getByLabelText('追加'));
    await user.click(within(partners).getByLabelText('KWB001 港湾物流株式会社 港湾物流本社'));
    const table = await screen.findByRole('table', { name: '共同利用する論理端末' });
    // KWB001's first, then NAC001's (its 一般NACCS terminals too)
    await waitFor(() => expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['55555W', '482613G', '482614G', '99999W']));
    await user.click(screen.getByRole('button', { name: '次へ進む' }));
    expect(within(await screen.findByRole('alert')).getByRole('link', { name: '共同利用する論理端末を1つ以上選択してください。' })).toBeTruthy();
    await user.click(screen.getByLabelText('論理端末「55555W」を選択'));
    await user.click(screen.getByRole('button', { name: '次へ進む' }));
    await screen.findByRole('heading', { name: '変更申込確認', level: 1 });
    const applied = await screen.findByRole('table', { name: '共同利用情報 申込情報' });
    expect(applied.textContent).toContain('共同利用追加KWB001');
  });

  it('共同利用(新規事業所) 入力 takes 追加, the 新規申込\'s 申込受付番号 and the office\'s own terminals, and shows them on 変更申込確認', async () => {
    const user = userEvent.setup();
    const draft = await draftFor('jointUseNewOffice');
    render(`/contract-change/jointUseNewOffice?draft=${draft.id}`);
    await screen.findByRole('heading', { name: '共同利用(新規事業所) 入力', level: 1 });
    expect(within(screen.getByRole('group', { name: '共同利用の区分' })).getAllByRole('radio').map((r) => r.parentElement!.textContent)).toEqual(['追加']);
    const table = await screen.findByRole('table', { name: '共同利用する論理端末' });
    // NAC001's terminals only: NAC002's are not this office's to lend
    const own = (await db.terminals.where('officeCode').equals('NAC001').toArray()).filter((t) => !t.endDate).map((t) => t.name).sort();
    await waitFor(() => expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(own));
    await user.type(screen.getByLabelText(/^新規事業所の申込受付番号/), '2611-01');
    await user.click(screen.getByRole('button', { name: '次へ進む' }));
    const summary = await screen.findByRole('alert');
    for (const name of [
      '共同利用の区分(追加)を選択してください。',
      '新規事業所の申込受付番号は、半角数字7桁と英大文字1桁(例: 2612001A)で入力してください。',
      '共同利用する論理端末を1つ以上選択してください。',
    ])
      expect(within(summary).getByRole('link', { name })).toBeTruthy();
    // nothing typed is lost
    expect((screen.getByLabelText(/^新規事業所の申込受付番号/) as HTMLInputElement).value).toBe('2611-01');
    await user.click(within(screen.getByRole('group', { name: '共同利用の区分' })).getByLabelText('追加'));
    await user.clear(screen.getByLabelText(/^新規事業所の申込受付番号/));
    await user.type(screen.getByLabelText(/^新規事業所の申込受付番号/), '2611001A');
    await user.click(screen.getByLabelText('論理端末「99999W」を選択'));
    await user.click(screen.getByRole('button', { name: '次へ進む' }));
    await screen.findByRole('heading', { name: '変更申込確認', level: 1 });
    const applied = await screen.findByRole('table', { name: '共同利用(新規事業所)情報 申込情報' });
    expect(applied.textContent).toContain('共同利用追加2611001A99999W');
    const before = await screen.findByRole('table', { name: '共同利用(新規事業所)情報 契約情報' });
    expect(before.textContent).toContain('99999W');
  });

  it('a 修正 starts from what each choice filed: the same payload comes out again', () => {
    const payloads: ContractChangePayload[] = [
      { items: [], other: 'share', share: { action: '追加', partner: 'NAC002', terminals: ['99999W'] } },
      { items: [], other: 'jointUse', jointUse: { action: '解除', partner: 'KWB001', terminals: ['99999W'] } },
      { items: [], other: 'transfer', transfer: { to: 'NAC002', userIds: ['1CNACC01'], terminals: ['99999W'] } },
      { items: [], other: 'jointUseNewOffice', jointUseNewOffice: { action: '追加', receiptNo: '2611001A', terminals: ['99999W'] } },
      {
        items: [],
        other: 'succession',
        succession: {
          companyName: '港湾物流株式会社',
          companyNameKana: 'コウワンブツリュウカブシキガイシャ',
          companyAbbr: 'KWB',
          contractorName: '湊　花子',
          contractorTitle: '代表取締役',
          postalCode: '1080075',
          address: '東京都港区港南十丁目１００番１号',
          phone: '0300001000',
        },
      },
    ];
    for (const [i, payload] of payloads.entries()) {
      const app: Application = { ...makeApplication(i + 1, { kind: 'contract-change', receiptNo: `264200${i}A` }), payload, desiredDate: '2026-12-07' };
      const state = stateFromApplication(app);
      expect(payloadOf(state)).toEqual(payload);
    }
    // the screens' fields come back too
    const transfer = stateFromApplication({ ...makeApplication(9, { kind: 'contract-change', receiptNo: '2642009A' }), payload: payloads[2], desiredDate: '2026-12-07' });
    expect([transfer.raw['transfer-to'], transfer.raw['transfer-user-ids'], transfer.raw['transfer-terminals']]).toEqual(['NAC002', '1CNACC01', '99999W']);
    const jointNew = stateFromApplication({ ...makeApplication(10, { kind: 'contract-change', receiptNo: '2642010A' }), payload: payloads[3], desiredDate: '2026-12-07' });
    expect([jointNew.raw['joint-new-action'], jointNew.raw['joint-new-receipt-no'], jointNew.raw['joint-new-terminals']]).toEqual(['追加', '2611001A', '99999W']);
  });
});
