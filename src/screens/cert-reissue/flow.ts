// The デジタル証明書の再発行 journey: ガイダンス → 申込担当者入力 → 論理端末選択 (with
// 再発行の理由) → 確認 → 完了. The seeds show no screen of it; the titles follow the
// other flows (docs/cert-reissue.md).
import type { Journey } from '../../wizard/journey';
import type { CertReissueState, StepId } from './state';

export const certReissueJourney: Journey<CertReissueState, StepId> = {
  basePath: '/cert-reissue',
  indicatorLabels: ['申込担当者の入力', '論理端末の選択', '入力内容の確認', '申請完了'],
  steps: [
    { id: 'guidance', path: '', title: 'デジタル証明書再発行ガイダンス', crumb: 'デジタル証明書再発行ガイダンス', place: 'start' },
    { id: 'contact', path: 'contact', title: '申込担当者 入力', crumb: '申込担当者入力', indicator: 1, isComplete: (s) => !!s.contact },
    { id: 'terminal', path: 'terminal', title: '論理端末 選択', crumb: '論理端末選択', indicator: 2, isComplete: (s) => !!s.selection },
    {
      id: 'confirm',
      path: 'confirm',
      title: 'デジタル証明書再発行申込 確認',
      crumb: 'デジタル証明書再発行申込確認',
      indicator: 3,
      isComplete: () => false,
    },
    { id: 'complete', path: 'complete/:applicationId', title: 'デジタル証明書再発行申込 完了', crumb: 'デジタル証明書再発行申込完了', indicator: 4, place: 'end' },
  ],
};
