// デジタル証明書の再発行: the certificate's validity, the choice of terminal and reason,
// and the kind through the center (issue at 審査終了, effect on the confirmed date).
import * as v from 'valibot';
import { beforeEach, describe, expect, it } from 'vitest';
import { setClockTo } from '../../src/center/clock';
import { runDue } from '../../src/center/review';
import { submitApplication } from '../../src/center/submit';
import type { Application } from '../../src/domain/application';
import {
  certificateCells,
  certificateState,
  certificateValidity,
  lastAnniversary,
  renewableFrom,
  renewalText,
} from '../../src/domain/cert-reissue/certificate';
import { certReissuePayloadSchema, type CertReissuePayload } from '../../src/domain/cert-reissue/payload';
import { checkSelection, pendingReissues, reissuableTerminals } from '../../src/domain/cert-reissue/selection';
import { CERT_REISSUED_NOTICE } from '../../src/domain/cert-reissue/texts';
import type { Terminal } from '../../src/domain/contract';
import { jstMs } from '../../src/domain/time';
import { getApplication } from '../../src/store/applications';
import { db } from '../../src/store/db';
import { demoTerminals } from '../../src/store/demo/data';
import { makeApplication } from '../support/applications';
import { resetDatabase, seedDemo } from '../support/db';
import { TEST_CONTACT } from '../support/test-kinds';

const NET: Terminal = demoTerminals('2026-11-20')[0];
const WEB: Terminal = { ...NET, id: 'NAC001-123456B', name: '123456B', equipment: 'web', packageKind: 'web', certIssuedOn: undefined, certExpiresOn: undefined };
const ENDED: Terminal = { ...NET, id: 'NAC001-222222W', name: '222222W', endDate: '2026-10-31' };
const TERMINALS = [NET, WEB, ENDED];

const PAYLOAD: CertReissuePayload = {
  terminal: { systemKind: '海上', equipment: 'net', packageKind: 'net', name: '99999W' },
  reason: 'PCの入替',
};

describe('a デジタル証明書 is valid one year and renewable from 28 days before it expires', () => {
  it('expires the day before the same date a year later', () => {
    expect(certificateValidity('2026-12-08')).toEqual({ issuedOn: '2026-12-08', expiresOn: '2027-12-07' });
    expect(certificateValidity('2027-01-01').expiresOn).toBe('2027-12-31');
    expect(certificateValidity('2028-02-29').expiresOn).toBe('2029-02-28');
  });

  it('is renewable from 28 days before the 有効期限 up to that day, and must be reissued after it', () => {
    expect(renewableFrom('2027-12-07')).toBe('2027-11-09');
    expect(certificateState('2027-12-07', '2027-11-08')).toBe('valid');
    expect(certificateState('2027-12-07', '2027-11-09')).toBe('renewable');
    expect(certificateState('2027-12-07', '2027-12-07')).toBe('renewable');
    expect(certificateState('2027-12-07', '2027-12-08')).toBe('expired');
    expect(renewalText('2027-12-07', '2027-11-08')).toBe('2027/11/09から更新可能');
    expect(renewalText('2027-12-07', '2027-11-09')).toBe('更新可能');
    expect(renewalText('2027-12-07', '2027-12-08')).toBe('有効期限切れ(再発行が必要です)');
  });

  it('shows 「-」 for a terminal without a certificate, and no 更新 for an ended one', () => {
    expect(certificateCells(WEB, '2026-11-20')).toEqual(['-', '-']);
    expect(certificateCells(ENDED, '2026-11-20')).toEqual(['2027/07/01', '-']);
    expect(certificateCells(NET, '2026-11-20')).toEqual(['2027/07/01', '2027/06/03から更新可能']);
  });

  it('gives the demo terminal the certificate of its last yearly renewal', () => {
    expect(lastAnniversary('2018-07-02', '2026-11-20')).toBe('2026-07-02');
    expect(lastAnniversary('2018-07-02', '2026-07-01')).toBe('2025-07-02');
    expect(lastAnniversary('2018-07-02', '2018-07-02')).toBe('2018-07-02');
    expect(NET).toMatchObject({ certIssuedOn: '2026-07-02', certExpiresOn: '2027-07-01' });
  });
});

