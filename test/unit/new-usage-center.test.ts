// A NACCS利用申込 through the simulated center: filed by a 仮ログインID (no office
// yet), 確認依頼 → 修正, 審査終了 with the ID通知内容 and the mails, and on the
// 利用開始日 the new office that logs in while the 仮ログインID no longer does.
import { beforeEach, describe, expect, it } from 'vitest';
import { setClockTo } from '../../src/center/clock';
import { runDue } from '../../src/center/review';
import { submitApplication, withdrawApplication } from '../../src/center/submit';
import { trainerPickup, trainerRequest } from '../../src/center/trainer';
import type { Application } from '../../src/domain/application';
import { F } from '../../src/domain/new-usage/fields';
import { jstMs } from '../../src/domain/time';
import { getApplication, listOfficeApplications } from '../../src/store/applications';
import { attemptLogin } from '../../src/store/auth';
import { getOffice, getUserCode, listLines, listMailboxes, listTerminals, listUserIds } from '../../src/store/contracts';
import { db } from '../../src/store/db';
import { resetDatabase, seedDemo } from '../support/db';
import { CYBERPORT_USERS, fileNewUsage, NEW_CODE_USERS, NU_ADMIN } from '../support/new-usage';
import { TEST_CONTACT } from '../support/test-kinds';

beforeEach(async () => {
  await resetDatabase();
  await seedDemo();
  await setClockTo('2026-11-20', 10, 0);
});

const load = async (id: string) => (await getApplication(id)) as Application;
const subjectsTo = async (address: string) => (await db.mails.where('to').equals(address).sortBy('at')).map((m) => m.subject);

