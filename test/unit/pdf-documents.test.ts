// Each document made from a filed application, read back with pdftotext as a
// trainee would copy or search it: title, addressee, 受付番号, every field that
// was applied for, the training mark on every page, rare names as typed.
import { describe, expect, it } from 'vitest';
import type { Application, IdNotice } from '../../src/domain/application';
import { REPLACEMENT_NOTE, TRAINING_MARK, type DocumentKind, type DocumentSection } from '../../src/domain/documents';
import { describeDocument } from '../../src/pdf';
import { renderPdf } from '../../src/pdf/render';
import brokerIdApplied from '../../src/screens/broker-id/applied';
import contractChangeApplied from '../../src/screens/contract-change/applied';
import { FONT_BYTES, filedApplication, OFFICE, pdfText, squeeze } from '../support/documents';

const ISSUED: IdNotice = {
  issuedAt: 0,
  startDate: '2026-11-30',
  userIds: [
    { userId: '1ANACA03', userCode: '1ANAC', idNo: 'A03', method: 'インタ', industries: ['通関業', '通関士'], password: 'K7PQ2WXZ' },
    { userId: '1ANACA04', userCode: '1ANAC', idNo: 'A04', method: 'インタ', industries: ['通関業', '通関士'], password: 'M3RT8HJN' },
  ],
  terminals: [],
};

const brokerApp = filedApplication({
  kind: 'broker-id',
  receiptNo: '2600043B',
  payload: { rows: [{ userCode: '1ANAC', method: 'インタ', count: 2 }] },
  idNotice: ISSUED,
});

/** 企業名、事業所名、所在地等 and 契約者 changed, as a 変更申込 flow's confirmation would show them (契約情報 / 申込情報, S2). */
const BEFORE = [['東京事業所', '東京都港区港南十丁目100番1号 NACCSビル20階', '港南 一郎']];
const AFTER = [['変更', '東京第二事業所', '東京都品川区東品川九丁目9番9号 ﾅｯｸｽﾋﾞﾙ3階', '𠮷野 髙志']];
const CHANGE_SECTIONS: DocumentSection[] = [
  {
    title: '本社・事業所の変更',
    content: [
      {
        type: 'beforeAfter',
        before: { columns: ['事業所名', '所在地', '契約者名'], rows: BEFORE },
        after: { columns: ['申込内容', '事業所名', '所在地', '契約者名'], rows: AFTER },
      },
    ],
  },
  { title: '添付ファイル', content: [{ type: 'files', files: [{ id: 'f1', name: '移転案内.pdf', size: 37_000 }] }] },
];

const NEW_USAGE_SECTIONS: DocumentSection[] = [
  { title: '利用契約に関する項目', content: [{ type: 'rows', rows: [{ label: '申込理由', value: '新規事業所開設のため' }, { label: '事業所名(フリガナ)', value: 'ｵｵｻｶｼﾞｷﾞｮｳｼｮ' }] }] },
  {
    title: '利用者',
    content: [
      {
        type: 'table',
        columns: ['利用者コード', '業種', '処理方式', '識別番号数', 'その他の情報'],
        rows: [['3ANAC', '通関業', 'net', '2', { detail: [{ label: 'シングルサインオン', value: 'なし' }] }]],
      },
    ],
  },
  { title: '料金プラン', content: [{ type: 'rows', rows: [{ label: 'netNACCS', value: 'Aプラン' }] }] },
];


async function textOf(kind: DocumentKind, application: Application, applied: DocumentSection[], today = '2026-11-30') {
  const bytes = await renderPdf(describeDocument(kind, { application, office: OFFICE, applied }, today), FONT_BYTES);
  expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
  return pdfText(bytes);
}

/** Every page (pdftotext ends each with a form feed) carries the training mark. */
function expectMarkOnEveryPage(text: string) {
  const pages = text.split('\f').filter((p) => p.trim() !== '');
  expect(pages.length).toBeGreaterThan(0);
  for (const page of pages) expect(squeeze(page)).toContain(squeeze(TRAINING_MARK));
}

const CONTRACTOR = '代表取締役港南一郎様';

