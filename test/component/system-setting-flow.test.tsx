import { cleanup, screen, waitFor, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { useLocation } from '@solidjs/router';
import { describe, expect, it } from 'vitest';
import { setClockTo } from '../../src/center/clock';
import { nssRoutes } from '../../src/screens/system-setting/routes';
import { emptyState } from '../../src/screens/system-setting/state';
import { dexieDraftStore } from '../../src/store/drafts';
import { submitApplication } from '../../src/center/submit';
import { TEST_CONTACT } from '../support/test-kinds';
import { renderRoutes } from './render';
import { useDemoOffice } from './demo-office';

function Where() {
  const location = useLocation();
  return <p data-testid="where">{location.pathname + location.search}</p>;
}

const render = (url: string) => renderRoutes([...nssRoutes, { path: '*', component: Where }], url);

useDemoOffice({ prepare: () => setClockTo('2026-11-20', 10, 0) });

describe('システム設定申込 wizard', () => {
  it('guidance → 申込担当者: errors on 次へ keep the text; valid input leads to 利用者コード 選択', async () => {
    const user = userEvent.setup();
    render('/system-setting');
    await user.click(await screen.findByRole('button', { name: '申込担当者の入力へ進む' }));
    await screen.findByRole('heading', { name: '申込担当者 入力', level: 1 });
    expect(screen.getByRole('list', { name: '申込の手順' }).querySelector('[aria-current="step"]')!.textContent).toContain(
      '申込担当者の入力',
    );
    await user.type(screen.getByLabelText(/^氏名 姓/), '通関');
    await user.type(screen.getByLabelText(/^電話番号/), '03-0123-4567');
    await user.click(screen.getByRole('button', { name: 'システム設定申込の入力へ進む' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: '氏名(名)を入力してください。' })).toBeTruthy();
    expect(within(summary).getByRole('link', { name: '電話番号は「-」(ハイフン)を入力せずに、数字のみ入力してください。' })).toBeTruthy();
    expect(document.title.startsWith('エラー：申込担当者 入力')).toBe(true);
    expect((screen.getByLabelText(/^電話番号/) as HTMLInputElement).value).toBe('03-0123-4567');

    const fill = async (label: RegExp, text: string) => {
      const el = screen.getByLabelText(label) as HTMLInputElement;
      await user.clear(el);
      await user.type(el, text);
    };
    await fill(/^氏名 名/, '太郎');
    await fill(/^氏名\(フリガナ\) 姓/, 'ツウカン');
    await fill(/^氏名\(フリガナ\) 名/, 'タロウ');
    await fill(/^所属部署名/, '第一営業部');
    await fill(/^役職名/, '課長');
    await fill(/^電話番号/, '0301234567');
    await fill(/^E-mailアドレス 登録用/, 'tarou.tsukan@nacks-shoji.example');
    await fill(/^E-mailアドレス 確認用/, 'tarou.tsukan@nacks-shoji.example');
    await user.click(screen.getByRole('button', { name: 'システム設定申込の入力へ進む' }));
    await screen.findByRole('heading', { name: '利用者コード 選択', level: 1 });
    expect(screen.getByText('2026/11/27(金)に反映予定')).toBeTruthy();
    // the date is part of the 最短 radio's description, so a screen reader hears it with the choice
    const shortest = screen.getByRole('radio', { name: '最短の日程で登録を希望' });
    const described = (shortest.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described).toEqual(['2026/11/27(金)に反映予定']);
  });

  it('a deep link to 確認 of an incomplete draft leads to its first incomplete step', async () => {
    const d = await dexieDraftStore.create({ officeCode: 'NAC001', kind: 'system-setting', state: emptyState() });
    render(`/system-setting/confirm?draft=${d.id}`);
    await screen.findByRole('heading', { name: '申込担当者 入力', level: 1 });
  });

  it('opening the flow with a draft offers 続きから / 新しく始める', async () => {
    const state = emptyState();
    state.raw['contact-lastName'] = '保存済';
    const d = await dexieDraftStore.create({ officeCode: 'NAC001', kind: 'system-setting', state });
    const user = userEvent.setup();
    render('/system-setting');
    await screen.findByRole('heading', { name: '作成中のシステム設定申込があります' });
    await user.click(screen.getByRole('button', { name: '続きから' }));
    await waitFor(() => expect((screen.getByLabelText(/^氏名 姓/) as HTMLInputElement).value).toBe('保存済'));

    cleanup();
    render('/system-setting');
    await user.click(await screen.findByRole('button', { name: '新しく始める' }));
    await waitFor(() => expect((screen.getByLabelText(/^氏名 姓/) as HTMLInputElement).value).toBe(''));
    expect(await dexieDraftStore.get(d.id)).toBeUndefined();
  });

  it("続きから says when the draft was saved by the training clock, not the device's", async () => {
    const user = userEvent.setup();
    render('/system-setting');
    await user.click(await screen.findByRole('button', { name: '申込担当者の入力へ進む' }));
    await user.type(await screen.findByLabelText(/^役職名/), '課長');
    await setClockTo('2026-11-20', 14, 35); // the trainee typed on, later that training day
    await user.type(screen.getByLabelText(/^所属部署名/), '通関部');
    await screen.findByText('入力内容は一時保存されています。', {}, { timeout: 3000 });

    cleanup();
    await setClockTo('2026-11-25', 9, 0); // the trainer moves the class on
    render('/system-setting');
    await screen.findByRole('heading', { name: '作成中のシステム設定申込があります' });
    expect(screen.getByText(/に保存された入力内容があります/).textContent).toContain('2026/11/20 14:35に保存された入力内容があります。');
  });

  it('another tab saving the same draft shows the message and loads the newer content on request', async () => {
    const d = await dexieDraftStore.create({ officeCode: 'NAC001', kind: 'system-setting', state: emptyState() });
    const user = userEvent.setup();
    render(`/system-setting/contact?draft=${d.id}`);
    const field = (await screen.findByLabelText(/^役職名/)) as HTMLInputElement;
    const newer = emptyState();
    newer.raw['contact-title'] = '部長';
    await dexieDraftStore.save(d.id, 1, newer);
    await screen.findByText('別のタブ(ウィンドウ)でこの申込の入力内容が更新されました。');
    expect(field.value).toBe('');
    await user.click(screen.getByRole('button', { name: '最新の入力内容を読み込む' }));
    await waitFor(() => expect((screen.getByLabelText(/^役職名/) as HTMLInputElement).value).toBe('部長'));
  });

  it('a new code must fill the required items of 名称 and 業種 (R12); the tab and sub-tab with the error open from the summary', async () => {
    const state = emptyState();
    state.contact = TEST_CONTACT;
    const d = await dexieDraftStore.create({ officeCode: 'NAC001', kind: 'system-setting', state });
    const user = userEvent.setup();
    render(`/system-setting/codes/1CNAC?draft=${d.id}`);
    await screen.findByRole('heading', { name: 'システム設定情報入力', level: 1 });
    await user.click(await screen.findByRole('button', { name: 'この内容で設定する' }));
    const summary = await screen.findByRole('alert');
    const customsLink = within(summary).getByRole('link', { name: /主管税関を選択してください。新規利用者コード追加時は/ });
    expect(within(summary).getByRole('link', { name: /企業名を入力してください。新規利用者コード追加時は「名称」タブと「業種」タブ/ })).toBeTruthy();
    await user.click(customsLink);
    await waitFor(() => expect(screen.getByRole('tab', { name: /^業種/ }).getAttribute('aria-selected')).toBe('true'));
    expect(screen.getByRole('tab', { name: '通関・自社通関(エラーあり)' }).getAttribute('aria-selected')).toBe('true');
    await user.click(screen.getByLabelText('東京税関'));
    await user.click(screen.getByRole('tab', { name: /名称/ }));
    await user.type(screen.getByLabelText(/^企業名/), 'NACCS TRADE COMPANY 2');
    await user.click(screen.getByRole('button', { name: 'この内容で設定する' }));
    await screen.findByRole('heading', { name: '利用者コード 選択', level: 1 });
    const applied = screen.getByRole('table', { name: '申込情報' });
    expect(within(applied).getByText('1CNAC')).toBeTruthy();
    expect(within(applied).getByText('NACCS TRADE COMPANY 2')).toBeTruthy();
    // the 業種 are the contract's: the 業種 tab registered settings for 通関業, it chose none
    expect(within(applied).getByRole('row', { name: /1CNAC/ }).textContent).toContain('通関業');
  });

  it('shows the tabs the contract calls for, and 処理方式 as NSS writes it', async () => {
    const state = emptyState();
    state.contact = TEST_CONTACT;
    const d = await dexieDraftStore.create({ officeCode: 'NAC001', kind: 'system-setting', state });
    const tabNames = () => screen.getAllByRole('tab').map((t) => t.textContent);
    render(`/system-setting/codes/1ANAC?draft=${d.id}`);
    await screen.findByText('設定対象利用者コード');
    await waitFor(() => expect(tabNames()).toEqual(['名称', '業種', '二重出力', '管理資料一元化', 'パスワード初期化']));
    expect(document.body.textContent).toContain('処理方式インタラクティブ netNACCS インタラクティブ・メール併用');
    expect(document.body.textContent).toContain('業種通関業 通関士');
    cleanup();
    // 1BNAC (保税蔵置場, 管理統計資料): no 二重出力
    render(`/system-setting/codes/1BNAC?draft=${d.id}`);
    await waitFor(() => expect(tabNames()).toEqual(['名称', '業種', '管理資料一元化', 'パスワード初期化']));
    cleanup();
    // 1CNAC (通関業 on its 利用者ID, no 管理統計資料)
    render(`/system-setting/codes/1CNAC?draft=${d.id}&tab=industries`);
    await waitFor(() => expect(tabNames()).toEqual(['名称', '業種', '二重出力', 'パスワード初期化', '通関・自社通関']));
  });

  it('利用者コード 選択 has 添付ファイル before the 最短 note and 「NACCS登録希望日に関する項目」 (seed 000 ⑦)', async () => {
    const state = emptyState();
    state.contact = TEST_CONTACT;
    const d = await dexieDraftStore.create({ officeCode: 'NAC001', kind: 'system-setting', state });
    render(`/system-setting/codes?draft=${d.id}`);
    await screen.findByRole('heading', { name: 'NACCS登録希望日に関する項目' });
    const attach = screen.getByLabelText(/^添付ファイル/);
    const note = screen.getByText(/「最短の日程で登録を希望する」を選択した場合は、4営業日後の反映となります。/);
    const block = screen.getByRole('heading', { name: 'NACCS登録希望日に関する項目' });
    const follows = (a: Node, b: Node) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    expect(follows(attach, note)).toBe(true);
    expect(follows(note, block)).toBe(true);
    expect(follows(block, screen.getByLabelText('最短の日程で登録を希望'))).toBe(true);
  });

  it('確認 shows the seed\'s blocks, the codes this application changes, the settings in 「詳細」, and our NACCS登録希望日 block below', async () => {
    const state = emptyState();
    state.contact = TEST_CONTACT;
    state.codes = [
      {
        userCode: '1ANAC',
        systemKind: '海上',
        newCode: false,
        industries: ['通関業', '通関士'],
        importerCode: '',
        english: { company: 'NACCS TRADE COMPANY 2', office: 'TOKYO OFFICE', manager: 'J.YAMADA', address: 'TOKYO' },
        settings: { 'customs-customs': '東京税関', 'dual-use': '登録しない', 'password-ids': '1ANACA01' },
      },
    ];
    state.schedule = { timing: { kind: 'shortest' }, note: '企業名の変更です。' };
    const d = await dexieDraftStore.create({ officeCode: 'NAC001', kind: 'system-setting', state });
    render(`/system-setting/confirm?draft=${d.id}`);
    await screen.findByRole('heading', { name: 'システム設定申込内容 確認', level: 1 });
    const blocks = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    await waitFor(() =>
      expect(blocks()).toEqual(['申込担当者情報', 'システム設定情報', '本申込で修正対象となる利用者コード', '添付ファイル', 'NACCS登録希望日に関する項目']),
    );
    const targets = () => screen.getByRole('table', { name: '本申込で修正対象となる利用者コード' });
    await waitFor(() =>
      expect(within(targets()).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual([
        '1ANACNACCS TRADE COMPANY 2TOKYO OFFICETOKYOJ.YAMADA',
        '1BNACNACCS TRADE COMPANY 2TOKYO BONDED WAREHOUSETOKYO TO MINATO KU KOUNAN 10-100-1 NACCS BLD. 20FS.HOZEI',
        '1CNACNACCS TRADE COMPANY 2',
      ]),
    );
    const settings = screen.getByRole('region', { name: 'システム設定情報' });
    expect(settings.textContent).not.toContain('NACCS反映タイミング');
    expect(settings.textContent).not.toContain('備考');
    expect(within(settings).getByText('詳細').closest('details')!.textContent).toContain('通関・自社通関 主管税関東京税関');
    expect(within(settings).getByText('詳細').closest('details')!.textContent).toContain('初期化する利用者ID1ANACA01');
    const schedule = screen.getByRole('region', { name: 'NACCS登録希望日に関する項目' });
    expect(schedule.textContent).toContain('NACCS反映タイミング最短の日程で登録を希望');
    expect(schedule.textContent).toContain('備考企業名の変更です。');
  });

  it('a new draft starts with the 申込担当者 of the office\'s last application', async () => {
    const contact = { ...TEST_CONTACT, lastName: '港南', email: 'hanako@nacks-shoji.example' };
    await submitApplication({
      kind: 'system-setting',
      officeCode: 'NAC001',
      contact,
      payload: {
        codes: [{ userCode: '1ANAC', systemKind: '海上', newCode: false, industries: ['通関業'], importerCode: '',
          english: { company: 'NACCS TRADE COMPANY', office: 'TOKYO OFFICE', manager: 'J.YAMADA', address: 'TOKYO' } }],
        timing: { kind: 'shortest' },
      },
    });
    const user = userEvent.setup();
    render('/system-setting');
    await user.click(await screen.findByRole('button', { name: '申込担当者の入力へ進む' }));
    await waitFor(() => expect((screen.getByLabelText(/^氏名 姓/) as HTMLInputElement).value).toBe('港南'));
    expect((screen.getByLabelText(/^E-mailアドレス 確認用/) as HTMLInputElement).value).toBe('hanako@nacks-shoji.example');
  });
});
