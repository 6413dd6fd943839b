// The システム設定申込 journey (seed 000): steps, breadcrumbs, the step indicator,
// which step follows which, and which may be visited.
import type { Journey } from '../../wizard/journey';
import type { StepId, SystemSettingState } from './state';

const SYSTEM_SETTING_BASE = '/system-setting';

export const systemSettingJourney: Journey<SystemSettingState, StepId> = {
  basePath: SYSTEM_SETTING_BASE,
  indicatorLabels: ['申込担当者の入力', 'システム設定情報の登録', '入力内容の確認', '申請完了'],
  steps: [
    { id: 'guidance', path: '', title: 'システム設定申込ガイダンス', crumb: 'システム設定申込ガイダンス' },
    { id: 'contact', path: 'contact', title: '申込担当者 入力', crumb: '申込担当者入力', parent: 'guidance', indicator: 1 },
    { id: 'codes', path: 'codes', title: '利用者コード 選択', crumb: '利用者コード選択', parent: 'contact', indicator: 2 },
    {
      id: 'code',
      path: 'codes/:code',
      title: 'システム設定情報入力',
      crumb: 'システム設定情報入力',
      parent: 'codes',
      indicator: 2,
    },
    {
      id: 'confirm',
      path: 'confirm',
      title: 'システム設定申込内容 確認',
      crumb: 'システム設定情報確認',
      parent: 'codes',
      indicator: 3,
    },
    {
      id: 'complete',
      path: 'complete/:applicationId',
      title: 'システム設定申込 完了',
      crumb: 'システム設定申込登録完了',
      parent: 'confirm',
      indicator: 4,
    },
  ],
  next(stepId) {
    switch (stepId) {
      case 'guidance':
        return 'contact';
      case 'contact':
        return 'codes';
      case 'code':
        return 'codes';
      case 'codes':
        return 'confirm';
      case 'confirm':
        return 'complete';
      default:
        return undefined;
    }
  },
  canVisit(stepId, s) {
    switch (stepId) {
      case 'guidance':
      case 'contact':
        return true;
      case 'codes':
      case 'code':
        return !!s.contact;
      case 'confirm':
        return !!s.contact && s.codes.length > 0 && !!s.schedule;
      case 'complete':
        return false;
    }
  },
  isComplete(stepId, s) {
    switch (stepId) {
      case 'guidance':
      case 'code':
        return true;
      case 'contact':
        return !!s.contact;
      case 'codes':
        return s.codes.length > 0 && !!s.schedule;
      case 'confirm':
      case 'complete':
        return false;
    }
  },
};
