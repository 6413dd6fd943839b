// The 通関士IDの追加 journey (seed 004): ガイダンス → 申込担当者入力 → 追加登録 →
// 確認 → 利用申込完了.
import type { Journey } from '../../wizard/journey';
import type { BrokerIdState, StepId } from './state';

export const brokerIdJourney: Journey<BrokerIdState, StepId> = {
  basePath: '/broker-id',
  indicatorLabels: ['申込担当者の入力', '通関士用利用者IDの入力', '入力内容の確認', '申請完了'],
  steps: [
    { id: 'guidance', path: '', title: '通関士IDガイダンス', crumb: '通関士IDガイダンス', place: 'start' },
    { id: 'contact', path: 'contact', title: '申込担当者 入力', crumb: '申込担当者入力', indicator: 1, isComplete: (s) => !!s.contact },
    {
      id: 'ids',
      path: 'ids',
      title: '通関士用利用者ID 入力',
      crumb: '通関士用利用者ID入力',
      indicator: 2,
      isComplete: (s) => s.rows.length > 0 && !!s.startDate,
    },
    { id: 'confirm', path: 'confirm', title: '通関士ID追加申込 確認', crumb: '通関士ID追加申込確認', indicator: 3, isComplete: () => false },
    { id: 'complete', path: 'complete/:applicationId', title: '利用申込 完了', crumb: '利用申込完了', indicator: 4, place: 'end' },
  ],
};
