// The 通関士IDの追加 journey (seed 004): ガイダンス → 申込担当者入力 → 追加登録 →
// 確認 → 利用申込完了.
import type { Journey } from '../../wizard/journey';
import type { BrokerIdState, StepId } from './state';

const BROKER_ID_BASE = '/broker-id';

export const brokerIdJourney: Journey<BrokerIdState, StepId> = {
  basePath: BROKER_ID_BASE,
  indicatorLabels: ['申込担当者の入力', '通関士用利用者IDの入力', '入力内容の確認', '申請完了'],
  steps: [
    { id: 'guidance', path: '', title: '通関士IDガイダンス', crumb: '通関士IDガイダンス' },
    { id: 'contact', path: 'contact', title: '申込担当者 入力', crumb: '申込担当者入力', parent: 'guidance', indicator: 1 },
    { id: 'ids', path: 'ids', title: '通関士用利用者ID 入力', crumb: '通関士用利用者ID入力', parent: 'contact', indicator: 2 },
    { id: 'confirm', path: 'confirm', title: '通関士ID追加申込 確認', crumb: '通関士ID追加申込確認', parent: 'ids', indicator: 3 },
    {
      id: 'complete',
      path: 'complete/:applicationId',
      title: '利用申込 完了',
      crumb: '利用申込完了',
      parent: 'confirm',
      indicator: 4,
    },
  ],
  next(stepId) {
    const order: StepId[] = ['guidance', 'contact', 'ids', 'confirm', 'complete'];
    return order[order.indexOf(stepId) + 1];
  },
  canVisit(stepId, s) {
    switch (stepId) {
      case 'guidance':
      case 'contact':
        return true;
      case 'ids':
        return !!s.contact;
      case 'confirm':
        return !!s.contact && s.rows.length > 0 && !!s.startDate;
      case 'complete':
        return false;
    }
  },
  isComplete(stepId, s) {
    switch (stepId) {
      case 'guidance':
        return true;
      case 'contact':
        return !!s.contact;
      case 'ids':
        return s.rows.length > 0 && !!s.startDate;
      case 'confirm':
      case 'complete':
        return false;
    }
  },
};
