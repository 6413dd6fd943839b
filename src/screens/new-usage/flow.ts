// The NACCS利用申込 journey (seed 003): after the 仮ログイン (steps 1 and 2 of the
// bar, before login), the tabbed NACCS利用申込 → its confirmation → NACCS利用申込完了.
import { NEW_USAGE_STEPS } from '../../domain/new-usage/steps';
import type { Journey } from '../../wizard/journey';
import type { NewUsageState, StepId } from './state';

export const newUsageJourney: Journey<NewUsageState, StepId> = {
  basePath: '/new-usage',
  indicatorLabels: NEW_USAGE_STEPS,
  steps: [
    { id: 'guidance', path: '', title: 'NACCS利用申込', crumb: 'NACCS利用申込', place: 'start', indicator: 3 },
    { id: 'form', path: 'form', title: 'NACCS利用申込 入力', crumb: 'NACCS利用申込入力', indicator: 3, isComplete: (s) => !!s.formDone },
    { id: 'confirm', path: 'confirm', title: 'NACCS利用申込 確認', crumb: 'NACCS利用申込確認', indicator: 3, isComplete: () => false },
    { id: 'complete', path: 'complete/:applicationId', title: 'NACCS利用申込完了', crumb: 'NACCS利用申込完了', indicator: 4, place: 'end' },
  ],
};