describe('システムサービス利用契約変更承認通知', () => {
  it('of a 通関士IDの追加: addressee, 受付番号, the dates, what was applied for and the IDs issued, never their passwords', async () => {
    const text = await textOf('change-approval', brokerApp, brokerIdApplied(brokerApp));
    const flat = squeeze(text);
    expect(flat).toContain('システムサービス利用契約変更承認通知');
    expect(flat).toContain(squeeze('ナックス商事株式会社 東京事業所'));
    expect(flat).toContain(CONTRACTOR);
    expect(flat).toContain('輸出入・港湾関連情報処理センター株式会社');
    expect(flat).toContain('受付番号2600043B');
    expect(flat).toContain('2026年11月20日付けで申込みのありました');
    expect(flat).toContain('利用開始日2026/11/30');
    for (const field of ['追加', '通関業通関士', 'インタ', '1ANAC', '利用開始希望日20261127', '追加する通関士IDの合計2', '1ANACA03', '1ANACA04'])
      expect(flat).toContain(field);
    expect(flat).not.toContain('K7PQ2WXZ');
    expectMarkOnEveryPage(text);
  });

  it('of a 変更申込: every changed field before and after, names with rare kanji and half-width katakana as typed', async () => {
    const app = filedApplication({ kind: 'contract-change' });
    const text = await textOf('change-approval', app, CHANGE_SECTIONS);
    const flat = squeeze(text);
    expect(flat).toContain('受付番号2600042A');
    for (const cell of [...BEFORE.flat(), ...AFTER.flat(), '契約情報', '申込情報', '移転案内.pdf']) expect(flat).toContain(squeeze(cell));
    expect(flat).toContain(squeeze('東京都品川区東品川九丁目9番9号 ﾅｯｸｽﾋﾞﾙ3階'));
    expect(flat).toContain('𠮷野髙志');
    expectMarkOnEveryPage(text);
  });
});

describe('システムサービス利用契約変更申込書', () => {
  it('addresses the center, names the applicant and shows the application as filed, contact included', async () => {
    const app = filedApplication({ kind: 'broker-id', receiptNo: '2600043B', payload: brokerApp.payload, status: '受付', confirmedDate: undefined, reviewEndedAt: undefined, note: '至急の対応をお願いします。' });
    const text = await textOf('change-form', app, brokerIdApplied(app));
    const flat = squeeze(text);
    expect(flat).toContain('システムサービス利用契約変更申込書');
    expect(flat).toContain('輸出入・港湾関連情報処理センター株式会社御中');
    expect(flat).toContain(squeeze('東京事業所(事業所コード NAC001)'));
    expect(flat).toContain('代表取締役港南一郎');
    expect(flat).toContain('受付番号2600043B');
    expect(flat).toContain('申込日時2026/11/2010:15');
    expect(flat).toContain('至急の対応をお願いします。');
    expect(flat).toContain('𠮷田髙﨑'); // the 申込担当者, as typed
    expect(flat).toContain('ﾂｳｶﾝﾌﾞﾀﾞｲｲﾁｶ');
    expect(flat).toContain('yoshida@nacks-shoji.example');
    expectMarkOnEveryPage(text);
  });
});

describe('システムサービス利用承諾書 and システムサービス利用申込書 (新規申込)', () => {
  const app = filedApplication({ kind: 'new-usage', receiptNo: '2600050A' });

  it('the 承諾書 accepts the new contract from its 利用開始日', async () => {
    const flat = squeeze(await textOf('usage-acceptance', app, NEW_USAGE_SECTIONS));
    expect(flat).toContain('システムサービス利用承諾書');
    expect(flat).toContain(CONTRACTOR);
    expect(flat).toContain('受付番号2600050A');
    expect(flat).toContain('下記のとおり承諾します');
    for (const field of ['新規事業所開設のため', 'ｵｵｻｶｼﾞｷﾞｮｳｼｮ', '3ANAC', 'net', 'シングルサインオン:なし', 'Aプラン', '利用開始日2026/11/30', '事業所コードNAC001'])
      expect(flat).toContain(field);
  });

  it('the 申込書 says what was applied for', async () => {
    const text = await textOf('usage-form', app, NEW_USAGE_SECTIONS);
    const flat = squeeze(text);
    expect(flat).toContain('システムサービス利用申込書');
    expect(flat).toContain('システムサービスの利用を申し込みます');
    expect(flat).toContain('受付番号2600050A');
    for (const field of ['新規事業所開設のため', 'ｵｵｻｶｼﾞｷﾞｮｳｼｮ', '3ANAC']) expect(flat).toContain(field);
    expectMarkOnEveryPage(text);
  });
});

