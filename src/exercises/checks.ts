// Small builders the exercises' checks are made of. Each answers met, or not met
// with one Japanese sentence saying why.
import type { Application, ApplicationKind } from '../domain/application';
import type { CheckResult, ExerciseState } from './types';

export const met: CheckResult = { met: true };
export const notMet = (why: string): CheckResult => ({ met: false, why });

/** The office's filed applications of a kind, newest first (withdrawn and invalid ones left out). */
export function filed(state: ExerciseState, kind: ApplicationKind): Application[] {
  return state.applications
    .filter((a) => a.kind === kind && a.officeCode === state.officeCode && a.status !== '取下げ' && a.status !== '無効')
    .sort((a, b) => b.submittedAt - a.submittedAt);
}

/** The newest filed application of a kind that passes `test`, if any. */
export function findFiled<P>(state: ExerciseState, kind: ApplicationKind, test: (payload: P, app: Application) => boolean) {
  return filed(state, kind).find((a) => test(a.payload as P, a));
}

/** Whether the review of the application has ended (審査終了, or already in use). */
export function reviewEnded(app: Application): boolean {
  return app.status === '審査終了' || app.status === '利用開始';
}

/** The 利用者ID the office holds, in use today. */
export function userIdInUse(state: ExerciseState, userId: string) {
  return state.userIds.find((u) => u.id === userId && !u.endDate);
}
