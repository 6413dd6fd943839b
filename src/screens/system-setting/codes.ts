// The 利用者コード a システム設定申込 may set: the office's codes in use, and the codes its
// open 変更申込 add (「新規利用者コード」 until they join the contract on the 利用開始日).
import type { UserCode } from '../../domain/contract';
import { upcomingUserCodes } from '../../kinds/upcoming-codes';
import { listOfficeApplications } from '../../store/applications';
import { listUserCodes } from '../../store/contracts';

export async function listSettableCodes(officeCode: string): Promise<UserCode[]> {
  const inUse = (await listUserCodes(officeCode)).filter((c) => !c.endDate);
  const upcoming = upcomingUserCodes(await listOfficeApplications(officeCode), inUse.map((c) => c.code));
  return [...inUse, ...upcoming];
}