describe('システムサービス利用契約解除通知書(事業所廃止)', () => {
  it('names the 契約満了日, the office whose contract ends, and the 解約 as filed through 契約内容の変更', async () => {
    const app = filedApplication({
      kind: 'contract-change',
      receiptNo: '2600060A',
      desiredDate: '2026-12-31',
      confirmedDate: '2026-12-31',
      payload: { items: [], other: 'termination', termination: { reason: '他事業所への統合', detail: '東京事業所へ統合' } },
    });
    // what was applied for: the flow's own blocks, as the detail's button makes them
    const text = await textOf('termination-notice', app, [...contractChangeApplied(app)], '2026-11-24');
    const flat = squeeze(text);
    expect(flat).toContain('システムサービス利用契約解除通知書(事業所廃止)');
    expect(flat).toContain(CONTRACTOR);
    expect(flat).toContain('受付番号2600060A');
    expect(flat).toContain('2026年12月31日をもって契約を解除することを通知します');
    expect(flat).toContain('契約満了日2026/12/31');
    expect(flat).toContain('その他の契約変更契約解除、事業所廃止');
    expect(flat).toContain('契約満了希望日20261231');
    expect(flat).toContain('解約理由他事業所への統合');
    expect(flat).toContain('東京事業所へ統合');
    expectMarkOnEveryPage(text);
  });
});

describe('ID通知内容', () => {
  it('is the printable copy of the screen: the office, the IDs with their passwords, terminals with their codes, 申込結果', async () => {
    const app: Application = {
      ...brokerApp,
      idNotice: {
        ...ISSUED,
        terminals: [{ systemKind: '海上', equipment: 'net', packageKind: 'net', name: '777777W', accessKey: '7777777777777', authCodes: ['NAC777W', 'QWERTY', 'ASDFG'] }],
      },
    };
    const text = await textOf('id-notice', app, [], '2026-12-01');
    const flat = squeeze(text);
    expect(flat).toContain('ID通知内容');
    expect(flat).toContain(CONTRACTOR);
    expect(flat).toContain('受付番号2600043B');
    expect(flat).toContain('出力日2026年12月1日');
    for (const field of ['利用開始日20261130', '事業所コードNAC001', '*****', '東京税関', '1ANACA03', 'K7PQ2WXZ', 'M3RT8HJN', '777777W', '7777777777777', 'NAC777W', 'QWERTY', 'ASDFG', '𠮷田髙﨑', 'ﾂｳｶﾝﾌﾞﾀﾞｲｲﾁｶ'])
      expect(flat).toContain(field);
    expectMarkOnEveryPage(text);
  });
});

describe('every page and every character', () => {
  it('a document of several pages has the training mark and its number on each', async () => {
    const many: DocumentSection[] = [
      {
        title: '利用者コード',
        content: [{ type: 'table', columns: ['申込内容', '利用者コード', '識別番号'], rows: Array.from({ length: 90 }, (_, i) => ['追加', '1ANAC', `B${String(i).padStart(2, '0')}`]) }],
      },
    ];
    const text = await textOf('change-form', filedApplication({}), many);
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expectMarkOnEveryPage(text);
    pages.forEach((p, i) => expect(squeeze(p)).toContain(`${i + 1}/${pages.length}`));
    expect(squeeze(text)).toContain('B89'); // nothing lost at the page breaks
  });

  it('a character the font lacks is replaced by 〓 with a note, never dropped', async () => {
    const app = filedApplication({ note: '旧字体\u{20000}の社名' }); // U+20000 is not in Noto Sans JP
    const flat = squeeze(await textOf('change-form', app, []));
    expect(flat).toContain('旧字体〓の社名');
    expect(flat).toContain(squeeze(REPLACEMENT_NOTE));
  });

  it('a document without replacements has no note', async () => {
    const flat = squeeze(await textOf('change-form', filedApplication({ note: '通常の備考' }), []));
    expect(flat).not.toContain(squeeze(REPLACEMENT_NOTE));
  });
});
