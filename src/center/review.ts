// The runner: for each application that may have something due, re-read it in a
// center transaction, ask planReview, and write the step with its notices and
// mails. Each step is one transaction that re-checks the status it moves from,
// so reloads and several tabs running at once apply every step exactly once.
import type { Application } from '../domain/application';
import {
  applyStep,
  defaultEarliestDate,
  HISTORY_ITEMS,
  systemSettingDeadline,
  systemSettingVerdict,
  type SystemSettingVerdict,
} from '../domain/review';
import { SCENARIO_REQUEST_TEXT, invalidProgressText } from '../domain/texts/notices';
import { isCertificateFamily } from '../domain/texts/mails';
import { isGeneralTerminal } from '../domain/contract';
import { MAIL_FAMILY } from '../domain/texts/kinds';
import { addDays, formatDate, isoDateOf, jstMs } from '../domain/time';
import { allKinds, findKind, kindDefinition } from '../kinds/registry';
import {
  getApplication,
  inCenterTransaction,
  listDueApplications,
  listOfficeApplications,
  listOfficeApplicationsIn,
  listOfficeApplicationsOfKind,
  putApplication,
} from '../store/applications';
import { getOffice, getOfficeContract, listCompanyUserCodes, registerUserCodeSetting } from '../store/contracts';
import { registeredSettingFor, upcomingUserCodes } from '../kinds/upcoming-codes';
import { ownerOffice } from './owner-office';
import { listBills } from '../store/bills';
import { newId } from '../store/record';
import { getSetting, type ReviewSettings } from '../store/settings';
import { dateLabelOf, type AnyKindDefinition, type ContractView } from './kind-definition';
import { standardDaysOf } from './standard-days';
import { messagesFor, writeMessages } from './messages';
import { planReview, seededRandom, type ReviewDecision } from './plan';

/** More steps than any application can take at once (受付 → … → 利用開始). */
const MAX_STEPS = 8;

/** The kind's earliest start date for the latest submission. */
export function earliestDateOf(app: Application, def: AnyKindDefinition, settings: ReviewSettings): string {
  const submittedOn = isoDateOf(app.lastSubmittedAt);
  const days = standardDaysOf(def, settings);
  return def.earliestDate?.(app.payload, submittedOn, days) ?? defaultEarliestDate(submittedOn, days);
}

/** The office's whole contract (codes, IDs, terminals, lines, mailboxes, bills), or undefined when the office is gone. */
export async function contractViewOf(officeCode: string): Promise<ContractView | undefined> {
  const [contract, bills] = await Promise.all([getOfficeContract(officeCode), listBills(officeCode)]);
  return contract && { ...contract, bills };
}

/**
 * The contract an application is checked and issued against: its office's, or for
 * a kind filed before its office exists (新規申込) an empty one around the office
 * the application describes.
 */
async function applicationContract(app: Application, def: AnyKindDefinition): Promise<ContractView | undefined> {
  const contract = await contractViewOf(app.officeCode);
  if (contract) return contract;
  // a 新規申込, or another application of its 仮ログインID (the システム設定申込 of its new codes)
  const office = def.applicantOffice?.(app.payload, app.officeCode) ?? (await ownerOffice(app.officeCode));
  if (!office) return undefined;
  return { office, userCodes: [], userIds: [], terminals: [], lines: [], mailboxes: [], bills: [] };
}

/** Whom the center's mails of the application address: its office, or the one a 新規申込 describes. */
export async function applicationOffice(app: Pick<Application, 'officeCode' | 'payload'>, def: AnyKindDefinition) {
  return (await getOffice(app.officeCode)) ?? def.applicantOffice?.(app.payload, app.officeCode) ?? (await ownerOffice(app.officeCode));
}

const OPEN_STATUSES: readonly Application['status'][] = ['受付', '内容確認中', '確認依頼', '審査終了'];

