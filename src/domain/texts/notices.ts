// 新着情報 texts that the kinds do not bring themselves (DOMAIN.md §4.4).
// The seeds show only 審査終了 and 確認依頼; 取下げ and 無効 are GUESSES (docs/center.md).
import { SYSTEM_SETTING_LEAD_DAYS } from '../review';

/** 確認依頼 wording for a kind name: 「システム設定申込内容に確認事項があります。…」 */
export function confirmRequestNoticeText(subject: string): string {
  return `${subject}に確認事項があります。通知内容をご確認の上、申込内容の修正、または取下げを行ってください。`;
}

/** 審査終了 wording: 「システム設定申込の審査を終了しました。通知内容をご確認ください。」 */
export function reviewEndedNoticeText(name: string): string {
  return `${name}の審査を終了しました。通知内容をご確認ください。`;
}

/** GUESS: after the user's 取下げ. */
export function withdrawnNoticeText(name: string): string {
  return `${name}の取下げを受け付けました。`;
}

/** GUESS: after the 無効 rule (システム利用規程 第15条第2項第4号). */
export function invalidNoticeText(name: string): string {
  return `${name}は、システム設定申込が利用開始日の${SYSTEM_SETTING_LEAD_DAYS}営業日前までに完了しなかったため、無効となりました。通知内容をご確認ください。`;
}

/** 進行状況 通知内容 of a 無効. */
export function invalidProgressText(deadline: string): string {
  return `システム設定申込がシステム設定申込締切日(${deadline})までに完了しなかったため、システム利用規程第15条第2項第4号により審査終了を取り消し、本申込は無効となりました。`;
}

/**
 * The 通知内容 of a 確認依頼 that the scenario (not an automatic check) asks for,
 * in the voice of seed 000's example.
 */
export const SCENARIO_REQUEST_TEXT =
  '申込担当者の所属部署名・役職名の記載内容が事業所の登録情報と一致しません。内容を確認頂き修正入力をお願いします。';

/**
 * GUESS, in the voice of the attested reissue notice (「デジタル証明書を再発行しました。NACCS掲示板より
 * デジタル証明書を取得の上、適用作業を実施願います。」): the certificates of new netNACCS terminals.
 */
export const CERTIFICATE_ISSUED_NOTICE =
  'デジタル証明書を発行しました。ID通知内容の認証コードを確認し、NACCS掲示板よりデジタル証明書を取得の上、適用作業を実施願います。';

/** 新着情報 利用料金 when a month's bill is fixed (S0, attested; no 受付番号). */
export const BILL_FIXED_NOTICE = '前月分の請求額が確定しました。請求情報の詳細画面から内容をご確認ください。';
