// What 新規申込 reads from the store: the companies and 利用者コード that exist
// (企業略称 must be unique, a shared code must exist), every 事業所コード, 利用者コード
// and 論理端末名 in use or issued (the center issues the next free ones).
import type { UserCode } from '../domain/contract';
import { listApplicationsByStatus } from './applications';
import { db } from './db';
import { alive } from './record';

/** Every company (企業略称 and 企業名) that has an office. */
export async function listCompanies(): Promise<{ abbr: string; name: string }[]> {
  const byAbbr = new Map<string, string>();
  for (const o of alive(await db.offices.toArray())) if (!byAbbr.has(o.companyAbbr)) byAbbr.set(o.companyAbbr, o.companyName);
  return [...byAbbr].map(([abbr, name]) => ({ abbr, name }));
}

export async function listAllUserCodes(): Promise<UserCode[]> {
  return alive(await db.userCodes.toArray());
}

/** 事業所コード, 利用者コード and 論理端末名 in the store or issued to applications not started yet. */
export async function takenCodes(exceptApplicationId: string) {
  const waiting = (await listApplicationsByStatus(['審査終了'])).filter((a) => a.id !== exceptApplicationId);
  const offices = new Set((await db.offices.toArray()).map((o) => o.code));
  const userCodes = new Set((await db.userCodes.toArray()).map((c) => c.code));
  const terminals = new Set((await db.terminals.toArray()).map((t) => t.name));
  const idNos = new Map<string, string[]>();
  for (const u of await db.userIds.toArray()) idNos.set(u.userCode, [...(idNos.get(u.userCode) ?? []), u.idNo]);
  for (const a of waiting) {
    if (a.idNotice?.office) offices.add(a.idNotice.office.code);
    for (const c of a.idNotice?.office?.newUserCodes ?? []) userCodes.add(c);
    for (const t of a.idNotice?.terminals ?? []) terminals.add(t.name);
    for (const u of a.idNotice?.userIds ?? []) idNos.set(u.userCode, [...(idNos.get(u.userCode) ?? []), u.idNo]);
  }
  return { offices, userCodes, terminals, idNos };
}
