// A filed application and what the NACCS Center records about it.
import type { Contact } from './contact';
import type { SyncedRecord } from './record';
import type { IsoDate } from './time';

export type ApplicationKind =
  | 'system-setting' // システム設定申込 (C)
  | 'broker-id' // 通関士IDの追加 (B)
  | 'contract-change' // 契約内容の変更 = 変更申込 (A)
  | 'new-usage' // 新規申込 (A)
  | 'cert-reissue'; // デジタル証明書の再発行 (D)

/** The kinds this app files; a stored record of any other kind is refused (domain/records). */
export const APPLICATION_KINDS = [
  'system-setting',
  'broker-id',
  'contract-change',
  'new-usage',
  'cert-reissue',
] as const satisfies readonly ApplicationKind[];

const acceptedKinds = new Set<string>(APPLICATION_KINDS);

/** A kind a test registers beside the built-in ones (kinds/registry) is accepted in stored records too. */
export function acceptKind(kind: string): () => void {
  acceptedKinds.add(kind);
  return () => {
    if (!(APPLICATION_KINDS as readonly string[]).includes(kind)) acceptedKinds.delete(kind);
  };
}

export function isAcceptedKind(kind: unknown): kind is ApplicationKind {
  return typeof kind === 'string' && acceptedKinds.has(kind);
}

/**
 * The review lifecycle (DOMAIN.md §4.1). 審査終了 is the center's 確認完了;
 * 利用開始 is reached on the start date when the change is in the contract.
 */
export type ApplicationStatus =
  | '受付'
  | '内容確認中'
  | '確認依頼'
  | '審査終了'
  | '利用開始'
  | '取下げ'
  | '無効';

export const APPLICATION_STATUSES: readonly ApplicationStatus[] = [
  '受付',
  '内容確認中',
  '確認依頼',
  '審査終了',
  '利用開始',
  '取下げ',
  '無効',
];

/** What the list shows for a draft that was never filed. */
export const DRAFT_STATUS_LABEL = '作成中';

/** One row of 進行状況: 作業項目 / 作業日 / 通知内容. */
export interface ProgressEntry {
  item: string;
  /** simulated epoch ms */
  at: number;
  notice: string;
  /** the status the application reached with this step */
  status: ApplicationStatus;
}

/** A file attached to an application or a draft; the blob lives in `attachments`. */
export interface AttachmentRef {
  id: string;
  name: string;
  size: number;
  type: string;
}

/** One issued 利用者ID with its password, as ID通知内容 shows it. */
export interface IssuedUserId {
  userId: string;
  userCode: string;
  idNo: string;
  method: string;
  industries: string[];
  password: string;
}

/** One issued logical terminal with what is needed to get its certificate. */
export interface IssuedTerminal {
  systemKind: string;
  equipment: string;
  packageKind: string;
  name: string;
  accessKey: string;
  authCodes: [string, string, string];
}

/** A new office's codes and password (新規申込's ID通知内容). */
export interface IssuedOffice {
  /** 事業所コード = 企業略称 + 3 digits */
  code: string;
  /** 事業所パスワード, shown until the 利用開始日 + 2 days like the IDs' */
  password: string;
  companyAbbr: string;
  /** 請求先コード (7 digits) */
  billingCode: string;
  /** the 利用者コード the application adds (a new code per group of rows) */
  newUserCodes: string[];
}

/** ID通知内容 of an application, written when its review ends. */
export interface IdNotice {
  issuedAt: number;
  startDate: IsoDate;
  /** 新規申込: the new office */
  office?: IssuedOffice;
  userIds: IssuedUserId[];
  terminals: IssuedTerminal[];
}

export interface Application extends SyncedRecord {
  kind: ApplicationKind;
  /** 申込受付番号, e.g. 2612345C */
  receiptNo: string;
  officeCode: string;
  contact: Contact;
  /** The kind's own answers, validated by its schema on every write. */
  payload: unknown;
  /** 利用開始希望日 / NACCS登録希望日 */
  desiredDate?: IsoDate;
  /** 利用開始日 / NACCS登録日 fixed by the review. */
  confirmedDate?: IsoDate;
  /** 備考 */
  note: string;
  attachments: AttachmentRef[];
  status: ApplicationStatus;
  /** 申込日時: first submission (simulated epoch ms). */
  submittedAt: number;
  /** latest (re-)submission, simulated epoch ms */
  lastSubmittedAt: number;
  /** how many times it was submitted (1 + corrections) */
  submissions: number;
  /** 審査終了日 */
  reviewEndedAt?: number;
  history: ProgressEntry[];
  /** The center's schedule for this application (simulated epoch ms). */
  review: {
    pickupAt?: number;
    dueAt?: number;
    /** the trainer handles it by hand */
    manual?: boolean;
  };
  /** set in the same transaction that changed the contract: the effect never runs twice */
  effectAppliedAt?: number;
  idNotice?: IdNotice;
}

/** 申込受付番号 category letters (DOMAIN.md §2). */
export type ReceiptLetter = 'A' | 'B' | 'C' | 'D';

/** How S2's 利用申込詳細 sums up a 利用申込 in its 申込内容 block. */
export interface UsageSummary {
  /** 申込分類: 新規申込 / 変更申込 / 解約申込 / 変更(通関士) */
  applicationClass: string;
  /** 申込分類(特殊): 共同利用 / 共用 / 付替 / 地位の承継 */
  special?: string;
  /** 契約変更内容: the flags that apply, in S2's order */
  changeFlags?: string[];
}
