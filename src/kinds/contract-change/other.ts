// その他の契約変更 in the center: the checks of 共用, 付替 and 地位の承継, which read the
// company's other offices (for 共用 also their terminals and the other office's
// applications; for 地位の承継 the offices of the new 企業略称) besides the filing
// office's contract, so they are not among the pure rules of
// domain/contract-change/others.ts (their effects are). Only Dexie calls are awaited.
import type { CheckContext } from '../../center/kind-definition';
import type { ContractChangePayload } from '../../domain/contract-change/payload';
import { shareProblems, type PartnerFiling } from '../../domain/contract-change/share';
import { successionProblems } from '../../domain/contract-change/succession';
import { transferProblems } from '../../domain/contract-change/transfer';
import { listOfficeApplicationsOfKind } from '../../store/applications';
import { listCompanyOffices, listCompanyTerminals } from '../../store/contracts';

/** The other office's 共用 applications that still stand (filed, not 取下げ or 無効). */
async function partnerFilings(partner: string): Promise<PartnerFiling[]> {
  const apps = await listOfficeApplicationsOfKind(partner, 'contract-change');
  return apps
    .filter((a) => a.status !== '取下げ' && a.status !== '無効')
    .flatMap((a) => {
      const share = (a.payload as Partial<ContractChangePayload> | undefined)?.share;
      return share ? [{ receiptNo: a.receiptNo, change: share }] : [];
    });
}

export async function otherChangeProblems(payload: ContractChangePayload, ctx: CheckContext): Promise<string[]> {
  const office = ctx.office;
  if (payload.share) {
    const [companyOffices, terminals, filings] = await Promise.all([
      listCompanyOffices(office.companyAbbr),
      listCompanyTerminals(office.companyAbbr),
      partnerFilings(payload.share.partner),
    ]);
    return shareProblems(payload.share, { office, companyOffices, terminals, partnerFilings: filings });
  }
  if (payload.transfer) {
    const companyOffices = await listCompanyOffices(office.companyAbbr);
    return transferProblems(payload.transfer, { office, companyOffices, userIds: ctx.userIds, terminals: ctx.terminals });
  }
  if (payload.succession) return successionProblems(payload.succession, office, await listCompanyOffices(payload.succession.companyAbbr));
  return [];
}
