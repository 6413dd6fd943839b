// The wizard kit on a small tabbed flow owned by a provisional account (no office
// is logged in): tabs checked when left and marked, the confirmation listing every
// tab's errors with links back to the field, filing refused until all are valid,
// and 続きから on a draft that belongs to no office. Also the before/after block.
import { cleanup, screen, waitFor, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ApplicationKind } from '../../src/domain/application';
import { registerKind } from '../../src/kinds/registry';
import { systemSettingKind } from '../../src/kinds/system-setting/kind';
import { dexieDraftStore } from '../../src/store/drafts';
import { endSession } from '../../src/store/session';
import { Sections } from '../../src/ui/form/Sections';
import { TextInput } from '../../src/ui/form/TextInput';
import { WizardForm } from '../../src/ui/form/WizardForm';
import { useStep, useWizard, type WizardState } from '../../src/wizard/context';
import type { Journey } from '../../src/wizard/journey';
import { wizardRoutes } from '../../src/wizard/routes';
import { createTabbedForm, createTabErrors, TabbedFormTabs, useFocusFromLink, useTabParam } from '../../src/wizard/TabbedForm';
import type { TabDef } from '../../src/wizard/tabs';
import { WizardPage } from '../../src/wizard/WizardPage';
import { WizardStart } from '../../src/wizard/WizardStart';
import { resetDatabase, seedDemo } from '../support/db';
import { renderRoutes } from './render';

type StepId = 'guidance' | 'form' | 'confirm' | 'complete';
type TabId = 'office' | 'users';
type State = WizardState<StepId>;

const KIND = 'test-tabbed' as ApplicationKind;
const OWNER = 'P0000001';
const owner = () => OWNER;

const TABS: readonly TabDef<State, null, TabId>[] = [
  {
    key: 'office',
    label: '事業所・企業',
    check: (s): Record<string, string> => (s.raw['office-name'] ? {} : { 'office-name': '事業所名を入力してください。' }),
  },
  {
    key: 'users',
    label: '利用者',
    check: (s): Record<string, string> => (s.raw['user-code'] ? {} : { 'user-code': '利用者コードを入力してください。' }),
  },
];

const journey: Journey<State, StepId> = {
  basePath: '/new',
  indicatorLabels: ['仮ログイン', '仮ログイン登録完了', 'NACCS利用申込', 'NACCS利用申込完了', '審査完了'],
  steps: [
    { id: 'guidance', path: '', title: '新規申込', crumb: '新規申込', place: 'start' },
    // tabs are filled in any order: the confirmation may be reached with errors, and lists them
    { id: 'form', path: 'form', title: 'NACCS利用申込', crumb: 'NACCS利用申込', indicator: 3 },
    { id: 'confirm', path: 'confirm', title: 'NACCS利用申込 確認', crumb: '申込内容確認', indicator: 3, isComplete: () => false },
    { id: 'complete', path: 'complete/:applicationId', title: '完了', crumb: '完了', indicator: 4, place: 'end' },
  ],
};

function Guidance() {
  return (
    <WizardStart flow={{ kind: KIND, journey, owner, startLabel: '申込を始める', newState: () => ({ raw: {} }), amendState: () => ({ raw: {} }) }}>
      <p>新規申込の案内</p>
    </WizardStart>
  );
}

function FormStep() {
  const { session } = useWizard<State, StepId>();
  const step = useStep<State, StepId>('form');
  const [tab, select] = useTabParam<TabId>(['office', 'users']);
  const tabs = createTabbedForm<State, null, TabId>({ tabs: TABS, state: () => session.state, ctx: () => null, selected: tab, select });
  useFocusFromLink();
  const field = (id: string, label: string) => (
    <TextInput
      id={id}
      label={label}
      value={session.state.raw[id] ?? ''}
      error={tabs.errors.errorOf(id)}
      onValue={(v) => session.update((s) => void (s.raw[id] = v))}
    />
  );
  return (
    <WizardPage step={step} errors={tabs.errors} onSelectError={tabs.reveal}>
      <WizardForm onSubmit={() => step.proceed()}>
        <TabbedFormTabs form={tabs} label="申込項目" idPrefix="new" selected={tab()}>
          {tab() === 'office' ? field('office-name', '事業所名') : field('user-code', '利用者コード')}
        </TabbedFormTabs>
        <button type="submit">申込内容確認へ進む</button>
      </WizardForm>
    </WizardPage>
  );
}

function ConfirmStep() {
  const { session } = useWizard<State, StepId>();
  const step = useStep<State, StepId>('confirm');
  const check = createTabErrors<State, null, TabId, StepId>({ tabs: TABS, state: () => session.state, ctx: () => null, tabbedStep: { id: 'form' } });
  return (
    <WizardPage step={step} errors={check.errors} onSelectError={check.reveal}>
      <button type="button" onClick={() => check.refuse() || session.update((s) => void (s.raw.filed = 'yes'))}>
        申込内容を登録する
      </button>
      <p>{session.state.raw.filed === 'yes' ? '登録しました' : ''}</p>
    </WizardPage>
  );
}

