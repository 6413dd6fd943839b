// 通関士IDの追加 (seed 004, DOMAIN.md §3.5): everything the app knows about the kind.
// IDs and passwords are issued when the review ends and join the contract on the 利用開始日.
import type { KindDefinition } from '../../center/kind-definition';
import type { Application, IssuedUserId } from '../../domain/application';
import { METHODS } from '../../domain/contract';
import { brokerIdProblems } from '../../domain/broker-id/checks';
import { newUserIdPassword, nextIdNos } from '../../domain/broker-id/issue';
import { brokerIdPayloadSchema, type BrokerIdPayload } from '../../domain/broker-id/payload';
import { BROKER_ID_TEXTS, BROKER_INDUSTRIES } from '../../domain/broker-id/texts';
import { listApplicationsByStatus } from '../../store/applications';
import { addUserIds, listUserIdsOfCode } from '../../store/contracts';

/** 識別番号 under the code issued to other applications whose IDs have not joined the contract yet. */
function pendingIdNos(waiting: readonly Application[], userCode: string, exceptApplicationId: string): string[] {
  return waiting
    .filter((a) => a.id !== exceptApplicationId && a.idNotice)
    .flatMap((a) => a.idNotice!.userIds.filter((u) => u.userCode === userCode).map((u) => u.idNo));
}

export const brokerIdKind: KindDefinition<BrokerIdPayload> = {
  kind: 'broker-id',
  letter: 'B',
  noticeCategory: '利用申込',
  dateLabel: '利用開始日',
  texts: { ...BROKER_ID_TEXTS },
  standardDays: 5,
  payloadSchema: brokerIdPayloadSchema,
  wizardPath: '/broker-id',
  view: () => import('../../screens/broker-id/FiledView'),
  // filed as a 変更申込 (seed 004, 申込分類 変更(通関士)): the change 承認通知 and 申込書 (docs/pdf.md)
  documents: { offered: () => ['change-approval', 'change-form'], applied: () => import('../../screens/broker-id/applied') },
  // S4: 「申込を受付けると、申込担当者宛てに受付完了のE-mailが自動送信されます。」
  mailsTo: { received: ['申込担当者'] },
  // S2's 利用申込詳細 has 申込分類; a 通関士ID application is filed as 「変更(通関士)」
  summary: () => ({ applicationClass: '変更(通関士)' }),
  checks: (payload, ctx) => brokerIdProblems(payload, ctx.userCodes, ctx.userIds),
  async issue(payload, ctx) {
    const issued: IssuedUserId[] = [];
    const waiting = await listApplicationsByStatus(['審査終了']);
    for (const row of payload.rows) {
      const contract = await listUserIdsOfCode(row.userCode);
      const taken = [
        ...contract.map((u) => u.idNo),
        ...pendingIdNos(waiting, row.userCode, ctx.application.id),
        ...issued.filter((u) => u.userCode === row.userCode).map((u) => u.idNo),
      ];
      for (const idNo of nextIdNos(taken, row.method, row.count)) {
        issued.push({
          userId: `${row.userCode}${idNo}`,
          userCode: row.userCode,
          idNo,
          method: row.method,
          industries: [...BROKER_INDUSTRIES],
          password: newUserIdPassword(ctx.random),
        });
      }
    }
    return { issuedAt: ctx.now, startDate: ctx.date, userIds: issued, terminals: [] };
  },
  async applyEffect(_payload, ctx) {
    const notice = ctx.application.idNotice;
    if (!notice) return;
    await addUserIds(
      notice.userIds.map((u) => ({
        id: u.userId,
        userCode: u.userCode,
        idNo: u.idNo,
        officeCode: ctx.application.officeCode,
        industries: [...u.industries],
        method: METHODS.find((m) => m === u.method) ?? 'インタ',
        broker: true,
        password: u.password,
        startDate: ctx.date,
        updatedAt: 0,
        rev: 0,
      })),
    );
  },
};
