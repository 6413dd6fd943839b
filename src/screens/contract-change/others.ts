// その他の契約変更: each choice's blocks of 変更申込確認 (and of the filed application
// and its 申込書), one entry per choice. Its steps are in other-steps.ts, its input
// screens in routes.ts, its rules in domain/contract-change/others.ts.
import type { OtherChangeId } from '../../domain/contract-change/items';
import type { ConfirmSection } from '../../domain/sections';
import type { ChangeContent } from './sections';
import type { StepId } from './state';
import { known, shareSections, successionSections, transferSections } from './other-sections';
import { terminationSections } from './termination-sections';

export const OTHER_SECTIONS: Partial<Record<OtherChangeId, (content: ChangeContent) => ConfirmSection<StepId>[]>> = {
  share: (c) => shareSections('share', c.others?.share, known(c)),
  jointUse: (c) => shareSections('jointUse', c.others?.jointUse, known(c)),
  transfer: (c) => transferSections(c.others?.transfer, known(c)),
  succession: (c) => successionSections(c.others?.succession, known(c)),
  termination: (c) => terminationSections(c.others?.termination, c.contract),
};
