// When an office's contract has ended: a 解約 (契約解除、事業所廃止) reached its 契約満了日
// (docs/contract-change.md). The login and the open session ask it; kept apart so
// the login's code does not load the 解約's rules.
import type { Application } from './application';
import type { Office } from './contract';
import type { IsoDate } from './time';

export function contractEnded(office: Pick<Office, 'terminatedOn'>, today: IsoDate): boolean {
  return !!office.terminatedOn && office.terminatedOn <= today;
}

/**
 * The 解約 that will end the office's contract: a 変更申込 with 契約解除、事業所廃止 whose
 * review has ended (its confirmed date is the 契約満了日), among the office's applications.
 */
export function pendingTermination(applications: readonly Application[]): Application | undefined {
  return applications.find(
    (a) =>
      a.kind === 'contract-change' &&
      a.status === '審査終了' &&
      !!a.confirmedDate &&
      (a.payload as { other?: unknown } | undefined)?.other === 'termination',
  );
}
