// デジタル証明書の再発行 (DOMAIN.md §3.7): everything the app knows about the kind.
// When the review ends the center reissues the certificate of one netNACCS 論理端末:
// new 認証コード in ID通知内容, 新着情報 証明書発行, S2's 【NSS】デジタル証明書発行完了の
// お知らせ to the 管理責任者; on the confirmed date (the day of the answer, standard
// days 0) the terminal's 認証コード and certificate validity change in the contract.
import type { KindDefinition } from '../../center/kind-definition';
import { certReissueProblems } from '../../domain/cert-reissue/checks';
import { reissuedContractTerminal } from '../../domain/cert-reissue/effect';
import { reissuedTerminal } from '../../domain/cert-reissue/issue';
import { certReissuePayloadSchema, type CertReissuePayload } from '../../domain/cert-reissue/payload';
import { CERT_REISSUE_TEXTS } from '../../domain/cert-reissue/texts';
import { writeContractRows } from '../../store/contracts';

export const certReissueKind: KindDefinition<CertReissuePayload> = {
  kind: 'cert-reissue',
  letter: 'D',
  noticeCategory: '証明書発行',
  // the new certificate can be fetched and used from this day (ID通知内容's 利用開始日)
  dateLabel: '利用開始日',
  texts: { ...CERT_REISSUE_TEXTS },
  // reissued on the day the center answers (the trainer may set more on the console)
  standardDays: 0,
  payloadSchema: certReissuePayloadSchema,
  wizardPath: '/cert-reissue',
  view: () => import('../../screens/cert-reissue/FiledView'),
  // 申込結果: one 論理端末 changed (its certificate)
  resultCounts: () => ({ terminals: [0, 1, 0] }),
  checks: (payload, ctx) => certReissueProblems(payload, ctx.terminals),
  async issue(payload, ctx) {
    const terminal = ctx.contract.terminals.find((t) => t.name === payload.terminal.name);
    if (!terminal) return undefined;
    return {
      issuedAt: ctx.now,
      startDate: ctx.date,
      userIds: [],
      terminals: [reissuedTerminal(terminal, ctx.contract.office.companyAbbr, ctx.random)],
    };
  },
  async applyEffect(payload, ctx) {
    const terminal = ctx.contract.terminals.find((t) => t.name === payload.terminal.name);
    if (!terminal) return;
    const issued = ctx.application.idNotice?.terminals.find((t) => t.name === terminal.name);
    await writeContractRows({ userCodes: [], userIds: [], terminals: [reissuedContractTerminal(terminal, issued, ctx.date)] });
  },
};
