import { describe, expect, it } from 'vitest';
import { systemSettingJourney as j } from '../../src/screens/system-setting/flow';
import { emptyState, type SystemSettingState } from '../../src/screens/system-setting/state';
import {
  canVisit,
  firstIncompleteStep,
  nextOf,
  pathOf,
  previousOf,
  resolveVisit,
  stepOf,
  stepUrl,
  trailOf,
  type Journey,
  type StepRef,
} from '../../src/wizard/journey';
import { markedLabel, shownTabs, tabErrors, type TabDef } from '../../src/wizard/tabs';
import type { CodeSetting } from '../../src/domain/system-setting/payload';

const contact = {
  lastName: '通関',
  firstName: '太郎',
  lastNameKana: 'ツウカン',
  firstNameKana: 'タロウ',
  department: '通関部',
  title: '課長',
  phone: '0301234567',
  fax: '',
  email: 'a@b.jp',
};
const code = { userCode: '1CNAC' } as CodeSetting;

const at = (patch: Partial<SystemSettingState>): SystemSettingState => ({ ...emptyState(), ...patch });
const ids = (refs: StepRef[]) => refs.map((r) => (r.params && Object.keys(r.params).length ? `${r.id}(${Object.values(r.params).join(',')})` : r.id));
const crumbs = <A,>(journey: Journey<A>, refs: StepRef[]) => refs.map((r) => stepOf(journey, r.id).crumb);

describe('a linear journey: the システム設定申込', () => {
  const done = at({ contact, codes: [code], schedule: { timing: { kind: 'shortest' }, note: '' } });

  it('goes guidance → 申込担当者 → 利用者コード選択 → 確認, and from a code back to the list', () => {
    expect(ids(pathOf(j, emptyState()))).toEqual(['guidance', 'contact', 'codes', 'confirm']);
    expect(nextOf(j, { id: 'guidance' }, done)).toEqual({ id: 'contact' });
    expect(nextOf(j, { id: 'contact' }, done)).toEqual({ id: 'codes' });
    expect(nextOf(j, { id: 'codes' }, done)).toEqual({ id: 'confirm' });
    expect(nextOf(j, { id: 'code', params: { code: '1CNAC' } }, done)).toEqual({ id: 'codes' });
    expect(previousOf(j, { id: 'confirm' }, done)).toEqual({ id: 'codes' });
    expect(previousOf(j, { id: 'code', params: { code: '1CNAC' } }, done)).toEqual({ id: 'codes' });
  });

  it('lets a step be visited only when the steps before it are complete', () => {
    expect(canVisit(j, { id: 'codes' }, emptyState())).toBe(false);
    expect(canVisit(j, { id: 'codes' }, at({ contact }))).toBe(true);
    expect(canVisit(j, { id: 'confirm' }, at({ contact, codes: [code] }))).toBe(false);
    expect(canVisit(j, { id: 'confirm' }, done)).toBe(true);
    expect(canVisit(j, { id: 'complete', params: { applicationId: 'x' } }, done)).toBe(false);
    expect(canVisit(j, { id: 'no-such-step' as never }, done)).toBe(false);
  });

  it('finds the first incomplete step and sends a deep link there', () => {
    expect(firstIncompleteStep(j, emptyState())).toEqual({ id: 'contact' });
    expect(firstIncompleteStep(j, at({ contact }))).toEqual({ id: 'codes' });
    expect(resolveVisit(j, { id: 'confirm' }, emptyState())).toEqual({ id: 'contact' });
    expect(resolveVisit(j, { id: 'confirm' }, at({ contact, codes: [code] }))).toEqual({ id: 'codes' });
    expect(resolveVisit(j, { id: 'code', params: { code: '1CNAC' } }, at({ contact }))).toEqual({
      id: 'code',
      params: { code: '1CNAC' },
    });
  });

  it('builds the URLs and the seed breadcrumbs from the path taken', () => {
    expect(stepUrl(j, { id: 'guidance' })).toBe('/system-setting');
    expect(stepUrl(j, { id: 'code', params: { code: '1CNAC' } })).toBe('/system-setting/codes/1CNAC');
    expect(crumbs(j, trailOf(j, { id: 'code', params: { code: '1CNAC' } }, done))).toEqual([
      'システム設定申込ガイダンス',
      '申込担当者入力',
      '利用者コード選択',
      'システム設定情報入力',
    ]);
    expect(crumbs(j, trailOf(j, { id: 'complete' }))).toEqual([
      'システム設定申込ガイダンス',
      '申込担当者入力',
      '利用者コード選択',
      'システム設定情報確認',
      'システム設定申込登録完了',
    ]);
  });
});

