// その他の契約変更: the input steps of each choice (between 申込担当者 入力 and
// 変更申込確認), one entry per choice. Light (no valibot): the route table reads it
// on the login page's first download. A choice's screens and 変更申込確認 blocks are
// listed in others.ts, its rules in domain/contract-change/others.ts.
import type { StepDef } from '../../wizard/journey';
import type { OtherChangeId } from '../../domain/contract-change/items';
import { JOINT_USE_NEW_OFFICE_TITLE, JOINT_USE_TITLE, SHARE_TITLE, SUCCESSION_TITLE, TRANSFER_TITLE } from '../../domain/contract-change/item-titles';
import type { ContractChangeState, StepId } from './state';

/** The step ids of the choices' screens. */
export type OtherStepId = 'share' | 'jointUse' | 'jointUseNewOffice' | 'transfer' | 'succession' | 'termination';

const chosen = (s: ContractChangeState, id: OtherChangeId) => s.selection?.other === id;

/** A choice with one input screen: on the path when it is the choice, complete once its screen is validated. */
const oneScreen = (id: 'share' | 'jointUse' | 'jointUseNewOffice' | 'transfer' | 'succession', title: string, crumb: string): StepDef<ContractChangeState, StepId> => ({
  id,
  path: id,
  title,
  crumb,
  indicator: 2,
  when: (s) => chosen(s, id),
  isComplete: (s) => !!s.others?.[id],
});

export const OTHER_STEPS: readonly StepDef<ContractChangeState, StepId>[] = [
  oneScreen('share', SHARE_TITLE, '共用入力'),
  oneScreen('jointUse', JOINT_USE_TITLE, '共同利用入力'),
  oneScreen('jointUseNewOffice', JOINT_USE_NEW_OFFICE_TITLE, '共同利用(新規事業所)入力'),
  oneScreen('transfer', TRANSFER_TITLE, '付替入力'),
  oneScreen('succession', SUCCESSION_TITLE, '地位の承継入力'),
  {
    id: 'termination',
    path: 'termination',
    title: '契約解除 入力',
    crumb: '契約解除入力',
    indicator: 2,
    when: (s) => chosen(s, 'termination'),
    isComplete: (s) => !!s.others?.termination,
  },
];
