// When an office's contract has ended: a 解約 (契約解除、事業所廃止) reached its 契約満了日
// (docs/contract-change.md). The login and the open session ask it; kept apart so
// the login's code does not load the 解約's rules.
import type { Office } from './contract';
import type { IsoDate } from './time';

export function contractEnded(office: Pick<Office, 'terminatedOn'>, today: IsoDate): boolean {
  return !!office.terminatedOn && office.terminatedOn <= today;
}