/**
 * An item-driven journey in the manner of 契約内容の変更: the ticked items give
 * their input screens, in a fixed order, between 申込担当者 and 確認.
 */
interface ChangeAnswers {
  items: string[];
  contact?: boolean;
  done: string[];
}
type ChangeStep = 'guidance' | 'items' | 'contact' | 'codes' | 'terminals' | 'plan' | 'confirm' | 'complete';
const itemStep = (id: ChangeStep, crumb: string) => ({
  id,
  path: id,
  title: crumb,
  crumb,
  indicator: 2,
  when: (a: ChangeAnswers) => a.items.includes(id),
  isComplete: (a: ChangeAnswers) => a.done.includes(id),
});
const change: Journey<ChangeAnswers, ChangeStep> = {
  basePath: '/change',
  indicatorLabels: ['申込内容の選択', '変更情報の入力', '入力内容の確認', '申請完了'],
  steps: [
    { id: 'guidance', path: '', title: '変更申込ガイダンス', crumb: '変更申込ガイダンス', place: 'start' },
    { id: 'items', path: 'items', title: '変更内容入力', crumb: '変更内容入力', indicator: 1, isComplete: (a) => a.items.length > 0 },
    { id: 'contact', path: 'contact', title: '申込担当者 入力', crumb: '申込担当者入力', indicator: 2, isComplete: (a) => !!a.contact },
    itemStep('codes', '利用者コード入力'),
    itemStep('terminals', '論理端末入力'),
    itemStep('plan', '料金プラン入力'),
    { id: 'confirm', path: 'confirm', title: '変更申込確認', crumb: '変更申込確認', indicator: 3, isComplete: () => false },
    { id: 'complete', path: 'complete/:applicationId', title: '完了', crumb: '変更申込登録完了', indicator: 4, place: 'end' },
  ],
};

describe('an item-driven journey: the ticked items give their screens in a fixed order', () => {
  it('puts only the ticked items on the path, in the journey\'s order whatever the order of ticking', () => {
    const a: ChangeAnswers = { items: ['plan', 'codes'], contact: true, done: [] };
    expect(ids(pathOf(change, a))).toEqual(['guidance', 'items', 'contact', 'codes', 'plan', 'confirm']);
    expect(nextOf(change, { id: 'contact' }, a)).toEqual({ id: 'codes' });
    expect(nextOf(change, { id: 'codes' }, a)).toEqual({ id: 'plan' });
    expect(previousOf(change, { id: 'confirm' }, a)).toEqual({ id: 'plan' });
  });

  it('drops a screen whose item was unticked, and refuses a visit to it', () => {
    const a: ChangeAnswers = { items: ['terminals'], contact: true, done: ['codes'] };
    expect(canVisit(change, { id: 'codes' }, a)).toBe(false);
    expect(canVisit(change, { id: 'terminals' }, a)).toBe(true);
    expect(canVisit(change, { id: 'confirm' }, a)).toBe(false);
    expect(resolveVisit(change, { id: 'codes' }, a)).toEqual({ id: 'terminals' });
  });

  it('shows the path actually taken in the breadcrumb', () => {
    const a: ChangeAnswers = { items: ['codes', 'terminals'], contact: true, done: ['codes', 'terminals'] };
    expect(crumbs(change, trailOf(change, { id: 'confirm' }, a))).toEqual([
      '変更申込ガイダンス',
      '変更内容入力',
      '申込担当者入力',
      '利用者コード入力',
      '論理端末入力',
      '変更申込確認',
    ]);
    // the completion page has no draft: only the steps every path has
    expect(crumbs(change, trailOf(change, { id: 'complete' }))).toEqual([
      '変更申込ガイダンス',
      '変更内容入力',
      '申込担当者入力',
      '変更申込確認',
      '変更申込登録完了',
    ]);
  });
});

