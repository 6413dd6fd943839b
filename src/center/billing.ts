// The center fixes the bills: when the training clock passes into a new month, the
// previous month's bill of every office is computed from the contract of that month
// and written with its 新着情報, exactly once (docs/billing.md, docs/center.md).
import { billFixedNotice, billId, computeBill } from '../domain/billing/bill';
import { addMonths, monthOf, monthsToFix } from '../domain/billing/months';
import { isoDateOf } from '../domain/time';
import { inCenterTransaction } from '../store/applications';
import { addFixedBills, billExists, billIdsOfMonth, listBillMonths, listOffices } from '../store/bills';
import { getOfficeContract } from '../store/contracts';

/**
 * Fixes the office's due bills in one read-write transaction that re-reads what is
 * billed first: IndexedDB serialises such transactions, also across tabs, so a
 * second tab running at the same moment finds the bill written and does nothing.
 * Returns how many bills it wrote.
 */
export function fixOfficeBills(officeCode: string, at: number): Promise<number> {
  return inCenterTransaction(async () => {
    const contract = await getOfficeContract(officeCode);
    if (!contract) return 0;
    const months = monthsToFix(isoDateOf(at), contract.office.startDate, await listBillMonths(officeCode));
    const bills = [];
    for (const month of months) if (!(await billExists(billId(officeCode, month)))) bills.push(computeBill(contract, month));
    await addFixedBills(bills, bills.map(billFixedNotice));
    return bills.length;
  });
}

/**
 * Every office whose previous month is not billed yet gets its bills. The check
 * reads the month's bill keys alone, so a pass with nothing to do costs two reads.
 */
export async function runBilling(at: number): Promise<number> {
  const previous = addMonths(monthOf(isoDateOf(at)), -1);
  const billed = await billIdsOfMonth(previous);
  let written = 0;
  for (const office of await listOffices()) {
    if (billed.has(billId(office.code, previous)) || monthOf(office.startDate) > previous) continue;
    try {
      written += await fixOfficeBills(office.code, at);
    } catch (err) {
      // One office that cannot be billed must not stop the others.
      console.error(`center: bills of ${office.code}`, err);
    }
  }
  return written;
}
