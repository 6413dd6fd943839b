// その他の契約変更 in the center: the checks and the effect of 共用, 付替 and 地位の承継,
// which read the company's other offices (and for 共用 the other office's
// application) besides the filing office's contract. Inside the center's
// transaction: only Dexie calls are awaited.
import type { CheckContext, ContractView } from '../../center/kind-definition';
import type { ContractChangePayload } from '../../domain/contract-change/payload';
import { shareEffect, shareProblems, type PartnerFiling } from '../../domain/contract-change/share';
import { successionEffect, successionProblems } from '../../domain/contract-change/succession';
import { transferEffect, transferProblems } from '../../domain/contract-change/transfer';
import { listOfficeApplicationsOfKind } from '../../store/applications';
import { listCompanyOffices, listCompanyTerminals, listCompanyUserCodes, writeContractRows } from '../../store/contracts';

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

/** On the 利用開始日. */
export async function applyOtherChange(payload: ContractChangePayload, contract: ContractView): Promise<void> {
  const office = contract.office;
  if (payload.share) {
    const terminals = await listCompanyTerminals(office.companyAbbr);
    await writeContractRows({ userCodes: [], userIds: [], terminals: shareEffect(payload.share, office.code, terminals) });
  }
  if (payload.transfer) {
    const userCodes = await listCompanyUserCodes(office.companyAbbr);
    await writeContractRows(
      transferEffect(payload.transfer, { officeCode: office.code, userCodes, userIds: contract.userIds, terminals: contract.terminals }),
    );
  }
  if (payload.succession) await writeContractRows({ office: successionEffect(payload.succession, office), userCodes: [], userIds: [], terminals: [] });
}
