// Situations an exercise starts from, prepared on top of the fresh demo office.
import { submitApplication } from '../center/submit';
import { trainerPickup, trainerRequest } from '../center/trainer';
import type { Contact } from '../domain/contact';
import { systemSettingProblems } from '../domain/system-setting/checks';
import type { SystemSettingPayload } from '../domain/system-setting/payload';
import { listUserCodes } from '../store/contracts';
import type { ExerciseStart } from './types';

export type SetupId = NonNullable<ExerciseStart['setup']>;

/** The 申込担当者 of the applications a setup files (fictional). */
const SETUP_CONTACT: Contact = {
  lastName: '通関',
  firstName: '花子',
  lastNameKana: 'ツウカン',
  firstNameKana: 'ハナコ',
  department: '第一通関部',
  title: '係長',
  phone: '0312345678',
  fax: '',
  email: 'hanako.tsukan@nacks-shoji.example',
};

/** The 輸出入者コード a trainee of seed 000 typed from the old 体系: 12 characters where NACCS has 13. */
export const WRONG_IMPORTER_CODE = 'A12345678901';

/**
 * Seed 000's 確認依頼: a システム設定申込 for the new 1CNAC was filed with an
 * 輸出入者コード(JASTPRO) of the wrong 体系, and the center asked for a correction.
 */
async function jastproRequest(officeCode: string): Promise<void> {
  const payload: SystemSettingPayload = {
    codes: [
      {
        userCode: '1CNAC',
        systemKind: '海上',
        newCode: true,
        english: { company: 'NACKS TRADING CO LTD', office: '', manager: '', address: '' },
        industries: ['通関業'],
        importerCode: WRONG_IMPORTER_CODE,
        settings: { 'customs-customs': '東京税関' }, // 業種 › 通関・自社通関's 主管税関 (R12)
      },
    ],
    timing: { kind: 'shortest' },
  };
  const { applicationId } = await submitApplication({ kind: 'system-setting', officeCode, contact: SETUP_CONTACT, payload });
  const problems = systemSettingProblems(payload, await listUserCodes(officeCode));
  await trainerPickup(applicationId);
  await trainerRequest(applicationId, problems.join('\n'));
}

export async function applySetup(setup: SetupId, officeCode: string): Promise<void> {
  switch (setup) {
    case 'jastproRequest':
      return jastproRequest(officeCode);
  }
}