/** A repeated journey: one 詳細入力 page per code, in the order the codes were chosen. */
interface RepeatAnswers {
  codes: string[];
  detailed: string[];
}
type RepeatStep = 'guidance' | 'choose' | 'detail' | 'confirm';
const repeated: Journey<RepeatAnswers, RepeatStep> = {
  basePath: '/repeat',
  indicatorLabels: ['選択', '詳細入力', '確認', '完了'],
  steps: [
    { id: 'guidance', path: '', title: 'ガイダンス', crumb: 'ガイダンス', place: 'start' },
    { id: 'choose', path: 'choose', title: '利用者コード 選択', crumb: '利用者コード選択', isComplete: (a) => a.codes.length > 0 },
    {
      id: 'detail',
      path: 'codes/:code',
      title: '詳細入力',
      crumb: '詳細入力',
      repeat: (a) => a.codes.map((code) => ({ code })),
      isComplete: (a, p) => a.detailed.includes(p.code),
    },
    { id: 'confirm', path: 'confirm', title: '確認', crumb: '確認', isComplete: () => false },
  ],
};

describe('a repeated journey: one page per item, addressed by its parameter', () => {
  const a: RepeatAnswers = { codes: ['1ANAC', '1BNAC'], detailed: ['1ANAC'] };

  it('visits the step once per code, and 次へ goes from one code to the next', () => {
    expect(ids(pathOf(repeated, a))).toEqual(['guidance', 'choose', 'detail(1ANAC)', 'detail(1BNAC)', 'confirm']);
    expect(nextOf(repeated, { id: 'detail', params: { code: '1ANAC' } }, a)).toEqual({ id: 'detail', params: { code: '1BNAC' } });
    expect(previousOf(repeated, { id: 'detail', params: { code: '1BNAC' } }, a)).toEqual({ id: 'detail', params: { code: '1ANAC' } });
    expect(stepUrl(repeated, { id: 'detail', params: { code: '1BNAC' } })).toBe('/repeat/codes/1BNAC');
  });

  it('gives canVisit and isComplete the parameters: the second code waits for the first', () => {
    expect(canVisit(repeated, { id: 'detail', params: { code: '1BNAC' } }, a)).toBe(true);
    expect(canVisit(repeated, { id: 'detail', params: { code: '1BNAC' } }, { ...a, detailed: [] })).toBe(false);
    expect(canVisit(repeated, { id: 'detail', params: { code: '1CNAC' } }, a)).toBe(false);
    expect(firstIncompleteStep(repeated, a)).toEqual({ id: 'detail', params: { code: '1BNAC' } });
    expect(canVisit(repeated, { id: 'confirm' }, a)).toBe(false);
  });
});

/** A tabbed form: tabs filled in any order, each with its checks. */
interface TabAnswers {
  raw: Record<string, string>;
  oneNaccs: boolean;
}
const none: Record<string, string> = {};
const TABS: TabDef<TabAnswers, undefined, 'office' | 'users' | 'lines'>[] = [
  { key: 'office', label: '事業所・企業', check: (s) => (s.raw.office ? none : { 'office-name': '事業所名を入力してください。' }) },
  { key: 'users', label: '利用者', check: (s) => (s.raw.code ? none : { 'user-code': '利用者コードを入力してください。' }) },
  {
    key: 'lines',
    label: '回線・論理端末',
    applies: (s) => s.oneNaccs,
    check: (s) => (s.raw.line ? none : { 'line-kind': '回線種別を選択してください。' }),
  },
];

describe('a tabbed form: tabs checked in any order, every error listed with its tab', () => {
  it('shows only the tabs that apply', () => {
    expect(shownTabs(TABS, { raw: {}, oneNaccs: false }, undefined).map((t) => t.key)).toEqual(['office', 'users']);
    expect(shownTabs(TABS, { raw: {}, oneNaccs: true }, undefined).map((t) => t.key)).toEqual(['office', 'users', 'lines']);
  });

  it('lists every error of every shown tab, tab by tab, or only of the tabs checked so far', () => {
    const s = { raw: { code: '1ANAC' }, oneNaccs: true };
    expect(tabErrors(TABS, s, undefined)).toEqual([
      { tab: 'office', id: 'office-name', message: '事業所名を入力してください。' },
      { tab: 'lines', id: 'line-kind', message: '回線種別を選択してください。' },
    ]);
    expect(tabErrors(TABS, s, undefined, new Set(['lines'] as const)).map((e) => e.id)).toEqual(['line-kind']);
    expect(tabErrors(TABS, { raw: { office: 'x', code: 'y' }, oneNaccs: false }, undefined)).toEqual([]);
  });

  it('marks a tab that holds an error', () => {
    expect(markedLabel('利用者', true)).toBe('利用者(エラーあり)');
    expect(markedLabel('利用者', false)).toBe('利用者');
  });
});
