// The simulated mailbox: what NSS sent to 申込担当者 and 管理責任者 addresses.
import type { Mail } from '../domain/mail';
import { db } from './db';
import { guarded } from './errors';
import { alive, aliveRow, touched } from './record';

/** Writes mails (inside the caller's transaction when there is one). */
export async function addMails(mails: Mail[]): Promise<void> {
  await db.mails.bulkAdd(mails.map((m) => touched(m)));
}

/** Every address that received mail, sorted. */
export async function listMailAddresses(): Promise<string[]> {
  const addresses = new Set<string>();
  await db.mails.orderBy('to').each((m) => {
    if (!m.deleted) addresses.add(m.to);
  });
  return [...addresses];
}

/** The 受信箱 of one address, newest first. */
export async function listMailsTo(address: string): Promise<Mail[]> {
  const rows = alive(await db.mails.where('to').equals(address).toArray());
  return rows.sort((a, b) => b.at - a.at || b.updatedAt - a.updatedAt);
}

export async function getMail(id: string): Promise<Mail | undefined> {
  return aliveRow(await db.mails.get(id));
}

/** Unread mails per address. */
export async function countUnreadByAddress(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  await db.mails.each((m) => {
    if (!m.deleted && !m.read) counts[m.to] = (counts[m.to] ?? 0) + 1;
  });
  return counts;
}

/** Opening a mail marks it read. */
export async function markMailRead(id: string): Promise<void> {
  await guarded(() =>
    db.transaction('rw', db.mails, async () => {
      const row = await db.mails.get(id);
      if (!row || row.read) return;
      await db.mails.put(touched({ ...row, read: true }, row));
    }),
  );
}
