// Monthly bills (請求金額) of an office.
import type { Bill } from '../domain/contract';
import { db } from './db';
import { alive } from './record';

/** The office's bills, newest month first. */
export async function listBills(officeCode: string): Promise<Bill[]> {
  const rows = alive(await db.bills.where('officeCode').equals(officeCode).toArray());
  return rows.sort((a, b) => b.month.localeCompare(a.month));
}
