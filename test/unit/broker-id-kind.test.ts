import * as v from 'valibot';
import { beforeEach, describe, expect, it } from 'vitest';
import { setClockTo } from '../../src/center/clock';
import { runDue } from '../../src/center/review';
import { submitApplication } from '../../src/center/submit';
import { brokerIdProblems } from '../../src/domain/broker-id/checks';
import { brokerIdPayloadSchema, type BrokerIdPayload } from '../../src/domain/broker-id/payload';
import { isNetNaccsIdNo } from '../../src/domain/contract';
import { jstMs } from '../../src/domain/time';
import { getApplication } from '../../src/store/applications';
import { listUserIds, listUserIdsOfCode } from '../../src/store/contracts';
import { demoUserCodes, demoUserIds } from '../../src/store/demo/data';
import { resetDatabase, seedDemo } from '../support/db';
import { TEST_CONTACT } from '../support/test-kinds';

const payload = (rows: BrokerIdPayload['rows']): BrokerIdPayload => ({ rows });

/** Files a 通関士IDの追加申込 of NAC001 wishing to start on 2026-12-01. */
const fileBrokerIds = (rows: BrokerIdPayload['rows']) =>
  submitApplication({ kind: 'broker-id', officeCode: 'NAC001', contact: TEST_CONTACT, desiredDate: '2026-12-01', payload: payload(rows) });

describe('the 通関士IDの追加 payload', () => {
  const issues = (p: unknown) => {
    const r = v.safeParse(brokerIdPayloadSchema, p);
    return r.success ? [] : r.issues.map((i) => i.message);
  };
  it('takes rows of code, 処理方式 and a count of brokers', () => {
    expect(issues(payload([{ userCode: '1ANAC', method: 'インタ', count: 2 }]))).toEqual([]);
  });
  it('refuses no rows, a zero count and the same code and method twice', () => {
    expect(issues(payload([]))[0]).toContain('「設定する」ボタン');
    expect(issues(payload([{ userCode: '1ANAC', method: 'インタ', count: 0 }]))[0]).toBe(
      '追加する通関士IDの数は1以上で入力してください。',
    );
    expect(
      issues(
        payload([
          { userCode: '1ANAC', method: 'net', count: 1 },
          { userCode: '1ANAC', method: 'net', count: 2 },
        ]),
      ),
    ).toEqual(['同じ利用者コードと処理方式の組合せが複数設定されています。']);
  });
});

describe('the center checks of a 通関士IDの追加申込', () => {
  const codes = demoUserCodes().filter((c) => c.officeCodes.includes('NAC001'));
  const ids = demoUserIds().filter((i) => i.officeCode === 'NAC001');
  it('passes a customs code', () => {
    expect(brokerIdProblems(payload([{ userCode: '1ANAC', method: 'net', count: 1 }]), codes, ids)).toEqual([]);
  });
  it('asks for a correction for a code without 通関業 or not in the contract', () => {
    expect(brokerIdProblems(payload([{ userCode: '1BNAC', method: 'インタ', count: 1 }]), codes, ids)[0]).toContain(
      '業種に通関業が含まれていないため、通関士IDを追加できません。',
    );
    expect(brokerIdProblems(payload([{ userCode: '9ZZZZ', method: 'インタ', count: 1 }]), codes, ids)[0]).toContain(
      'ご契約にありません',
    );
  });
  it('takes SMTP双方向 for a code that uses it, and asks for a correction for a 処理方式 the code does not use', () => {
    expect(brokerIdProblems(payload([{ userCode: '1ANAC', method: 'SMTP双方向', count: 1 }]), codes, ids)).toEqual([]);
    expect(brokerIdProblems(payload([{ userCode: '1CNAC', method: 'SMTP双方向', count: 1 }]), codes, ids)).toEqual([
      '利用者コード「1CNAC」では処理方式「SMTP双方向」をご利用になっていません。処理方式を確認頂き修正入力をお願いします。',
    ]);
  });
  it('asks for a netNACCS contract before net IDs', () => {
    const noNet = ids.filter((i) => i.method !== 'net');
    expect(brokerIdProblems(payload([{ userCode: '1ANAC', method: 'net', count: 1 }]), codes, noNet)[0]).toContain(
      'netNACCSのご契約が必要です',
    );
  });
});

describe('the center issues 通関士IDs and adds them on the 利用開始日', () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedDemo();
    await setClockTo('2026-11-20', 10, 0);
  });

  it('files as …B, issues unique IDs with passwords at 審査終了 and adds them on the 利用開始日', async () => {
    const { applicationId, receiptNo } = await fileBrokerIds([
      { userCode: '1ANAC', method: 'インタ', count: 2 },
      { userCode: '1ANAC', method: 'net', count: 1 },
    ]);
    expect(receiptNo).toMatch(/^26\d{5}B$/);
    await runDue(jstMs('2026-11-24', 12));
    const ended = (await getApplication(applicationId))!;
    expect(ended.status).toBe('審査終了');
    expect(ended.confirmedDate).toBe('2026-12-01');
    const issued = ended.idNotice!.userIds;
    expect(issued.map((u) => u.userId)).toEqual(['1ANACA03', '1ANACA04', '1ANACA0B']);
    expect(issued.map((u) => isNetNaccsIdNo(u.idNo))).toEqual([false, false, true]);
    for (const u of issued) expect(u.password).toMatch(/^[A-Z2-9]{8}$/);

    // not in the contract before the 利用開始日
    expect((await listUserIdsOfCode('1ANAC')).map((u) => u.id)).not.toContain('1ANACA03');
    await runDue(jstMs('2026-12-01', 0, 1));
    const after = (await getApplication(applicationId))!;
    expect(after.status).toBe('利用開始');
    const ids = await listUserIds('NAC001');
    const added = ids.filter((u) => issued.some((i) => i.userId === u.id));
    expect(added).toHaveLength(3);
    expect(added.every((u) => u.broker && u.startDate === '2026-12-01')).toBe(true);
    expect(added.find((u) => u.id === '1ANACA0B')!.method).toBe('net');
  });

  it('issues a Y-識別番号 for SMTP双方向 (「※すべての処理方式」) and adds it with that 処理方式', async () => {
    const { applicationId } = await fileBrokerIds([{ userCode: '1ANAC', method: 'SMTP双方向', count: 1 }]);
    await runDue(jstMs('2026-11-24', 12));
    const issued = (await getApplication(applicationId))!.idNotice!.userIds;
    // the demo's 1ANAC already has Y01 (SMTP双方向)
    expect(issued.map((u) => [u.userId, u.method])).toEqual([['1ANACY02', 'SMTP双方向']]);
    await runDue(jstMs('2026-12-01', 0, 1));
    const added = (await listUserIds('NAC001')).find((u) => u.id === '1ANACY02')!;
    expect(added).toMatchObject({ method: 'SMTP双方向', broker: true, industries: ['通関業', '通関士'] });
  });

  it('never issues the same 識別番号 to two applications waiting for their start date', async () => {
    const file = () => fileBrokerIds([{ userCode: '1ANAC', method: 'インタ', count: 1 }]);
    const a = await file();
    const b = await file();
    await runDue(jstMs('2026-11-24', 12));
    const first = (await getApplication(a.applicationId))!.idNotice!.userIds[0].idNo;
    const second = (await getApplication(b.applicationId))!.idNotice!.userIds[0].idNo;
    expect(first).not.toBe(second);
  });
});
