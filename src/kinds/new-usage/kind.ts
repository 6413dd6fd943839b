// 新規申込 = NACCS利用申込 (seed 003; DOMAIN.md §3.1): everything the app knows about
// the kind. It is filed by a 仮ログインID before the office exists, so the center
// addresses the office the application describes (applicantOffice); the review
// issues the 事業所コード, its password, the 利用者コード, IDs and terminals; on the
// 利用開始日 the office exists and logs in.
import type { KindDefinition } from '../../center/kind-definition';
import type { PasswordHash } from '../../domain/contract';
import { newUsageProblems } from '../../domain/new-usage/checks';
import { applicantOffice, newCodesOfNotice, newUsageEffect } from '../../domain/new-usage/effect';
import { issueForNewUsage } from '../../domain/new-usage/issue';
import { newUsagePayloadSchema, type NewUsagePayload } from '../../domain/new-usage/payload';
import { cyberportUtbNote, NEW_USAGE_TEXTS } from '../../domain/new-usage/texts';
import { UTB_HOURS_TEXT } from '../../domain/broker-id/utb';
import { hashPasswordSync } from '../../domain/password';
import { stopSharingWith, writeContractRows } from '../../store/contracts';
import { addMails } from '../../store/mails';
import { newId } from '../../store/record';
import { completionMails } from '../../domain/new-usage/mails';
import { listAllUserCodes, listCompanies, takenCodes } from '../../store/new-usage';

/** The office before it exists has no password: nobody logs in with it. */
const NO_PASSWORD: PasswordHash = { algorithm: 'PBKDF2-SHA256', iterations: 1, salt: '', hash: '' };

export const newUsageKind: KindDefinition<NewUsagePayload> = {
  kind: 'new-usage',
  letter: 'A',
  noticeCategory: '利用申込',
  dateLabel: '利用開始日',
  texts: { ...NEW_USAGE_TEXTS },
  standardDays: 10,
  payloadSchema: newUsagePayloadSchema,
  wizardPath: '/new-usage',
  view: () => import('../../screens/new-usage/FiledView'),
  summary: () => ({ applicationClass: '新規申込' }),
  applicantOffice: (payload, ownerId) => applicantOffice(payload, ownerId, '2000-01-01', NO_PASSWORD),
  officeAfterStart: (application) => application.idNotice?.office?.code,
  // a 共同利用(新規事業所) may already share a terminal with the code that will now never start
  async onInvalid(application) {
    const code = application.idNotice?.office?.code;
    if (code) await stopSharingWith(code);
  },
  // new 利用者コード are numbered at 審査終了: their システム設定申込 is due by the 締切日 (docs/new-usage.md)
  requiresSystemSetting: (_payload, application) => application?.idNotice?.office?.newUserCodes ?? [],
  newUserCodes: (payload, application) => newCodesOfNotice(payload, application?.idNotice),
  // seed 003's last page: the Cyberport IDs of 通関士 are linked by UTB, logged on with the netNACCS 利用者ID
  idNoticeNote: (payload) => cyberportUtbNote(payload, UTB_HOURS_TEXT),
  // DOMAIN.md §4.7: the 利用承諾書 (from the 利用開始日) and the 利用申込書 (any time after filing)
  documents: { offered: () => ['usage-acceptance', 'usage-form'], applied: () => import('../../screens/new-usage/applied') },
  // the checks read the whole store (other companies' 企業略称, shared codes), not the (absent) office's contract
  checks: async (payload) => newUsageProblems(payload, { companies: await listCompanies(), userCodes: await listAllUserCodes() }),
  async issue(payload, ctx) {
    const taken = await takenCodes(ctx.application.id);
    const notice = issueForNewUsage(payload, {
      takenOfficeCodes: taken.offices,
      takenUserCodes: taken.userCodes,
      takenIdNos: (code) => taken.idNos.get(code) ?? [],
      takenTerminalNames: taken.terminals,
      random: ctx.random,
      date: ctx.date,
      now: ctx.now,
    });
    // seed 003's last mail, a minute after the 確認完了: the ID/password are to be read from the URL it gives
    await addMails(completionMails(ctx.application, payload, ctx.now + 60_000, newId));
    return notice;
  },
  async applyEffect(payload, ctx) {
    const notice = ctx.application.idNotice;
    if (!notice?.office) return;
    // crypto.subtle cannot be awaited inside the center's transaction: a synchronous PBKDF2
    const password = hashPasswordSync(notice.office.password, Math.random);
    const edits = newUsageEffect(payload, { ...notice, office: notice.office }, { date: ctx.date, password, existingUserCodes: await listAllUserCodes() });
    await writeContractRows(edits);
  },
};
