// The trainer's hand in the review (審査コンソール): the same steps the engine
// takes, decided by a person. Each re-reads the application in its transaction.
import type { Application } from '../domain/application';
import { nonBusinessReason } from '../domain/calendar';
import { checkRequestNotice } from '../domain/request-notice';
import { formatDate, type IsoDate } from '../domain/time';
import { getApplication, inCenterTransaction } from '../store/applications';
import { getSetting, type ReviewSettings } from '../store/settings';
import { now, today } from './clock';
import { requestCenterRun } from './kick';
import { kindDefinition } from '../kinds/registry';
import { dateLabelOf } from './kind-definition';
import { approval, type ReviewDecision } from './plan';
import { earliestDateOf, executeDecision } from './review';
import { SubmitRefusedError } from './errors';

async function act(
  applicationId: string,
  decide: (app: Application, settings: ReviewSettings) => ReviewDecision,
): Promise<Application> {
  const settings = await getSetting('review');
  const written = await inCenterTransaction(async () => {
    const app = await getApplication(applicationId);
    if (!app) throw new SubmitRefusedError(['申込が見つかりません。']);
    return executeDecision(app, decide(app, settings), settings);
  });
  requestCenterRun();
  return written;
}

/** 内容確認を開始: 受付 → 内容確認中. */
export function trainerPickup(applicationId: string): Promise<Application> {
  return act(applicationId, () => ({ type: 'pickup', at: now() }));
}

/** Why a start date the trainer chose cannot be confirmed, or undefined when it can. */
export function chosenDateProblem(date: IsoDate, app: Pick<Application, 'desiredDate' | 'kind'> & { payload?: unknown }, todayDate: IsoDate): string | undefined {
  const label = dateLabelOf(kindDefinition(app.kind), app.payload);
  const reason = nonBusinessReason(date);
  if (reason) return `${label}には営業日を指定してください。（${formatDate(date)}は${reason}です）`;
  if (app.desiredDate && date < app.desiredDate) {
    return `${label}は希望日(${formatDate(app.desiredDate)})より前にはできません。`;
  }
  if (date < todayDate) return `${label}は本日(${formatDate(todayDate)})以降の日付を指定してください。`;
  return undefined;
}

/** 確認完了(承認) with the start date the trainer chose (or the rules' date when none). */
export function trainerApprove(applicationId: string, chosen?: IsoDate): Promise<Application> {
  return act(applicationId, (app, settings) => {
    if (chosen) {
      const problem = chosenDateProblem(chosen, app, today());
      if (problem) throw new SubmitRefusedError([problem]);
    }
    return approval(app, earliestDateOf(app, kindDefinition(app.kind), settings), now(), chosen);
  });
}

/** 確認依頼 with the trainer's own 通知内容 (required). */
export function trainerRequest(applicationId: string, text: string): Promise<Application> {
  const notice = checkRequestNotice(text);
  if (!notice.ok) return Promise.reject(new SubmitRefusedError([notice.message]));
  return act(applicationId, () => ({ type: 'request', at: now(), notices: [notice.value] }));
}

/** 無効 by hand, for trying the rule out (審査終了 only). */
export function trainerInvalidate(applicationId: string): Promise<Application> {
  return act(applicationId, () => ({ type: 'invalidate', at: now() }));
}
