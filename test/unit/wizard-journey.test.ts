import { describe, expect, it } from 'vitest';
import { systemSettingJourney as j } from '../../src/screens/system-setting/flow';
import { emptyState, type SystemSettingState } from '../../src/screens/system-setting/state';
import { firstIncompleteStep, resolveVisit, stepUrl, trailOf } from '../../src/wizard/journey';
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

describe('the システム設定申込 journey', () => {
  it('goes guidance → 申込担当者 → 利用者コード選択 → 確認 → 完了, and back from a code to the list', () => {
    const s = emptyState();
    expect(j.next('guidance', s)).toBe('contact');
    expect(j.next('contact', s)).toBe('codes');
    expect(j.next('code', s)).toBe('codes');
    expect(j.next('codes', s)).toBe('confirm');
    expect(j.next('confirm', s)).toBe('complete');
  });

  it('lets a step be visited only when the steps before it are complete', () => {
    expect(j.canVisit('codes', emptyState())).toBe(false);
    expect(j.canVisit('codes', at({ contact }))).toBe(true);
    expect(j.canVisit('confirm', at({ contact, codes: [code] }))).toBe(false);
    expect(j.canVisit('confirm', at({ contact, codes: [code], schedule: { timing: { kind: 'shortest' }, note: '' } }))).toBe(true);
  });

  it('finds the first incomplete step and sends a deep link there', () => {
    expect(firstIncompleteStep(j, emptyState())).toBe('contact');
    expect(firstIncompleteStep(j, at({ contact }))).toBe('codes');
    expect(resolveVisit(j, 'confirm', emptyState())).toBe('contact');
    expect(resolveVisit(j, 'confirm', at({ contact, codes: [code] }))).toBe('codes');
    expect(resolveVisit(j, 'code', at({ contact }))).toBe('code');
  });

  it('builds the URLs and the seed breadcrumbs', () => {
    expect(stepUrl(j, 'guidance')).toBe('/system-setting');
    expect(stepUrl(j, 'code', { code: '1CNAC' })).toBe('/system-setting/codes/1CNAC');
    expect(trailOf(j, 'code').map((s) => s.crumb)).toEqual([
      'システム設定申込ガイダンス',
      '申込担当者入力',
      '利用者コード選択',
      'システム設定情報入力',
    ]);
    expect(trailOf(j, 'complete').map((s) => s.crumb)).toEqual([
      'システム設定申込ガイダンス',
      '申込担当者入力',
      '利用者コード選択',
      'システム設定情報確認',
      'システム設定申込登録完了',
    ]);
  });
});
