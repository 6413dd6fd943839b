// What the app knows about one kind of application, declared once in the kind's
// folder (src/kinds/<kind>/) and listed in src/kinds/registry.ts. The center gives
// every kind the same lifecycle (受付 → … → 利用開始) and names none of them.
import type { Component } from 'solid-js';
import type * as v from 'valibot';
import type { Application, ApplicationKind, IdNotice, ReceiptLetter, UsageSummary } from '../domain/application';
import type { Bill, EnglishNames, Office, SystemKind, UserCode } from '../domain/contract';
import type { MailEvent, MailRole } from '../domain/texts/mails';
import type { DocumentKind, DocumentSection } from '../domain/documents';
import type { ResultCounts } from '../domain/id-notice';
import type { NoticeCategory } from '../domain/notice';
import type { IsoDate } from '../domain/time';
import type { OfficeContract } from '../store/contracts';

/** The whole contract of the filing office, as the checks and effects see it. */
export interface ContractView extends OfficeContract {
  bills: Bill[];
}

/** What the automatic checks may look at. */
export interface CheckContext extends ContractView {
  /** every 利用者コード of the company, whichever office uses it (a new code must be free, a shared one must exist) */
  companyUserCodes: UserCode[];
  /** codes the office's open applications add, not in the contract yet (a システム設定申込 may already name them) */
  upcomingUserCodes: UserCode[];
  /** the office's other applications that are still open (受付 … 審査終了), e.g. to find a code abolished twice */
  openApplications: Application[];
  today: IsoDate;
}

/** Given to an effect, which runs inside the center's read-write transaction on the start date. */
export interface EffectContext {
  application: Application;
  /** the confirmed start date: 利用開始日 / NACCS登録日 / 契約満了日 */
  date: IsoDate;
  /** simulated epoch ms */
  now: number;
  /** the office's contract, read in the same transaction before the effect */
  contract: ContractView;
}

/** Given to `issue`, which runs inside the center's transaction when the review ends. */
export interface IssueContext {
  application: Application;
  date: IsoDate;
  now: number;
  contract: ContractView;
  /** a random source (seeded: the same application always gets the same IDs) */
  random: () => number;
}

export interface KindTexts {
  /** as 申込情報一覧 and the trainer's queue list it: 'システム設定申込', '通関士IDの追加' */
  listLabel: string;
  /** as running text names it: 'システム設定申込', '通関士IDの追加申込', '利用申込' */
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

/** The date an application of the kind is fixed to, and what its wish is called. */
export type DateLabel = '利用開始日' | 'NACCS登録日' | '契約満了日';

export interface KindViewProps {
  application: Application;
}

export interface KindDefinition<P = unknown> {
  kind: ApplicationKind;
  letter: ReceiptLetter;
  noticeCategory: NoticeCategory;
  dateLabel: DateLabel;
  texts: KindTexts;
  /** business days between filing and the start date the center needs; the trainer may change them */
  standardDays: number;
  /** the kind's payload; validated on every write of an application */
  payloadSchema: v.GenericSchema<unknown, P>;
  /** where the wizard starts; 修正 opens `${wizardPath}?amends=<application id>` */
  wizardPath: string;
  /** the filed application's content for 申込内容確認's detail (loaded when shown) */
  view: () => Promise<{ default: Component<KindViewProps> }>;
  /**
   * The PDFs the detail offers (in button order; ID通知内容 has its own screen) and
   * what was applied for, as the documents print it (loaded only when one is made).
   */
  documents?: {
    offered(application: Application): readonly DocumentKind[];
    applied: () => Promise<{ default: (application: Application) => readonly DocumentSection[] }>;
  };
  /**
   * For a 利用申込 (S2's 利用申込詳細): its 申込分類, 申込分類(特殊) and 契約変更内容, shown
   * in the detail's 申込内容 block; a kind without it shows seed 000's 申込概要.
   */
  summary?(payload: P): UsageSummary;
  /** 申込結果's counts (ID通知内容): how many of each item the application adds, changes, removes */
  resultCounts?(payload: P, notice: IdNotice | undefined): ResultCounts;
  /**
   * A kind whose applications differ by what they file (変更申込's 解約): the list's label
   * and the date's name of one application, where not the kind's.
   */
  variant?(payload: P): { listLabel?: string; dateLabel?: DateLabel };
  /** who gets the mail of an event, where it is not both 申込担当者 and 管理責任者 (DOMAIN.md §4.2) */
  mailsTo?: Partial<Record<MailEvent, MailRole[]>>;
  /**
   * The earliest start date the center can confirm, given the submission day and
   * the standard business days. Defaults to submission + standard days.
   */
  earliestDate?(payload: P, submittedOn: IsoDate, standardDays: number): IsoDate;
  /**
   * The automatic checks: each failure is one 通知内容 paragraph of a 確認依頼, in the
   * seeds' voice. They may read the store (await only Dexie calls).
   */
  checks(payload: P, ctx: CheckContext): string[] | Promise<string[]>;
  /**
   * For a kind filed before its office exists (新規申込, by a 仮ログインID): the office
   * the application describes, which the center addresses (mails, checks, issue)
   * until the real one exists. Never stored.
   */
  applicantOffice?(payload: P, ownerId: string): Office;
  /**
   * …and the office the application belongs to from its start date on (the new
   * office's 事業所コード): its 申込情報一覧 then lists it, with its ID通知内容 and documents.
   */
  officeAfterStart?(application: Application): string | undefined;
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
   * Undo what the application left behind before its start date when it becomes 無効
   * (a 新規申込's 事業所コード that will never start). Inside the center's transaction.
   */
  onInvalid?(application: Application): Promise<void>;
  /**
   * For a contract kind: the 利用者コード that need a システム設定申込 before the
   * start date (DOMAIN.md §5). Non-empty makes the 無効 rule apply. A kind whose
   * new codes are numbered at 審査終了 (新規申込) reads them from the application's ID通知内容.
   */
  requiresSystemSetting?(payload: P, application?: Pick<Application, 'idNotice'>): string[];
  /** For a kind that registers system settings: the 利用者コード it registers (the 無効 rule counts it). */
  settingUserCodes?(payload: P): string[];
  /** …and what it registers for one of them: applied to a code that joins the contract after the 反映日 */
  settingFor?(payload: P, userCode: string): { english: EnglishNames; industries: string[] } | undefined;
  /** A note the seeds print beside the ID通知内容 of such an application (新規申込: seed 003's UTB note for the Cyberport) */
  idNoticeNote?(payload: P): { title: string; paragraphs: string[] } | undefined;
  /** For a kind that adds 利用者コード: the new codes, before they are in the contract */
  newUserCodes?(payload: P, application?: Pick<Application, 'idNotice'>): { code: string; systemKind: SystemKind; industries?: string[] }[];
}

/** A definition whatever its payload, as the registry hands it out. */
export type AnyKindDefinition = KindDefinition<unknown>;

/** What the date of this application is called: 利用開始日, NACCS登録日 or (a 解約) 契約満了日. */
export function dateLabelOf(def: Pick<AnyKindDefinition, 'dateLabel' | 'variant'>, payload: unknown): DateLabel {
  return (typeof payload === 'object' && payload !== null ? def.variant?.(payload)?.dateLabel : undefined) ?? def.dateLabel;
}