describe('the 再発行 payload and the 論理端末 選択 check', () => {
  const issues = (p: unknown) => {
    const r = v.safeParse(certReissuePayloadSchema, p);
    return r.success ? [] : r.issues.map((i) => i.message);
  };

  it('takes a netNACCS terminal and a reason; その他 with its text only', () => {
    expect(issues(PAYLOAD)).toEqual([]);
    expect(issues({ ...PAYLOAD, reason: 'その他', otherReason: 'Windowsのアカウントを変更したため' })).toEqual([]);
    expect(issues({ ...PAYLOAD, reason: 'その他' })).toEqual(['その他の理由は、再発行の理由で「その他」を選んだ場合にだけ入力してください。']);
    expect(issues({ ...PAYLOAD, otherReason: '余計な理由' })).toHaveLength(1);
    expect(issues({ ...PAYLOAD, terminal: { ...PAYLOAD.terminal, equipment: 'web' } })).toEqual(['netNACCSの論理端末を選択してください。']);
    expect(issues({ ...PAYLOAD, reason: '気分' })).toEqual(['再発行の理由を選択してください。']);
  });

  it('offers only the netNACCS terminals in use', () => {
    expect(reissuableTerminals(TERMINALS).map((t) => t.name)).toEqual(['99999W']);
  });

  it('names every missing choice', () => {
    const r = checkSelection({ terminal: '', reason: '', otherReason: '' }, TERMINALS, new Map());
    expect(r).toEqual({ ok: false, errors: { terminal: '再発行する論理端末を選択してください。', reason: '再発行の理由を選択してください。' } });
  });

  it('asks for the その他 text, and ignores it for another reason', () => {
    const r = checkSelection({ terminal: '99999W', reason: 'その他', otherReason: ' ' }, TERMINALS, new Map());
    expect(r).toEqual({ ok: false, errors: { otherReason: 'その他の理由を入力してください。(再発行の理由で「その他」を選んだ場合は必須です)' } });
    const emoji = checkSelection({ terminal: '99999W', reason: 'その他', otherReason: '壊れた😢' }, TERMINALS, new Map());
    expect(emoji.ok).toBe(false);
    expect(checkSelection({ terminal: '99999W', reason: 'OSの再インストール', otherReason: '残った文' }, TERMINALS, new Map())).toEqual({
      ok: true,
      value: { terminal: PAYLOAD.terminal, reason: 'OSの再インストール' },
    });
    expect(checkSelection({ terminal: '99999W', reason: 'その他', otherReason: ' 盗難 ' }, TERMINALS, new Map())).toEqual({
      ok: true,
      value: { terminal: PAYLOAD.terminal, reason: 'その他', otherReason: '盗難' },
    });
  });

  it('refuses a terminal that is not a netNACCS terminal in use, or has a reissue on its way', () => {
    const web = checkSelection({ terminal: '123456B', reason: 'PCの入替', otherReason: '' }, TERMINALS, new Map());
    expect(web).toEqual({
      ok: false,
      errors: { terminal: '論理端末「123456B」は、貴事業所のご利用中のnetNACCS論理端末にありません。契約情報を確認し、論理端末を選択してください。' },
    });
    const pending = checkSelection({ terminal: '99999W', reason: 'PCの入替', otherReason: '' }, TERMINALS, new Map([['99999W', '2642001D']]));
    expect(pending).toEqual({
      ok: false,
      errors: {
        terminal:
          '論理端末「99999W」は、デジタル証明書の再発行を申込中です(申込受付番号「2642001D」)。審査終了までお待ちいただくか、別の論理端末を選択してください。',
      },
    });
  });

  it('counts a reissue as pending until the center has reissued, and not the one being corrected', () => {
    const app = (n: number, status: Application['status']) =>
      makeApplication(n, { kind: 'cert-reissue', receiptNo: `264200${n}D`, status, payload: PAYLOAD });
    const apps = [app(1, '受付'), app(2, '確認依頼'), app(3, '審査終了'), app(4, '取下げ')];
    expect([...pendingReissues(apps)]).toEqual([['99999W', '2642002D']]);
    expect([...pendingReissues(apps.slice(0, 1))]).toEqual([['99999W', '2642001D']]);
    expect([...pendingReissues([apps[1]], 'app-2')]).toEqual([]);
    expect([...pendingReissues([app(5, '内容確認中'), apps[2]])]).toEqual([['99999W', '2642005D']]);
  });
});

