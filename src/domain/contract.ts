// The contract of an office (事業所) as NACCS holds it: the office itself, its
// 利用者コード and 利用者ID, its logical terminals, lines and mailboxes.
import type { SyncedRecord } from './record';
import type { IsoDate } from './time';

/** システム区分 */
export type SystemKind = '海上' | '航空' | '共用';
export const SYSTEM_KINDS: readonly SystemKind[] = ['海上', '航空', '共用'];

/** 処理方式 as NSS tables abbreviate it. */
export type Method = 'インタ' | 'net' | 'SMTP双方向' | 'WebNACCS' | 'ebMS';
export const METHODS: readonly Method[] = ['インタ', 'net', 'SMTP双方向', 'WebNACCS', 'ebMS'];

/**
 * How NSS writes a 処理方式 (seed 000's 設定対象利用者コード: 「netNACCS インタラクティブ・メール併用」;
 * DOMAIN.md §1.4): the one place every screen takes the name from.
 */
export const METHOD_NAMES: Record<Method, string> = {
  net: 'netNACCS インタラクティブ・メール併用',
  インタ: 'インタラクティブ',
  SMTP双方向: 'SMTP双方向',
  WebNACCS: 'WebNACCS',
  ebMS: 'ebMS',
};

export function methodName(method: string): string {
  return METHOD_NAMES[method as Method] ?? method;
}

/** 料金プラン */
export type FeePlan = 'A' | 'B';

/** 支払の方法 */
export type PaymentMethod = '口座振替' | '銀行振込';

/** A password stored as PBKDF2-SHA256 only; never the plain text. */
export interface PasswordHash {
  algorithm: 'PBKDF2-SHA256';
  iterations: number;
  /** base64 */
  salt: string;
  /** base64 */
  hash: string;
}

export interface Office extends SyncedRecord {
  /** 事業所コード (6 chars) — also `id`. The NSS login ID. */
  code: string;
  /** 企業略称 (3 chars) */
  companyAbbr: string;
  companyName: string;
  companyNameKana: string;
  officeName: string;
  officeNameKana: string;
  postalCode: string;
  address: string;
  phone: string;
  /** 事業所のシステム区分 */
  systemKind: SystemKind;
  /** 管轄税関 */
  customs: string;
  /** 請求先コード (7 digits) */
  billingCode: string;
  feePlan: { netNACCS: FeePlan | null; general: FeePlan | null };
  /** plan changes by month ('YYYY-MM' the plan applies from), oldest first; absent: feePlan since the start */
  feePlanHistory?: { from: string; plan: { netNACCS: FeePlan | null; general: FeePlan | null } }[];
  /** 契約者 */
  contractor: { name: string; title: string };
  /** 管理責任者 (システム管理責任者) */
  admin: {
    name: string;
    nameKana: string;
    department: string;
    email: string;
    phone: string;
    /** 緊急連絡用FAX番号 */
    emergencyFax: string;
  };
  headOffice: { postalCode: string; address: string; phone: string };
  billing: {
    /** 請求書送付先 */
    postalCode: string;
    address: string;
    /** 請求先担当者 */
    contactName: string;
    contactPhone: string;
    paymentMethod: PaymentMethod;
  };
  /** 事業所パスワード */
  password: PasswordHash;
  /** the passwords before it, newest first (パスワードの変更 refuses them; docs/password.md) */
  passwordHistory?: PasswordHash[];
  /**
   * Set anew by each パスワードの変更; a session that logged in under another value
   * ends (absent: the password was never changed, e.g. the demo as seeded).
   */
  passwordId?: string;
  /** 契約開始日 */
  startDate: IsoDate;
  /**
   * 契約満了日 of a 解約 (契約解除、事業所廃止): from this day the contract has ended and a
   * login is refused; its codes, IDs, terminals and lines end the day before (利用終了日).
   */
  terminatedOn?: IsoDate;
}

/** 企業名・営業所名及び責任者名・営業所所在地(英), registered by a システム設定申込. */
export interface EnglishNames {
  company: string;
  office: string;
  address: string;
  manager: string;
}

export interface UserCode extends SyncedRecord {
  /** 利用者コード (5 chars) — also `id`. */
  code: string;
  /** Offices that use this code; more than one means 他事業所と共用. */
  officeCodes: string[];
  systemKind: SystemKind;
  /** 業種 registered for the code in NACCS (システム設定「業種」). */
  industries: string[];
  english: EnglishNames;
  /** 管理統計資料(有料分) */
  statsPaid: boolean;
  /** 管理統計資料(無料分) */
  statsFree: boolean;
  /** 保税管理資料保存サービス */
  bondedRetention: boolean;
  startDate: IsoDate;
  endDate?: IsoDate;
}

