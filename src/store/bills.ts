// Monthly bills (請求金額) of an office. Reads first; the center's writes follow below.
import type { Bill, Office } from '../domain/contract';
import type { Notice } from '../domain/notice';
import { db } from './db';
import { alive, touched } from './record';

/** The office's bills, newest month first. */
export async function listBills(officeCode: string): Promise<Bill[]> {
  const rows = alive(await db.bills.where('officeCode').equals(officeCode).toArray());
  return rows.sort((a, b) => b.month.localeCompare(a.month));
}

/** The office's bill of a month ('YYYY-MM'), if fixed. */
export async function getBill(officeCode: string, month: string): Promise<Bill | undefined> {
  const rows = alive(await db.bills.where('month').equals(month).toArray());
  return rows.find((b) => b.officeCode === officeCode);
}

// --- the center's reads and writes ---

/** Every office (the center bills each one). */
export async function listOffices(): Promise<Office[]> {
  return alive(await db.offices.toArray());
}

/** The ids of every bill of a month, read from the index alone (cheap on every pass of the center). */
export async function billIdsOfMonth(month: string): Promise<Set<string>> {
  return new Set((await db.bills.where('month').equals(month).primaryKeys()) as string[]);
}

/** Whether a bill with this id is stored, in any state (keys only: a record that fails its check still counts). */
export async function billExists(id: string): Promise<boolean> {
  return (await db.bills.where(':id').equals(id).count()) > 0;
}

/** The months the office has a bill for. */
export async function listBillMonths(officeCode: string): Promise<string[]> {
  return (await listBills(officeCode)).map((b) => b.month);
}

/**
 * Writes fixed bills and their 新着情報 (inside the center's transaction). A bill is
 * added, never replaced: a second writer fails instead of overwriting a fixed bill.
 */
export async function addFixedBills(bills: readonly Bill[], notices: readonly Notice[]): Promise<void> {
  if (bills.length === 0) return;
  await db.bills.bulkAdd(bills.map((b) => touched(b)));
  await db.notices.bulkPut(notices.map((n) => touched(n)));
}