describe('the center reissues the certificate when the review ends', () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedDemo();
    await setClockTo('2026-11-20', 10, 0);
  });

  const file = (payload: CertReissuePayload = PAYLOAD) =>
    submitApplication({ kind: 'cert-reissue', officeCode: 'NAC001', contact: TEST_CONTACT, payload });
  const subjectsTo = async (to: string) => (await db.mails.where('to').equals(to).sortBy('at')).map((m) => m.subject);

  it('files as …D; on 審査終了 new 認証コード for the same terminal, the 新着情報 証明書発行, the mail to the 管理責任者, and a certificate valid one year', async () => {
    const { applicationId, receiptNo } = await file({ ...PAYLOAD, reason: 'その他', otherReason: '盗難' });
    expect(receiptNo).toMatch(/^26\d{5}D$/);
    expect(await subjectsTo(TEST_CONTACT.email)).toEqual(['【NSS】デジタル証明書再発行申込受付完了のお知らせ']);

    // the next business day (11/23 is a holiday): the answer, and the reissue that day
    await runDue(jstMs('2026-11-24', 12));
    const app = (await getApplication(applicationId))!;
    expect(app.status).toBe('利用開始');
    expect(app.confirmedDate).toBe('2026-11-24');
    const [issued] = app.idNotice!.terminals;
    expect(app.idNotice!.userIds).toEqual([]);
    expect(issued).toMatchObject({ name: '99999W', accessKey: '9999999999999', systemKind: '海上', equipment: 'net', packageKind: 'net' });
    expect(issued.authCodes[0]).toBe('NAC999W');
    expect(issued.authCodes[1]).toMatch(/^[A-Z2-9]{6}$/);
    expect(issued.authCodes[2]).toMatch(/^[A-Z2-9]{5}$/);
    expect(issued.authCodes[1]).not.toBe('K7Q2MX');
    expect(issued.authCodes[2]).not.toBe('R4T9Z');

    const notices = await db.notices.filter((n) => n.applicationId === applicationId).toArray();
    expect(notices.map((n) => [n.category, n.text])).toEqual([['証明書発行', CERT_REISSUED_NOTICE]]);
    expect(CERT_REISSUED_NOTICE).toBe('デジタル証明書を再発行しました。NACCS掲示板よりデジタル証明書を取得の上、適用作業を実施願います。');
    // S2's mail, once, to the 管理責任者 alone
    const admin = await db.mails.where('to').equals('kanri@nacks-shoji.example').filter((m) => m.applicationId === applicationId).sortBy('at');
    expect(admin.map((m) => m.subject)).toEqual(['【NSS】デジタル証明書再発行申込受付完了のお知らせ', '【NSS】デジタル証明書発行完了のお知らせ']);
    expect(admin[1].body).toContain('デジタル証明書の発行が完了しました。');
    expect(admin[1].body).toContain('トップメニュー「新着情報」詳細→「ID通知内容」');
    expect(await subjectsTo(TEST_CONTACT.email)).toEqual(['【NSS】デジタル証明書再発行申込受付完了のお知らせ']);

    const terminal = (await db.terminals.get('NAC001-99999W'))!;
    expect(terminal).toMatchObject({
      name: '99999W',
      accessKey: '9999999999999',
      authCodes: issued.authCodes,
      certIssuedOn: '2026-11-24',
      certExpiresOn: '2027-11-23',
    });
    expect(app.history.map((h) => h.item)).toEqual([
      'デジタル証明書再発行申込',
      'デジタル証明書再発行申込 内容確認開始',
      'デジタル証明書再発行申込 回答(確認完了)',
      'デジタル証明書再発行申込 利用開始',
    ]);

    // a second pass changes nothing: the effect ran once
    await runDue(jstMs('2026-11-25', 12));
    expect((await db.terminals.get('NAC001-99999W'))!.rev).toBe(terminal.rev);
  });

  it('asks for a correction when the terminal has been abolished since filing', async () => {
    const { applicationId } = await file();
    await db.terminals.update('NAC001-99999W', { endDate: '2026-11-21' });
    await runDue(jstMs('2026-11-24', 12));
    const app = (await getApplication(applicationId))!;
    expect(app.status).toBe('確認依頼');
    expect(app.history.at(-1)!.notice).toBe(
      '論理端末「99999W」は貴事業所のご利用中のnetNACCS論理端末にありません。契約内容をご確認の上、修正入力をお願いします。',
    );
  });
});
