// Applications written straight into the store, in any status, for screen tests.
import type { Application, ApplicationStatus } from '../../src/domain/application';
import { jstMs } from '../../src/domain/time';
import { db } from '../../src/store/db';
import { TEST_CONTACT } from './test-kinds';

/** A payload of the real システム設定申込 kind, so its filed view can render it. */
export const SETTING_PAYLOAD = {
  codes: [
    {
      userCode: '1CNAC',
      systemKind: '海上',
      newCode: true,
      english: { company: 'NACCS TRADE COMPANY', office: 'TOKYO OFFICE', manager: 'J.YAMADA', address: 'TOKYO TO MINATO KU' },
      industries: ['通関業'],
      importerCode: '',
      // R12: the 通関・自社通関 sub-tab's required 主管税関
      settings: { 'customs-customs': '東京税関' },
    },
  ],
  timing: { kind: 'specified', date: '2026-12-01' },
};

export function makeApplication(i: number, extra: Partial<Application> = {}): Application {
  const submittedAt = jstMs('2026-11-02', 10) + i * 86_400_000;
  const status: ApplicationStatus = extra.status ?? '受付';
  return {
    id: `app-${i}`,
    updatedAt: 1,
    rev: 1,
    kind: 'system-setting',
    receiptNo: `2642${String(i).padStart(3, '0')}C`,
    officeCode: 'NAC001',
    contact: TEST_CONTACT,
    payload: SETTING_PAYLOAD,
    desiredDate: '2026-12-01',
    note: '',
    attachments: [],
    status,
    submittedAt,
    lastSubmittedAt: submittedAt,
    submissions: 1,
    history: [{ item: 'システム設定申込', at: submittedAt, notice: '', status: '受付' }],
    review: {},
    ...extra,
  };
}

export async function putApplications(apps: Application[]): Promise<void> {
  await db.applications.bulkPut(apps);
}
