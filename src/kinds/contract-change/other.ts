// その他の契約変更 in the center: the checks of 共用, 共同利用, 共同利用(新規事業所), 付替 and
// 地位の承継, which read other offices (for 共用 / 共同利用 also their terminals and the
// other office's applications; for 共同利用(新規事業所) the new office's 新規申込; for
// 地位の承継 the offices of the new 企業略称) besides the filing office's contract, so
// they are not among the pure rules of domain/contract-change/others.ts (their
// effects are). Only Dexie calls are awaited.
import type { CheckContext } from '../../center/kind-definition';
import type { ContractChangePayload } from '../../domain/contract-change/payload';
import { jointNewProblems } from '../../domain/contract-change/joint-new';
import { shareProblems, type PartnerFiling, type ShareKind } from '../../domain/contract-change/share';
import { successionProblems } from '../../domain/contract-change/succession';
import { transferProblems } from '../../domain/contract-change/transfer';
import { getApplicationByReceiptNo, listOfficeApplicationsOfKind } from '../../store/applications';
import { getOffice, listCompanyOffices, listTerminalsOf } from '../../store/contracts';

/** The other office's applications of the same choice (共用 or 共同利用) that still stand (filed, not 取下げ or 無効). */
async function partnerFilings(kind: ShareKind, partner: string): Promise<PartnerFiling[]> {
  const apps = await listOfficeApplicationsOfKind(partner, 'contract-change');
  return apps
    .filter((a) => a.status !== '取下げ' && a.status !== '無効')
    .flatMap((a) => {
      const change = (a.payload as Partial<ContractChangePayload> | undefined)?.[kind];
      return change ? [{ receiptNo: a.receiptNo, change }] : [];
    });
}

export async function otherChangeProblems(payload: ContractChangePayload, ctx: CheckContext): Promise<string[]> {
  const office = ctx.office;
  for (const kind of ['share', 'jointUse'] as const) {
    const change = payload[kind];
    if (!change) continue;
    const [partner, terminals, filings] = await Promise.all([
      getOffice(change.partner),
      listTerminalsOf([office.code, change.partner]),
      partnerFilings(kind, change.partner),
    ]);
    return shareProblems(kind, change, { office, partner, terminals, partnerFilings: filings });
  }
  if (payload.jointUseNewOffice) {
    const application = await getApplicationByReceiptNo(payload.jointUseNewOffice.receiptNo);
    return jointNewProblems(payload.jointUseNewOffice, { office, application, terminals: ctx.terminals });
  }
  if (payload.transfer) {
    const companyOffices = await listCompanyOffices(office.companyAbbr);
    return transferProblems(payload.transfer, { office, companyOffices, userIds: ctx.userIds, terminals: ctx.terminals });
  }
  if (payload.succession) return successionProblems(payload.succession, office, await listCompanyOffices(payload.succession.companyAbbr));
  return [];
}
