// その他の契約変更: each choice's screens beyond its steps, one entry per choice: its
// blocks of 変更申込確認 (and of the filed application and its 申込書), and how a 修正
// restores its fields from what was filed. Its steps are in other-steps.ts, its input
// screens in routes.ts, its rules in domain/contract-change/others.ts.
import type { OtherChangeId } from '../../domain/contract-change/items';
import type { OtherParts } from '../../domain/contract-change/other-parts';
import type { ConfirmSection } from '../../domain/sections';
import type { ChangeContent } from './sections';
import type { ContractChangeState, StepId } from './state';
import { jointNewSections, known, restoreJointNew, restoreShare, restoreSuccession, restoreTransfer, shareSections, successionSections, transferSections } from './other-sections';
import { restoreTermination, terminationSections } from './termination';

export interface OtherScreens {
  sections(content: ChangeContent): ConfirmSection<StepId>[];
  /** a 修正: the choice's fields (raw) from its filed part; `state.others` already holds the part */
  restore?(part: NonNullable<OtherParts[keyof OtherParts]>, state: ContractChangeState): void;
}

export const OTHER_SCREENS: Partial<Record<OtherChangeId, OtherScreens>> = {
  share: { sections: (c) => shareSections('share', c.others?.share, known(c)), restore: restoreShare('share') },
  jointUse: { sections: (c) => shareSections('jointUse', c.others?.jointUse, known(c)), restore: restoreShare('jointUse') },
  jointUseNewOffice: { sections: (c) => jointNewSections(c.others?.jointUseNewOffice, known(c)), restore: restoreJointNew },
  transfer: { sections: (c) => transferSections(c.others?.transfer, known(c)), restore: restoreTransfer },
  succession: { sections: (c) => successionSections(c.others?.succession, known(c)), restore: restoreSuccession },
  termination: { sections: (c) => terminationSections(c.others?.termination, c.contract), restore: restoreTermination },
};