/** The kind's automatic checks against the office's current contract and its other open applications. */
export async function runChecks(app: Application, def: AnyKindDefinition, at: number): Promise<string[]> {
  const contract = await applicationContract(app, def);
  if (!contract) return [`事業所コード「${app.officeCode}」の事業所が見つかりません。`];
  const openApplications = (await listOfficeApplicationsIn(app.officeCode, OPEN_STATUSES)).filter((a) => a.id !== app.id);
  const companyUserCodes = await listCompanyUserCodes(contract.office.companyAbbr);
  const upcoming = upcomingUserCodes(openApplications, companyUserCodes.map((c) => c.code));
  return await def.checks(app.payload, { ...contract, companyUserCodes, upcomingUserCodes: upcoming, openApplications, today: isoDateOf(at) });
}

/**
 * The 無効 rule for a kind that needs a システム設定申込 (undefined: the rule does
 * not apply). Every application of the office whose kind registers system
 * settings counts, with the codes it registers.
 */
export async function systemSettingStateOf(
  app: Application,
  def: AnyKindDefinition,
  at: number,
): Promise<SystemSettingVerdict | undefined> {
  const required = def.requiresSystemSetting?.(app.payload, app) ?? [];
  if (required.length === 0 || !app.confirmedDate) return undefined;
  // Only filings submitted between the contract application's 申込日 and the deadline can count.
  const contractSubmittedOn = isoDateOf(app.submittedAt);
  const window = { from: jstMs(contractSubmittedOn), before: jstMs(addDays(systemSettingDeadline(app.confirmedDate), 1)) };
  const settingKinds = allKinds().filter((k) => k.settingUserCodes);
  const rows = await Promise.all(settingKinds.map((k) => listOfficeApplicationsOfKind(app.officeCode, k.kind, window)));
  const filings = rows.flat().map((s) => ({
    status: s.status,
    submittedOn: isoDateOf(s.submittedAt),
    userCodes: findKind(s.kind)?.settingUserCodes?.(s.payload),
  }));
  return systemSettingVerdict({
    startDate: app.confirmedDate,
    contractSubmittedOn,
    required,
    filings,
    today: isoDateOf(at),
  });
}

/**
 * Codes the application added get what a システム設定申込 already registered for them
 * (its NACCS反映 came before they joined the contract).
 */
async function applyRegisteredSettings(app: Application, def: AnyKindDefinition): Promise<void> {
  const added = def.newUserCodes?.(app.payload, app) ?? [];
  if (added.length === 0) return;
  const applications = await listOfficeApplications(app.officeCode);
  for (const { code } of added) {
    const setting = registeredSettingFor(applications, code);
    if (setting) await registerUserCodeSetting(code, setting.english, setting.industries);
  }
}

/** What is due for the application now, reading only what the decision needs. */
async function decide(app: Application, at: number, settings: ReviewSettings): Promise<ReviewDecision | null> {
  const def = kindDefinition(app.kind);
  const dueForAnswer = app.status === '内容確認中' && !app.review.manual && (app.review.dueAt ?? Infinity) <= at;
  return planReview(app, {
    now: at,
    settings,
    failures: dueForAnswer ? await runChecks(app, def, at) : [],
    scenarioNotice: def.texts.scenarioRequest ?? SCENARIO_REQUEST_TEXT,
    earliest: earliestDateOf(app, def, settings),
    systemSetting: app.status === '審査終了' ? await systemSettingStateOf(app, def, at) : undefined,
  });
}

/**
 * Writes one decided step of `app` (inside a center transaction): the status and
 * its 進行状況 row, the date, the ID notice, the effect, notices and mails.
 */
