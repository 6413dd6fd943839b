// The demo office's contract as a bill is computed from it (domain/billing).
import type { BillContract } from '../../src/domain/billing/bill';
import type { Office } from '../../src/domain/contract';
import { demoOffices, demoTerminals, demoUserCodes, demoUserIds } from '../../src/store/demo/data';

const HASH = { algorithm: 'PBKDF2-SHA256' as const, iterations: 1, salt: '', hash: '' };

export function demoContract(officeCode = 'NAC001', office?: Partial<Office>): BillContract {
  const o = demoOffices(HASH, HASH).find((x) => x.code === officeCode)!;
  return {
    office: { ...o, ...office },
    userCodes: demoUserCodes().filter((c) => c.officeCodes.includes(officeCode)),
    userIds: demoUserIds().filter((u) => u.officeCode === officeCode),
    terminals: demoTerminals().filter((t) => t.officeCode === officeCode),
    mailboxes: [],
  };
}
