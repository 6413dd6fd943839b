import type { ReviewSettings } from '../store/settings';
import type { AnyKindDefinition } from './kind-definition';

/** The standard business days of a kind: the trainer's setting, else the kind's own. */
export function standardDaysOf(def: Pick<AnyKindDefinition, 'kind' | 'standardDays'>, settings: Pick<ReviewSettings, 'standardDays'>): number {
  return settings.standardDays[def.kind] ?? def.standardDays;
}
