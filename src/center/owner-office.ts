// Whom an application speaks for: its owner's office, or — for a 仮ログインID, which
// has no office until its 新規申込's 利用開始日 — the office its 新規申込 describes.
// A 仮ログインID files the システム設定申込 for the new codes of its 新規申込
// (docs/new-usage.md), so that filing is checked and answered against that office.
import type { Office } from '../domain/contract';
import { listOfficeApplications } from '../store/applications';
import { getOffice } from '../store/contracts';
import { findKind } from '../kinds/registry';

export async function ownerOffice(ownerId: string): Promise<Office | undefined> {
  const office = await getOffice(ownerId);
  if (office) return office;
  for (const app of await listOfficeApplications(ownerId)) {
    const def = findKind(app.kind);
    if (def?.applicantOffice && app.status !== '取下げ' && app.status !== '無効') return def.applicantOffice(app.payload, ownerId);
  }
  return undefined;
}
