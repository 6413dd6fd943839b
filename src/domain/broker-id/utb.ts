// UTB (通関士証票番号登録) and UTB01 (通関士証票番号照会): NACCS businesses, done
// from a NACCS terminal, not from NSS. The error codes come from a NACCS
// gateway code table (DOMAIN.md §6).
import { hostileCharMessage } from '../validation/hostile';
import { holidayName } from '../calendar';
import type { UserId } from '../contract';
import { formatDate, isoDateOf, jstParts, weekdayOf } from '../time';
import { validateUtbCardField } from './card-number';

export interface UtbError {
  code: string;
  message: string;
  field?: 'userId' | 'cardNo';
}

/** As seed 004 writes it. */
export const UTB_HOURS_TEXT = 'UTB業務利用可能時間：平日00：00～23：00';

/** Seed 004, beside the UTB screen. */
export const UTB01_NOTE = '※利用者ID単位の通関士証票番号の登録状況を確認するには【通関士証票番号照会（UTB01）業務】をご利用ください。';

/**
 * 平日 00:00–23:00: Monday to Friday, not a public holiday, before 23:00 (JST).
 * 平日 excludes 土日祝日 as Japanese usage has it (docs/broker-id.md).
 */
export function isUtbAvailable(nowMs: number): boolean {
  const date = isoDateOf(nowMs);
  const wd = weekdayOf(date);
  if (wd === 0 || wd === 6 || holidayName(date)) return false;
  return jstParts(nowMs).hour < 23;
}

export interface UtbRequest {
  /** the 利用者ID logged in at the NACCS terminal */
  loginUserId: string;
  /** the broker's 利用者ID typed into the screen */
  targetUserId: string;
  /** the 通関士証票番号 typed into the screen */
  cardNo: string;
  now: number;
  /** finds a registered, not ended 利用者ID */
  lookup: (userId: string) => UserId | undefined;
}

export type UtbResult = { ok: true; userId: UserId; cardNo: string } | { ok: false; errors: UtbError[] };

export function checkUtbRegistration(req: UtbRequest): UtbResult {
  if (!isUtbAvailable(req.now)) {
    return { ok: false, errors: [{ code: 'U0002', message: `業務の利用可能時間外です。(${UTB_HOURS_TEXT})` }] };
  }
  const errors: UtbError[] = [];
  const idError = checkTargetId(req);
  if (idError) errors.push(idError);
  const card = validateUtbCardField(req.cardNo);
  if (!card.ok) errors.push({ code: '', message: card.message, field: 'cardNo' });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, userId: req.lookup(req.targetUserId)!, cardNo: req.cardNo };
}

function checkTargetId(req: UtbRequest): UtbError | undefined {
  const target = req.targetUserId;
  if (target === '') return { code: 'S0001', message: '利用者IDが入力されていません。', field: 'userId' };
  const hostile = hostileCharMessage('利用者ID', target);
  if (hostile) return { code: 'S0002', message: hostile, field: 'userId' };
  if (!/^[0-9A-Z]{8}$/.test(target)) {
    return { code: 'S0002', message: '利用者IDは8桁すべてを半角英数字で入力してください。', field: 'userId' };
  }
  if (target.slice(0, 5) !== req.loginUserId.slice(0, 5)) {
    return {
      code: 'S0005',
      message: `ログインした利用者ID(${req.loginUserId})と同じ利用者コード(${req.loginUserId.slice(0, 5)})の利用者IDを入力してください。`,
      field: 'userId',
    };
  }
  const found = req.lookup(target);
  if (!found) return { code: 'S0006', message: '入力された利用者IDは登録されていません。', field: 'userId' };
  if (!found.broker) return { code: 'S0007', message: '入力された利用者IDは通関士IDではありません。', field: 'userId' };
  return undefined;
}

/** `cyberport`: refused because a サイバーポート用の利用者ID was used (seed 003). */
export type LogonResult = { ok: true; userId: UserId } | { ok: false; message: string; cyberport?: true };

/**
 * Seed 003's note (「※ ログインはnetNACCS用の利用者ID、パスワードで行ってください。（本申請で取得する
 * サイバーポート用の利用者IDではありません）」) as the terminal says it when a サイバーポート用の利用者ID
 * (an SMTP双方向 識別番号 of a Cyberport 新規申込) is used to log on.
 */
export function cyberportLogonMessage(userId: string): string {
  return (
    `利用者ID(${userId})はサイバーポート用の利用者IDのため、ログオンできません。` +
    'ログインはnetNACCS用の利用者ID、パスワードで行ってください。' +
    '（サイバーポートのNACCS連携機能利用のための申込で取得したサイバーポート用の利用者IDではありません）'
  );
}

/**
 * Logging on to the NACCS terminal with a 利用者ID and its password. An ID can
 * log on from its 利用開始日 (seed 004: 「利用開始日になりましたら…ログインし」).
 * A サイバーポート用の利用者ID never logs on: its right password gets seed 003's note.
 */
export function checkLogon(typedId: string, password: string, found: UserId | undefined, today: string): LogonResult {
  if (typedId === '' || password === '') return { ok: false, message: '利用者IDとパスワードを入力してください。' };
  if (!found || found.password === undefined || found.password !== password) {
    return { ok: false, message: '利用者IDまたはパスワードが正しくありません。' };
  }
  if (found.cyberport) return { ok: false, message: cyberportLogonMessage(found.id), cyberport: true };
  if (found.endDate && found.endDate < today) return { ok: false, message: 'この利用者IDは利用を終了しています。' };
  if (found.startDate > today) {
    return {
      ok: false,
      message: `この利用者IDの利用開始日は${formatDate(found.startDate)}です。利用開始日からログオンできます。`,
    };
  }
  return { ok: true, userId: found };
}

export type Utb01Result = { ok: true; rows: UserId[] } | { ok: false; error: UtbError };

/**
 * UTB01 通関士証票番号照会: the 通関士IDs of the logged-on ID's group, or the one
 * typed. `group` is every 利用者ID under the logged-on ID's 利用者コード.
 */
export function checkUtb01Inquiry(loginUserId: string, typedUserId: string, group: readonly UserId[]): Utb01Result {
  const hostile = hostileCharMessage('利用者ID', typedUserId);
  if (hostile) return { ok: false, error: { code: 'S0002', message: hostile, field: 'userId' } };
  if (typedUserId && typedUserId.slice(0, 5) !== loginUserId.slice(0, 5)) {
    return {
      ok: false,
      error: {
        code: 'S0005',
        message: `ログオンした利用者ID(${loginUserId})と同じ利用者コードの利用者IDを入力してください。`,
        field: 'userId',
      },
    };
  }
  const brokers = group.filter((u) => u.broker);
  const rows = typedUserId ? brokers.filter((u) => u.id === typedUserId) : brokers;
  if (typedUserId && rows.length === 0) {
    return { ok: false, error: { code: 'S0006', message: '入力された利用者IDは通関士IDとして登録されていません。', field: 'userId' } };
  }
  return { ok: true, rows };
}
