// The システム設定申込 journey (seed 000): ガイダンス → 申込担当者入力 → 利用者コード選択
// (each code's システム設定情報入力 opened from it) → 確認 → 完了.
import type { Journey } from '../../wizard/journey';
import type { StepId, SystemSettingState } from './state';

export const systemSettingJourney: Journey<SystemSettingState, StepId> = {
  basePath: '/system-setting',
  indicatorLabels: ['申込担当者の入力', 'システム設定情報の登録', '入力内容の確認', '申請完了'],
  steps: [
    { id: 'guidance', path: '', title: 'システム設定申込ガイダンス', crumb: 'システム設定申込ガイダンス', place: 'start' },
    {
      id: 'contact',
      path: 'contact',
      title: '申込担当者 入力',
      crumb: '申込担当者入力',
      indicator: 1,
      isComplete: (s) => !!s.contact,
    },
    {
      id: 'codes',
      path: 'codes',
      title: '利用者コード 選択',
      crumb: '利用者コード選択',
      indicator: 2,
      isComplete: (s) => s.codes.length > 0 && !!s.schedule,
    },
    { id: 'code', path: 'codes/:code', title: 'システム設定情報入力', crumb: 'システム設定情報入力', indicator: 2, from: 'codes' },
    { id: 'confirm', path: 'confirm', title: 'システム設定申込内容 確認', crumb: 'システム設定情報確認', indicator: 3, isComplete: () => false },
    {
      id: 'complete',
      path: 'complete/:applicationId',
      title: 'システム設定申込 完了',
      crumb: 'システム設定申込登録完了',
      indicator: 4,
      place: 'end',
    },
  ],
};