const routes = () =>
  wizardRoutes(journey, KIND, { guidance: Guidance, form: FormStep, confirm: ConfirmStep, complete: () => <p>完了</p> }, owner);

describe('the wizard kit: a tabbed flow whose draft belongs to a provisional account', () => {
  beforeAll(() => {
    registerKind({ ...systemSettingKind, kind: KIND, texts: { ...systemSettingKind.texts, name: 'NACCS利用申込' } });
  });
  beforeEach(async () => {
    await resetDatabase();
    await seedDemo();
    await endSession(); // no office is logged in
  });
  afterEach(cleanup);

  it('checks a tab when it is left, marks it, lists every tab\'s errors on 確認 and links back to the field', async () => {
    const user = userEvent.setup();
    const { history } = renderRoutes(routes(), '/new');
    await user.click(await screen.findByRole('button', { name: '申込を始める' }));
    expect((await screen.findByRole('list', { name: '申込の手順' })).textContent).toContain('審査完了');

    await user.click(await screen.findByRole('tab', { name: '利用者' }));
    // leaving 事業所・企業 empty marks it, and its message is shown without taking the focus
    expect(screen.getByRole('tab', { name: '事業所・企業(エラーあり)' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('事業所名を入力してください。');
    await user.click(screen.getByRole('tab', { name: '事業所・企業(エラーあり)' }));
    await user.type(screen.getByLabelText('事業所名'), '東京CP利用者');
    await user.click(screen.getByRole('button', { name: '申込内容確認へ進む' }));

    await screen.findByRole('heading', { name: 'NACCS利用申込 確認' });
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('利用者コードを入力してください。');
    await user.click(screen.getByRole('button', { name: '申込内容を登録する' }));
    expect(screen.queryByText('登録しました')).toBeNull();

    await user.click(within(screen.getByRole('alert')).getByRole('link', { name: '利用者コードを入力してください。' }));
    await waitFor(() => expect(history.get()).toContain('tab=users'));
    const code = await screen.findByLabelText('利用者コード');
    await waitFor(() => expect(document.activeElement).toBe(code));
    await user.type(code, '1ANAC');
    await user.click(screen.getByRole('button', { name: '申込内容確認へ進む' }));
    await screen.findByRole('heading', { name: 'NACCS利用申込 確認' });
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    await user.click(screen.getByRole('button', { name: '申込内容を登録する' }));
    expect(await screen.findByText('登録しました')).toBeTruthy();
  });

  it('keeps the draft under the provisional account and offers 続きから without any office logged in', async () => {
    const user = userEvent.setup();
    renderRoutes(routes(), '/new');
    await user.click(await screen.findByRole('button', { name: '申込を始める' }));
    await user.type(await screen.findByLabelText('事業所名'), '大阪CP利用者');
    await waitFor(async () => expect((await dexieDraftStore.listOpen(OWNER, KIND))[0]?.state).toMatchObject({ raw: { 'office-name': '大阪CP利用者' } }));
    expect(await dexieDraftStore.listOpen('NAC001', KIND)).toEqual([]);
    cleanup();

    renderRoutes(routes(), '/new');
    await user.click(await screen.findByRole('button', { name: '続きから' }));
    expect(((await screen.findByLabelText('事業所名')) as HTMLInputElement).value).toBe('大阪CP利用者');
  });
});

describe('the before/after block of a change confirmation', () => {
  afterEach(cleanup);

  it('shows 契約情報 (the contract) above 申込情報 (what the application does, 追加 / 変更 / 廃止)', () => {
    renderRoutes(
      [
        {
          path: '/',
          component: () => (
            <Sections
              sections={[
                {
                  id: 'net',
                  title: 'netNACCS情報',
                  content: [
                    {
                      type: 'beforeAfter',
                      before: { columns: ['区分', '論理端末名'], rows: [['海上', '99999W']] },
                      after: { columns: ['申込内容', '区分', '端末追加数'], rows: [['追加', '海上', '2']] },
                    },
                  ],
                },
              ]}
            />
          ),
        },
      ],
      '/',
    );
    const block = screen.getByRole('region', { name: 'netNACCS情報' });
    expect(within(block).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['契約情報', '申込情報']);
    const [before, after] = within(block).getAllByRole('table');
    expect(before.querySelector('caption')!.textContent).toBe('netNACCS情報 契約情報');
    expect(within(after).getAllByRole('row').map((r) => r.textContent)).toEqual(['申込内容区分端末追加数', '追加海上2']);
  });
});