export async function executeDecision(app: Application, decision: ReviewDecision, settings: ReviewSettings): Promise<Application> {
  const def = kindDefinition(app.kind);
  const item = def.texts.historyItem;
  const { at } = decision;
  let next: Application;
  let event: 'request' | 'approved' | 'invalid' | undefined;
  let deadline: string | undefined;
  switch (decision.type) {
    case 'pickup':
      next = applyStep(app, { to: '内容確認中', item: HISTORY_ITEMS.pickup(item), at });
      break;
    case 'request':
      next = applyStep(app, { to: '確認依頼', item: HISTORY_ITEMS.request(item), at, notice: decision.notices.join('\n') });
      event = 'request';
      break;
    case 'approve': {
      next = applyStep(app, { to: '審査終了', item: HISTORY_ITEMS.approve(item), at, notice: decision.remark });
      next = { ...next, confirmedDate: decision.confirmedDate, reviewEndedAt: at };
      const contract = def.issue ? await applicationContract(app, def) : undefined;
      const idNotice =
        contract &&
        (await def.issue?.(app.payload, {
          application: next,
          date: decision.confirmedDate,
          now: at,
          contract,
          random: seededRandom(`${settings.seed}:${app.receiptNo}:issue`),
        }));
      if (idNotice) next = { ...next, idNotice };
      event = 'approved';
      break;
    }
    case 'invalidate':
      next = applyStep(app, { to: '無効', item: HISTORY_ITEMS.invalidate(item), at });
      deadline = systemSettingDeadline(app.confirmedDate!);
      next.history[next.history.length - 1].notice = invalidProgressText(formatDate(deadline));
      await def.onInvalid?.(app);
      event = 'invalid';
      break;
    case 'start': {
      next = applyStep(app, { to: '利用開始', item: HISTORY_ITEMS.start(item, dateLabelOf(def, app.payload)), at });
      const contract = app.effectAppliedAt === undefined ? await applicationContract(app, def) : undefined;
      if (contract) {
        await def.applyEffect(app.payload, { application: app, date: app.confirmedDate!, now: at, contract });
        await applyRegisteredSettings(app, def);
      }
      next = { ...next, effectAppliedAt: app.effectAppliedAt ?? at, officeCode: def.officeAfterStart?.(app) ?? next.officeCode };
      // the 仮ログインID's other applications (the システム設定申込 of its new codes) are the new office's too
      const newOwner = def.officeAfterStart?.(app);
      if (newOwner && newOwner !== app.officeCode)
        for (const other of await listOfficeApplications(app.officeCode))
          if (other.id !== app.id) await putApplication({ ...other, officeCode: newOwner }, other);
      break;
    }
  }
  const written = await putApplication(next, app);
  if (event) {
    const office = await applicationOffice(app, def);
    await writeMessages(messagesFor(event, written, def, office, at, newId, { deadline }));
    // new netNACCS terminals (not 一般NACCS ones) come with their デジタル証明書: S2's 作業完了 mail to the 管理責任者
    // (a certificate kind's own 審査終了 mail is that mail already: sent once)
    if (event === 'approved' && (written.idNotice?.terminals ?? []).some((t) => !isGeneralTerminal(t)) && !isCertificateFamily(MAIL_FAMILY[def.letter]))
      await writeMessages(messagesFor('certificate', written, def, office, at, newId));
  }
  return written;
}

/**
 * Takes one due step of the application, if any, in its own transaction that
 * re-reads it first. Returns whether a step was taken.
 */
export async function advanceOnce(applicationId: string, at: number, settings: ReviewSettings): Promise<boolean> {
  return inCenterTransaction(async () => {
    const app = await getApplication(applicationId);
    if (!app) return false;
    const decision = await decide(app, at, settings);
    if (!decision) return false;
    await executeDecision(app, decision, settings);
    return true;
  });
}

/**
 * Every step due at `at`, for every application. Returns how many steps were taken.
 * Reads only the applications whose stored next-due time has come (domain nextDueAt).
 */
export async function runDue(at: number): Promise<number> {
  const settings = await getSetting('review');
  const candidates = await listDueApplications(at);
  let steps = 0;
  for (const app of candidates) {
    try {
      // A due application may still have nothing to do (審査終了 between the deadline and
      // the start date): decide on the row just listed and open a read-write
      // transaction over every table only when something is.
      if (!(await decide(app, at, settings))) continue;
      for (let i = 0; i < MAX_STEPS && (await advanceOnce(app.id, at, settings)); i++) steps++;
    } catch (err) {
      // One broken application (an unregistered kind, a failing effect) must not stop the others.
      console.error(`center: ${app.receiptNo}`, err);
    }
  }
  return steps;
}
