// The simulated mailbox: what NSS sent to 申込担当者 and 管理責任者 addresses.
import type { Mail } from '../domain/mail';
import { db } from './db';
import { guarded } from './guarded';
import { alive, aliveRow, touched } from './record';

/** Writes mails (inside the caller's transaction when there is one). */
export async function addMails(mails: Mail[]): Promise<void> {
  await db.mails.bulkAdd(mails.map((m) => touched(m)));
}

export interface MailboxSummary {
  /** every address that received mail, sorted */
  list: string[];
  /** unread mails per address */
  unread: Record<string, number>;
}

/** The addresses and their unread counts, in one pass over the mails. */
export async function mailboxSummary(): Promise<MailboxSummary> {
  const unread: Record<string, number> = {};
  await db.mails.orderBy('to').each((m) => {
    if (m.deleted) return;
    unread[m.to] = (unread[m.to] ?? 0) + (m.read ? 0 : 1);
  });
  const list = Object.keys(unread);
  for (const address of list) if (unread[address] === 0) delete unread[address];
  return { list, unread };
}

/** The 受信箱 of one address, newest first. */
export async function listMailsTo(address: string): Promise<Mail[]> {
  const rows = alive(await db.mails.where('to').equals(address).toArray());
  return rows.sort((a, b) => b.at - a.at || b.updatedAt - a.updatedAt);
}

export async function getMail(id: string): Promise<Mail | undefined> {
  return aliveRow(await db.mails.get(id));
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
