// How a record is named to a trainer when something is wrong with it: by what
// they see on screen (a 受付番号, a 利用者コード, a mail's 件名), its id otherwise.
const TABLE_NAMES: Record<string, string> = {
  offices: '事業所',
  userCodes: '利用者コード',
  userIds: '利用者ID',
  terminals: '論理端末',
  lines: '回線',
  mailboxes: 'メールボックス',
  applications: '申込',
  drafts: '下書き',
  notices: '新着情報',
  mails: 'メール',
  bills: '請求',
  attachments: '添付ファイル',
  settings: '設定',
};

const SETTING_NAMES: Record<string, string> = {
  clock: '模擬時計',
  review: '審査の設定',
  demo: 'デモモード',
  login: 'ログインのロック',
};

/** The field of each table that names a record on screen. */
const NAMING_FIELD: Record<string, string> = {
  offices: 'code',
  userCodes: 'code',
  terminals: 'name',
  mailboxes: 'name',
  applications: 'receiptNo',
  mails: 'subject',
  bills: 'month',
  attachments: 'name',
};

const MAX_NAME = 40;
const clip = (text: string) => (text.length > MAX_NAME ? `${text.slice(0, MAX_NAME)}…` : text);

export function tableName(table: string): string {
  return TABLE_NAMES[table] ?? table;
}

/** 「申込 1234567C」, 「設定「模擬時計」」, 「下書き（ID d-12）」. */
export function recordLabel(table: string, id: string, record: unknown): string {
  if (table === 'settings') return `設定「${SETTING_NAMES[id] ?? clip(id)}」`;
  const field = NAMING_FIELD[table];
  const named = field && record && typeof record === 'object' ? (record as Record<string, unknown>)[field] : undefined;
  if (typeof named === 'string' && named.trim()) return `${tableName(table)} ${clip(named)}`;
  return `${tableName(table)}（ID ${clip(id)}）`;
}
