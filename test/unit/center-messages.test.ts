import { describe, expect, it } from 'vitest';
import { kindDefinition } from '../../src/kinds/registry';
import { messagesFor } from '../../src/center/messages';
import type { Application } from '../../src/domain/application';
import type { Office } from '../../src/domain/contract';
import { jstMs } from '../../src/domain/time';
import { composeMail, mailRecipients } from '../../src/domain/texts/mails';
import { TEST_CONTACT } from '../support/test-kinds';

const office = {
  companyName: 'ナックス商事株式会社',
  officeName: '東京事業所',
  admin: { name: '山田 次郎', department: '情報システム部', email: 'kanri@nacks-shoji.example' },
} as Office;

const app = (kind: Application['kind'], receiptNo: string) =>
  ({
    id: 'app-1',
    kind,
    receiptNo,
    officeCode: 'NAC001',
    contact: TEST_CONTACT,
    submittedAt: jstMs('2026-11-20', 13, 15),
  }) as Application;

let n = 0;
const ids = () => `id-${++n}`;

describe('mail texts', () => {
  it('【NSS】利用申込確認完了のお知らせ in the words of seeds 002 and 004', () => {
    const { subject, body } = composeMail({
      event: 'approved',
      family: '利用申込',
      receiptNo: '2630001B',
      submittedOn: '2026-11-20',
      to: { companyName: 'ナックス商事株式会社', officeName: '東京事業所', department: '第一営業部営業第三課', name: '通関 太郎' },
    });
    expect(subject).toBe('【NSS】利用申込確認完了のお知らせ');
    expect(body.split('\n').slice(0, 10)).toEqual([
      'ナックス商事株式会社 東京事業所 第一営業部営業第三課',
      '通関 太郎 様',
      '',
      '輸出入・港湾関連情報処理センター株式会社(NACCSセンター)です。',
      '',
      'NACCSのご利用ありがとうございます。',
      '申込内容の確認が完了しました。',
      '',
      '申込受付年月日：2026年11月20日',
      '申込受付番号：2630001B',
    ]);
    expect(body).toContain('以下のURLから確定した申込内容と利用開始日を必ずご確認ください。');
    expect(body).toContain('トップメニュー「新着情報」>「ID通知内容」');
    expect(body).toContain('・このメールは自動配信しています。');
    expect(body).not.toContain('naccs.jp'); // never a real NSS address
  });

  it('システム設定申込 確認完了 and 確認依頼 as in seed 000', () => {
    const base = { family: 'システム設定申込', receiptNo: '2630001C', submittedOn: '2026-11-20', to: { companyName: '', officeName: '', department: '', name: '通関 太郎' } };
    const done = composeMail({ ...base, event: 'approved' });
    expect(done.subject).toBe('【NSS】システム設定申込確認完了のお知らせ');
    expect(done.body).toContain('システム設定申込内容の確認が完了しました。');
    expect(done.body).toContain('トップメニュー 新着情報「詳細」');
    const request = composeMail({ ...base, event: 'request' });
    expect(request.subject).toBe('【NSS】申込内容確認のお願い');
    expect(request.body).toContain('申込みいただいた内容について確認事項がございます。');
    expect(request.body).toContain('以下のURLから内容をご確認の上、ご対応くださいますようお願い致します。');
  });

  it('sends the certificate issue to the 管理責任者 alone, everything else to both', () => {
    expect(mailRecipients('approved', 'デジタル証明書再発行申込')).toEqual(['管理責任者']);
    expect(mailRecipients('received', 'デジタル証明書再発行申込')).toEqual(['申込担当者', '管理責任者']);
    expect(mailRecipients('request', '利用申込')).toEqual(['申込担当者', '管理責任者']);
  });

  it('sends the 受付完了 of 通関士IDの追加 to the 申込担当者 alone (seed 004), of every other kind to both', () => {
    const broker = kindDefinition('broker-id');
    expect(mailRecipients('received', '利用申込', broker.mailsTo)).toEqual(['申込担当者']);
    expect(mailRecipients('received', 'システム設定申込', kindDefinition('system-setting').mailsTo)).toEqual(['申込担当者', '管理責任者']);
    for (const event of ['approved', 'request', 'withdrawn', 'invalid'] as const)
      expect(mailRecipients(event, '利用申込', broker.mailsTo)).toEqual(['申込担当者', '管理責任者']);
  });
});

describe('messagesFor', () => {
  const def = kindDefinition('broker-id');
  const settingDef = kindDefinition('system-setting');

  it('writes the kind\'s 新着情報 with 【受付番号】 and an unread mail to each recipient', () => {
    const at = jstMs('2026-11-24', 9);
    const m = messagesFor('approved', app('broker-id', '2630001B'), def, office, at, ids);
    expect(m.notices).toEqual([
      expect.objectContaining({
        officeCode: 'NAC001',
        at,
        category: '利用申込',
        receiptNo: '2630001B',
        applicationId: 'app-1',
        text: '通関士IDの追加申込の審査を終了しました。追加した利用者を確認してください。',
      }),
    ]);
    expect(m.mails.map((x) => [x.to, x.role, x.subject, x.read, x.at])).toEqual([
      [TEST_CONTACT.email, '申込担当者', '【NSS】利用申込確認完了のお知らせ', false, at],
      ['kanri@nacks-shoji.example', '管理責任者', '【NSS】利用申込確認完了のお知らせ', false, at],
    ]);
    expect(m.mails[1].body.startsWith('ナックス商事株式会社 東京事業所 情報システム部\n山田 次郎 様')).toBe(true);
  });

  it('has no 新着情報 for the 受付 (the seeds show none), only the mails', () => {
    const m = messagesFor('received', app('system-setting', '2630001C'), settingDef, office, 1, ids);
    expect(m.notices).toEqual([]);
    expect(m.mails).toHaveLength(2);
  });

  it('mails the 受付完了 of a 通関士IDの追加 to the 申込担当者 only', () => {
    const m = messagesFor('received', app('broker-id', '2630001B'), def, office, 1, ids);
    expect(m.mails.map((x) => [x.to, x.role, x.subject])).toEqual([
      [TEST_CONTACT.email, '申込担当者', '【NSS】利用申込受付完了のお知らせ'],
    ]);
  });
});
