// Each application kind registers what the simulated center needs to know about
// it; the center gives every kind the same lifecycle (受付 → … → 利用開始).
import type * as v from 'valibot';
import type { Application, ApplicationKind, IdNotice, ReceiptLetter } from '../domain/application';
import type { Office, UserCode, UserId } from '../domain/contract';
import type { NoticeCategory } from '../domain/notice';
import type { IsoDate } from '../domain/time';

/** What the automatic checks may look at. */
export interface CheckContext {
  office: Office;
  /** the office's 利用者コード (shared ones included) */
  userCodes: UserCode[];
  userIds: UserId[];
  today: IsoDate;
}

/** Given to an effect, which runs inside the center's read-write transaction. */
export interface EffectContext {
  application: Application;
  /** the confirmed start date: 利用開始日 / NACCS登録日 */
  date: IsoDate;
  /** simulated epoch ms */
  now: number;
}

/** Given to `issue`, which runs inside the center's transaction when the review ends. */
export interface IssueContext {
  application: Application;
  date: IsoDate;
  now: number;
  /** a random source (seeded in tests) */
  random: () => number;
}

export interface KindTexts {
  /** as the application is called in running text: 'システム設定申込', '通関士IDの追加申込', '利用申込' */
  name: string;
  /** 新着情報 when the review ends */
  reviewEndedNotice: string;
  /** 新着情報 when the center asks for a correction */
  confirmRequestNotice: string;
  /** the 作業項目 of a (re-)submission in 進行状況, e.g. 'システム設定申込' */
  historyItem: string;
  /** the 通知内容 when the scenario (not a check) asks for a correction; a generic one otherwise */
  scenarioRequest?: string;
}

export interface KindDefinition<P = unknown> {
  kind: ApplicationKind;
  letter: ReceiptLetter;
  noticeCategory: NoticeCategory;
  /** '利用開始日' or 'NACCS登録日' */
  dateLabel: '利用開始日' | 'NACCS登録日';
  texts: KindTexts;
  /** the kind's payload; validated on every write of an application */
  payloadSchema: v.GenericSchema<unknown, P>;
  /** where 修正 reopens the wizard: `${wizardPath}` gets ?amends=<application id> */
  wizardPath: string;
  /**
   * The earliest start date the center can confirm, given the submission day and
   * the configured standard business days. Defaults to submission + standardDays.
   */
  earliestDate?(payload: P, submittedOn: IsoDate, standardDays: number): IsoDate;
  /** The automatic checks: each failure is one 通知内容 paragraph of a 確認依頼, in the seeds' voice. */
  checks(payload: P, ctx: CheckContext): string[];
  /**
   * Issue IDs, passwords, terminal codes when the review ends. Runs inside the
   * center's Dexie transaction: await only Dexie calls (no fetch, no crypto.subtle).
   */
  issue?(payload: P, ctx: IssueContext): Promise<IdNotice | undefined>;
  /**
   * Apply the application to the contract; the center calls it exactly once, on
   * the start date, inside its Dexie transaction over every table: await only Dexie calls.
   */
  applyEffect(payload: P, ctx: EffectContext): Promise<void>;
  /**
   * For a contract kind: the 利用者コード that need a システム設定申込 before the
   * start date (DOMAIN.md §5). Non-empty makes the 無効 rule apply.
   */
  requiresSystemSetting?(payload: P): string[];
  /** For the system-setting kind: the 利用者コード it registers (for the 無効 rule). */
  settingUserCodes?(payload: P): string[];
}

const registry = new Map<ApplicationKind, KindDefinition<never>>();

export function registerKind<P>(def: KindDefinition<P>): void {
  registry.set(def.kind, def as unknown as KindDefinition<never>);
}

export function kindDefinition(kind: ApplicationKind): KindDefinition<unknown> {
  const def = registry.get(kind);
  if (!def) throw new Error(`application kind not registered: ${kind}`);
  return def as unknown as KindDefinition<unknown>;
}

export function registeredKinds(): KindDefinition<unknown>[] {
  return [...registry.values()] as unknown as KindDefinition<unknown>[];
}