describe('新規申込 through the center', () => {
  it('is filed by a 仮ログインID, reviewed, issued, and becomes an office on its 利用開始日', async () => {
    const { loginId, password, id } = await fileNewUsage();
    const filed = await load(id);
    expect(filed.receiptNo).toMatch(/^26\d{5}A$/);
    expect(filed.officeCode).toBe(loginId);
    expect(await subjectsTo(NU_ADMIN)).toEqual(['【NSS】利用申込受付完了のお知らせ']);

    await runDue(jstMs('2026-11-24', 9));
    const approved = await load(id);
    expect(approved.status).toBe('審査終了');
    expect(approved.confirmedDate).toBe('2026-12-08');
    expect(approved.idNotice?.office).toMatchObject({ code: 'NAC003', companyAbbr: 'NAC', newUserCodes: [] });
    expect(approved.idNotice?.userIds.map((u) => u.idNo.charAt(0))).toEqual(['Y', 'Y']);
    expect(await subjectsTo(NU_ADMIN)).toEqual([
      '【NSS】利用申込受付完了のお知らせ',
      '【NSS】利用申込確認完了のお知らせ',
      '【NSS】利用申込手続き完了のお知らせ',
    ]);
    expect(await getOffice('NAC003')).toBeUndefined();

    await runDue(jstMs('2026-12-08', 0));
    const started = await load(id);
    expect(started.status).toBe('利用開始');
    expect(started.officeCode).toBe('NAC003');
    expect((await listOfficeApplications('NAC003')).map((a) => a.id)).toEqual([id]);
    expect(await getOffice('NAC003')).toMatchObject({ companyName: 'ナックス商事株式会社', officeName: 'ＣＰ利用者', companyAbbr: 'NAC' });
    expect((await getUserCode('1ANAC'))?.officeCodes).toEqual(['NAC001', 'NAC003']);
    expect((await listUserIds('NAC003')).map((u) => u.method)).toEqual(['SMTP双方向', 'SMTP双方向']);

    const officePassword = approved.idNotice!.office!.password;
    expect(await attemptLogin('NAC003', officePassword, jstMs('2026-12-08', 9))).toEqual({ ok: true, officeCode: 'NAC003' });
    expect(await attemptLogin(loginId, password, jstMs('2026-12-08', 9))).toEqual({ ok: false, reason: 'invalid' });
  });

  it('gets a 確認依頼 when another company took the 企業略称 meanwhile, and can be withdrawn', async () => {
    const { id } = await fileNewUsage();
    await db.offices.update('NAC001', { companyName: '別会社株式会社' });
    await db.offices.update('NAC002', { companyName: '別会社株式会社' });
    await runDue(jstMs('2026-11-24', 9));
    const asked = await load(id);
    expect(asked.status).toBe('確認依頼');
    expect(asked.history.at(-1)!.notice).toContain('企業略称「NAC」は既に他の企業が使用しています。');
    expect(await subjectsTo(NU_ADMIN)).toContain('【NSS】申込内容確認のお願い');
    await withdrawApplication(id);
    expect((await load(id)).status).toBe('取下げ');
  });

  it('lets the trainer ask for a correction by hand', async () => {
    const { id } = await fileNewUsage();
    await trainerPickup(id);
    await trainerRequest(id, '利用開始希望日を確認してください。');
    expect((await load(id)).status).toBe('確認依頼');
  });

  describe('a new 利用者コード needs its システム設定申込 by the 締切日 (4 business days before the 利用開始日)', () => {
    /** the 仮ログインID files it: the new office does not exist before its 利用開始日 (docs/new-usage.md) */
    async function fileSetting(loginId: string, userCode: string) {
      await setClockTo('2026-11-25', 10);
      await submitApplication({
        kind: 'system-setting',
        officeCode: loginId,
        contact: TEST_CONTACT,
        payload: {
          codes: [
            {
              userCode,
              systemKind: '海上',
              newCode: true,
              english: { company: 'NACCS TRADE COMPANY', office: 'CP OFFICE', manager: '', address: '' },
              industries: ['通関業'],
              importerCode: '',
              settings: { 'customs-customs': '東京税関' },
            },
          ],
          timing: { kind: 'shortest' },
        },
      });
    }

    it('becomes 無効 the day after the 締切日 without it, and no office is made', async () => {
      const { id } = await fileNewUsage(NEW_CODE_USERS);
      await runDue(jstMs('2026-11-24', 9));
      const approved = await load(id);
      expect(approved.status).toBe('審査終了');
      const [code] = approved.idNotice!.office!.newUserCodes;
      expect(code).toMatch(/^1\wNAC$/);
      // a 共同利用(新規事業所) of NAC001 has already shared its terminal with the new 事業所コード
      const newOffice = approved.idNotice!.office!.code;
      const [w1] = await listTerminals('NAC001');
      await db.terminals.update(w1.id, { sharedWith: [newOffice] });
      await runDue(jstMs('2026-12-02', 23));
      expect((await load(id)).status).toBe('審査終了');
      await runDue(jstMs('2026-12-03', 10));
      const invalid = await load(id);
      expect(invalid.status).toBe('無効');
      expect(invalid.history.at(-1)!.notice).toContain('2026/12/02');
      expect(await subjectsTo(NU_ADMIN)).toContain('【NSS】利用申込無効のお知らせ');
      // the code will never start: NAC001's terminal no longer names it
      expect((await db.terminals.get(w1.id))!.sharedWith).toBeUndefined();
      await runDue(jstMs('2026-12-08', 10));
      expect(await getOffice('NAC003')).toBeUndefined();
      expect(await getUserCode(code)).toBeUndefined();
    });

    it('keeps its 審査終了 when the 仮ログインID filed it, and the code joins with its names on the 利用開始日', async () => {
      const { loginId, id } = await fileNewUsage(NEW_CODE_USERS);
      await runDue(jstMs('2026-11-24', 9));
      const [code] = (await load(id)).idNotice!.office!.newUserCodes;
      await fileSetting(loginId, code);
      const setting = (await listOfficeApplications(loginId)).find((a) => a.kind === 'system-setting')!;
      await runDue(jstMs('2026-11-26', 9));
      expect((await getApplication(setting.id))!.status).toBe('審査終了');
      await runDue(jstMs('2026-12-03', 10));
      expect((await load(id)).status).toBe('審査終了');
      await runDue(jstMs('2026-12-08', 0, 1));
      expect((await load(id)).status).toBe('利用開始');
      expect(await getUserCode(code)).toMatchObject({
        officeCodes: ['NAC003'],
        english: { company: 'NACCS TRADE COMPANY', office: 'CP OFFICE' },
        industries: ['通関業'],
      });
      // the new office's 申込情報一覧 lists both; the 仮ログインID has none left
      expect((await listOfficeApplications('NAC003')).map((a) => a.kind).sort()).toEqual(['new-usage', 'system-setting']);
      expect(await listOfficeApplications(loginId)).toEqual([]);
    });
  });

  it('writes the 一般NACCS 回線, 論理端末 and メールボックス it asked for into the new office\'s contract on the 利用開始日', async () => {
    const { id } = await fileNewUsage(CYBERPORT_USERS, { [F.lineSkip]: '', [F.lineKind]: 'ブロードバンド光回線', [F.lineTerminals]: '2', [F.mailboxSkip]: '', [F.mailboxes]: '2' });
    await runDue(jstMs('2026-11-24', 9));
    expect((await load(id)).status).toBe('審査終了');
    expect(await listLines('NAC003')).toEqual([]);
    await runDue(jstMs('2026-12-08', 0, 1));
    expect((await load(id)).status).toBe('利用開始');
    expect(await listLines('NAC003')).toEqual([
      expect.objectContaining({ kind: 'ブロードバンド光回線', bandwidth: 'ベストエフォート', installAddress: '東京都港区芝浦一丁目１番１号', startDate: '2026-12-08' }),
    ]);
    expect((await listMailboxes('NAC003')).map((m) => [m.name, m.systemKind, m.startDate])).toEqual([
      ['NAC003MB01', '海上', '2026-12-08'],
      ['NAC003MB02', '海上', '2026-12-08'],
    ]);
    // the 回線・論理端末 tab's 一般NACCSの論理端末数: two 一般NACCS terminals, issued in the ID通知内容 with an access key
    const general = (await listTerminals('NAC003')).filter((t) => t.equipment === 'インタ');
    expect(general.map((t) => [t.systemKind, t.packageKind, t.startDate, t.certExpiresOn])).toEqual([
      ['海上', 'インタ', '2026-12-08', undefined],
      ['海上', 'インタ', '2026-12-08', undefined],
    ]);
    expect((await load(id)).idNotice!.terminals.filter((t) => t.equipment === 'インタ').map((t) => t.name).sort()).toEqual(general.map((t) => t.name).sort());
    expect(general.every((t) => /^\d{6}G$/.test(t.name) && /^\d{13}$/.test(t.accessKey))).toBe(true);
  });

  it('writes no 回線 or メールボックス when 機器共用・共同利用… was ticked on their tabs', async () => {
    const { id } = await fileNewUsage();
    await runDue(jstMs('2026-11-24', 9));
    await runDue(jstMs('2026-12-08', 0, 1));
    expect((await load(id)).status).toBe('利用開始');
    expect(await listLines('NAC003')).toEqual([]);
    expect(await listMailboxes('NAC003')).toEqual([]);
  });
});
