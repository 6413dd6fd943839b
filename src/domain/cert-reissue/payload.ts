// What a デジタル証明書の再発行申込 files: the netNACCS 論理端末 whose certificate is
// reissued (as the contract showed it when filed) and why. There is no wish for a
// date: the center reissues the certificate when its review ends (docs/cert-reissue.md).
import * as v from 'valibot';
import { ruledString } from '../validation/schema';
import { freeText, maxChars, required } from '../validation/rules';

/** 再発行の理由 (DOMAIN.md §3.7; the seeds show no screen, docs/cert-reissue.md). */
export const REISSUE_REASONS = ['PCの入替', 'OSの再インストール', '証明書の削除', '有効期限切れ', 'その他'] as const;
export type ReissueReason = (typeof REISSUE_REASONS)[number];

export const REASON_LABEL = '再発行の理由';
export const OTHER_REASON_LABEL = 'その他の理由';
export const OTHER_REASON_MAX = 100;
export const TERMINAL_LABEL = '再発行する論理端末';

export const otherReasonRules = [
  required(OTHER_REASON_LABEL, '(再発行の理由で「その他」を選んだ場合は必須です)'),
  freeText(OTHER_REASON_LABEL, false),
  maxChars(OTHER_REASON_LABEL, OTHER_REASON_MAX),
] as const;

export const reissueTerminalSchema = v.object({
  systemKind: v.picklist(['海上', '航空', '共用']),
  equipment: v.literal('net', 'netNACCSの論理端末を選択してください。'),
  packageKind: v.literal('net', 'netNACCSの論理端末を選択してください。'),
  name: v.pipe(v.string(), v.regex(/^[0-9A-Z]{1,10}$/, '論理端末名は半角英数字です。')),
});

export type ReissueTerminal = v.InferOutput<typeof reissueTerminalSchema>;

export const certReissuePayloadSchema = v.pipe(
  v.object({
    terminal: reissueTerminalSchema,
    reason: v.picklist(REISSUE_REASONS, `${REASON_LABEL}を選択してください。`),
    otherReason: v.optional(ruledString(otherReasonRules)),
  }),
  v.forward(
    v.check((p) => (p.reason === 'その他') === (p.otherReason !== undefined), `${OTHER_REASON_LABEL}は、再発行の理由で「その他」を選んだ場合にだけ入力してください。`),
    ['otherReason'],
  ),
);

export type CertReissuePayload = v.InferOutput<typeof certReissuePayloadSchema>;

/** How the confirmation and the detail show the reason: 「その他(…)」 with its text. */
export function reasonText(p: Pick<CertReissuePayload, 'reason' | 'otherReason'>): string {
  return p.reason === 'その他' && p.otherReason ? `その他(${p.otherReason})` : p.reason;
}