export interface UserId extends SyncedRecord {
  /** 利用者ID (8 chars) = 利用者コード + 識別番号 — also `id`. */
  userCode: string;
  /** 識別番号 (3 chars) */
  idNo: string;
  /** The office that holds this ID (a shared code has IDs of several offices). */
  officeCode: string;
  industries: string[];
  method: Method;
  /** A 通関士ID: one broker, one 処理方式 (R13). */
  broker: boolean;
  /** 通関士証票番号 as registered through UTB. */
  brokerCardNo?: string;
  /** when UTB registered it (simulated epoch ms) */
  brokerCardRegisteredAt?: number;
  /** NACCS password of this 利用者ID (simulated: kept to be shown in ID通知内容 only). */
  password?: string;
  /**
   * A サイバーポート用の利用者ID: an SMTP双方向 識別番号 issued by a 新規申込 for the Cyberport
   * (seed 003). It is not a netNACCS logon: UTB refuses it with seed 003's note.
   */
  cyberport?: boolean;
  startDate: IsoDate;
  endDate?: IsoDate;
}

/** 利用機器区分 / パッケージソフト区分 of a netNACCS, webNACCS or ebMS terminal, as the tables abbreviate them (S2 「net」). */
export type NetEquipment = 'net' | 'web' | 'ebMS';
/**
 * …of a 一般NACCS terminal: NACCSパッケージソフト on a 一般NACCS回線 (インタラクティブ処理方式),
 * abbreviated as the tables abbreviate that 処理方式 (GUESS: no seed shows one; docs/contract-change.md).
 */
export type GeneralEquipment = 'インタ';
export const GENERAL_EQUIPMENT: GeneralEquipment = 'インタ';
export const TERMINAL_EQUIPMENTS = ['net', 'web', 'ebMS', GENERAL_EQUIPMENT] as const;

/** Whether a terminal is a 一般NACCS one (no デジタル証明書, billed with 一般NACCS). */
export const isGeneralTerminal = (t: { equipment: string }) => t.equipment === GENERAL_EQUIPMENT;

/** A logical terminal (論理端末): netNACCS / webNACCS / ebMS, or 一般NACCS. */
export interface Terminal extends SyncedRecord {
  officeCode: string;
  systemKind: SystemKind;
  /** 利用機器区分 */
  equipment: NetEquipment | GeneralEquipment;
  /** パッケージソフト区分 */
  packageKind: NetEquipment | GeneralEquipment;
  /** 論理端末名 */
  name: string;
  /** 端末アクセスキー */
  accessKey: string;
  /** 認証コード1/2/3 */
  authCodes: [string, string, string];
  startDate: IsoDate;
  endDate?: IsoDate;
  /** netNACCS: the day its デジタル証明書 was issued or last reissued (docs/cert-reissue.md) */
  certIssuedOn?: IsoDate;
  /** netNACCS: the certificate's 有効期限, the last day it is valid (one year) */
  certExpiresOn?: IsoDate;
  /** 共用(機器共用): the other offices of the company that share this terminal (absent: none; docs/contract-change.md) */
  sharedWith?: string[];
}

/** 一般NACCS回線 */
export interface Line extends SyncedRecord {
  officeCode: string;
  kind: '専用線' | 'ブロードバンド光回線' | 'インターネット';
  bandwidth: string;
  installAddress: string;
  startDate: IsoDate;
  endDate?: IsoDate;
}

/** 一般NACCSのメールボックス */
export interface Mailbox extends SyncedRecord {
  officeCode: string;
  systemKind: SystemKind;
  name: string;
  startDate: IsoDate;
  endDate?: IsoDate;
}

/** What a line of a bill charges for (docs/billing.md). */
export type BillLineKind = '基本料金' | '従量料金' | '管理統計資料(有料分)' | '保税管理資料保存サービス' | '消費税';

/** netNACCS or 一般NACCS, the two systems a 料金プラン is chosen for. */
export type BillSystem = 'netNACCS' | '一般NACCS';

/**
 * One line of a bill. Bills fixed by the center carry the breakdown fields; bills
 * written before them (label and amount only) still show.
 */
export interface BillLine {
  label: string;
  amount: number;
  kind?: BillLineKind;
  system?: BillSystem;
  plan?: FeePlan;
  /** 従量料金: the 利用者ID it was used by */
  userId?: string;
  /** 管理統計資料 / 保存サービス: the 利用者コード charged; 従量料金: the ID's code */
  userCode?: string;
  method?: Method;
  /** 端末数, 利用件数 or 1 (a month of an option) */
  quantity?: number;
  /** 円 per unit (税抜) */
  unitPrice?: number;
}

/** A monthly bill (請求金額). */
export interface Bill extends SyncedRecord {
  officeCode: string;
  /** 'YYYY-MM' */
  month: string;
  billingCode: string;
  /** every charge, then the 消費税 line */
  amounts: BillLine[];
  /** 請求金額 (税込) */
  total: number;
  /** 振替日 (口座振替) or 支払期限 (銀行振込) */
  dueDate: IsoDate;
  fixedAt: IsoDate;
  /** 支払の方法 when the bill was fixed (absent on older bills: the office's current one) */
  paymentMethod?: PaymentMethod;
  /** 税抜 total and 消費税 (absent on older bills) */
  subtotal?: number;
  tax?: number;
}

/** Whether a 利用者ID belongs to netNACCS: the 3rd char of the 識別番号 is a letter (DOMAIN.md §2). */
export function isNetNaccsIdNo(idNo: string): boolean {
  return /^[A-Z]$/.test(idNo.charAt(2));
}
