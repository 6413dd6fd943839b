// NACCS利用申込's fields (seed 003, DOMAIN.md §3.1, §7.3): each field's id (also the
// key of its text in the draft's `raw`), the choices, and the labels. Pure.

export const F = {
  // 申込担当: 利用契約に関する項目
  reason: 'nu-reason',
  startDate: 'nu-startDate',
  officeName: 'nu-officeName',
  officeNameKana: 'nu-officeNameKana',
  systems: 'nu-systems',
  // 事業所・企業
  companyName: 'nu-companyName',
  companyNameKana: 'nu-companyNameKana',
  companyAbbr: 'nu-companyAbbr',
  postalCode: 'nu-postalCode',
  prefecture: 'nu-prefecture',
  address: 'nu-address',
  phone: 'nu-phone',
  contractorName: 'nu-contractorName',
  contractorTitle: 'nu-contractorTitle',
  adminName: 'nu-adminName',
  adminNameKana: 'nu-adminNameKana',
  adminDepartment: 'nu-adminDepartment',
  adminPhone: 'nu-adminPhone',
  adminEmail: 'nu-adminEmail',
  adminFax: 'nu-adminFax',
  systemKind: 'nu-systemKind',
  customs: 'nu-customs',
  // 利用者 (the row being set; the rows themselves are in the state)
  userMode: 'nu-userMode',
  userCode: 'nu-userCode',
  sso: 'nu-sso',
  industry: 'nu-industry',
  method: 'nu-method',
  idCount: 'nu-idCount',
  users: 'nu-users',
  // 論理端末・証明書 (netNACCS)
  netSkip: 'nu-netSkip',
  netTerminals: 'nu-netTerminals',
  // 回線・論理端末 (一般NACCS)
  lineSkip: 'nu-lineSkip',
  lineKind: 'nu-lineKind',
  lineTerminals: 'nu-lineTerminals',
  // メールボックス (一般NACCS)
  mailboxSkip: 'nu-mailboxSkip',
  mailboxes: 'nu-mailboxes',
  // 料金プラン
  planNet: 'nu-planNet',
  planGeneral: 'nu-planGeneral',
  // 請求先 (DOMAIN.md §7.3)
  bulk: 'nu-bulk',
  bulkBillingCode: 'nu-bulkBillingCode',
  bulkOfficeCode: 'nu-bulkOfficeCode',
  bulkCompany: 'nu-bulkCompany',
  bulkOffice: 'nu-bulkOffice',
  billAddress: 'nu-billAddress',
  billPostalCode: 'nu-billPostalCode',
  billPrefecture: 'nu-billPrefecture',
  billStreet: 'nu-billStreet',
  debit: 'nu-debit',
  debitBillingCode: 'nu-debitBillingCode',
  debitOfficeCode: 'nu-debitOfficeCode',
  debitCompany: 'nu-debitCompany',
  debitOffice: 'nu-debitOffice',
  note: 'nu-note',
} as const;

export const SYSTEM_CHOICES = ['netNACCSを利用する', '一般NACCSを利用する'] as const;
export const USE_NET = SYSTEM_CHOICES[0];
export const USE_GENERAL = SYSTEM_CHOICES[1];

export const USER_MODES = { new: '新規に利用者コードを追加する', share: '他事業所の利用者コードを共用する' } as const;

/** seed 003's checkbox: ticked, the rest of the tab is not needed */
export const SKIP_TEXT = '機器共用・共同利用、回線付替を別途申込、または自社システムを利用します。';

export const CUSTOMS = ['函館税関', '東京税関', '横浜税関', '名古屋税関', '大阪税関', '神戸税関', '門司税関', '長崎税関', '沖縄地区税関'] as const;

export const LINE_KINDS = ['インターネット', 'ブロードバンド光回線', '専用線'] as const;

/** 処理方式 a new office may choose, by system: net for netNACCS; インタ and SMTP双方向 for 一般NACCS. */
export const METHOD_CHOICES = { net: ['net'], general: ['インタ', 'SMTP双方向'] } as const;

export const BULK = { no: '希望しない', yes: '希望する(下欄に入力してください)' } as const;
export const BILL_ADDRESS = { same: '事業所に同じ', other: 'その他(下欄に入力してください)' } as const;
export const DEBIT = { new: '口座振替(口座振替申込専用紙を送付します)', same: '同一口座振替を希望する(同一口座振替先を入力してください)' } as const;

export const PREFECTURES = [
  '北海道', '青森県', '岩手県', '宮城県', '秋田県', '山形県', '福島県', '茨城県', '栃木県', '群馬県', '埼玉県', '千葉県',
  '東京都', '神奈川県', '新潟県', '富山県', '石川県', '福井県', '山梨県', '長野県', '岐阜県', '静岡県', '愛知県', '三重県',
  '滋賀県', '京都府', '大阪府', '兵庫県', '奈良県', '和歌山県', '鳥取県', '島根県', '岡山県', '広島県', '山口県', '徳島県',
  '香川県', '愛媛県', '高知県', '福岡県', '佐賀県', '長崎県', '熊本県', '大分県', '宮崎県', '鹿児島県', '沖縄県',
] as const;

export const MAX_COUNT = 99;
