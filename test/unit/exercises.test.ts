// 演習: every check of the catalogue, met and not met, over hand-made states;
// grading, the mistakes in plain words, and the trainer's CSV.
import { describe, expect, it } from 'vitest';
import type { Application } from '../../src/domain/application';
import type { UserId } from '../../src/domain/contract';
import type { TrainingEvent, TrainingEventRecord } from '../../src/domain/training/events';
import { EXERCISES, findExercise } from '../../src/exercises/catalogue';
import { resultsCsv } from '../../src/exercises/csv';
import { durationText, evaluateChecks, gradeRun, scoreText } from '../../src/exercises/grade';
import { mistakeLine, mistakesOf, plainMistake } from '../../src/exercises/mistakes';
import { cyberportLogonMessage } from '../../src/domain/broker-id/utb';
import type { ExerciseState } from '../../src/exercises/types';
import { makeApplication, SETTING_PAYLOAD } from '../support/applications';

const base: ExerciseState = {
  officeCode: 'NAC001',
  today: '2026-11-20',
  applications: [],
  userCodes: [],
  userIds: [],
  terminals: [],
  events: [],
};

function state(extra: Partial<ExerciseState>): ExerciseState {
  return { ...base, ...extra };
}

function outcome(exerciseId: string, s: ExerciseState) {
  const exercise = findExercise(exerciseId)!;
  return Object.fromEntries(evaluateChecks(exercise, s).map((c) => [c.id, c]));
}

const settingFor = (codes: object[], timing: object = { kind: 'shortest' }) => ({ ...SETTING_PAYLOAD, codes, timing });
const code1C = (extra: object = {}) => ({ ...SETTING_PAYLOAD.codes[0], ...extra });

describe('the catalogue', () => {
  it('lists one exercise per procedure of the flows built, each with a task, checks and hints', () => {
    expect(EXERCISES.map((e) => e.id)).toEqual([
      'system-setting-new-code',
      'system-setting-correction',
      'broker-id-utb',
      'contract-change-abolish',
      'contract-change-terminals',
      'new-usage-first-login',
      'new-usage-cyberport',
    ]);
    for (const e of EXERCISES) {
      expect(e.task.length).toBeGreaterThan(0);
      expect(e.checks.length).toBeGreaterThan(0);
      expect(new Set(e.checks.map((c) => c.id)).size).toBe(e.checks.length);
    }
  });
});

describe('seed 000: システム設定申込 for the new 1CNAC', () => {
  const id = 'system-setting-new-code';

  it('is not met before anything is filed, and says what is missing', () => {
    const r = outcome(id, base);
    expect(r.filed).toMatchObject({ met: false, why: '利用者コード「1CNAC」を含むシステム設定申込が登録されていません。' });
    expect(r.shortest.met).toBe(false);
  });

  it('is met with 名称, 業種 and the shortest schedule', () => {
    const app = makeApplication(1, { payload: settingFor([code1C()]) });
    const r = outcome(id, state({ applications: [app] }));
    expect(Object.values(r).every((c) => c.met)).toBe(true);
  });

  it('names the tab left empty and a wished date instead of the shortest', () => {
    const app = makeApplication(1, {
      payload: settingFor([code1C({ english: { company: '', office: '', manager: '', address: '' } })], { kind: 'specified', date: '2026-12-01' }),
    });
    const r = outcome(id, state({ applications: [app] }));
    expect(r['names-and-industries'].why).toBe('「名称」タブの企業名(英)が入力されていません。');
    expect(r.shortest.why).toContain('「最短の日程で登録を希望」を選択します。');
  });

  it('names the 業種 tab whose required 主管税関 is empty', () => {
    const app = makeApplication(1, { payload: settingFor([code1C({ settings: {} })]) });
    expect(outcome(id, state({ applications: [app] }))['names-and-industries'].why).toBe(
      '「業種」タブの必須項目(主管税関など)が入力されていません。',
    );
  });

  it('does not count a withdrawn application', () => {
    const app = makeApplication(1, { payload: settingFor([code1C()]), status: '取下げ' });
    expect(outcome(id, state({ applications: [app] })).filed.met).toBe(false);
  });
});

describe('seed 000: the 確認依頼 corrected', () => {
  const id = 'system-setting-correction';
  const requested = (extra: Partial<Application>) =>
    makeApplication(1, {
      payload: settingFor([code1C({ importerCode: 'A12345678901' })]),
      status: '確認依頼',
      history: [
        { item: 'システム設定申込', at: 1, notice: '', status: '受付' },
        { item: '確認依頼', at: 2, notice: '…', status: '確認依頼' },
      ],
      ...extra,
    });

  it('is not met while the 確認依頼 is unanswered, and says how to answer it', () => {
    const r = outcome(id, state({ applications: [requested({})] }));
    expect(r.amended.why).toBe('申込がまだ修正されていません。「システム設定申込を修正する」ボタンから修正します。');
    expect(r['importer-code'].why).toBe('1CNACの輸出入者コード「A12345678901」は13桁の体系になっていません。');
  });

  it('is met when corrected under the same 受付番号 with a 13-character code', () => {
    const app = requested({ status: '受付', submissions: 2, payload: settingFor([code1C({ importerCode: '1234567890123' })]) });
    const r = outcome(id, state({ applications: [app] }));
    expect(Object.values(r).every((c) => c.met)).toBe(true);
  });

  it('names the typical mistakes: withdrawing, or filing a second application', () => {
    expect(outcome(id, state({ applications: [requested({ status: '取下げ' })] })).amended.why).toBe(
      '申込が取り下げられています。修正して再申込します。',
    );
    const second = makeApplication(2, { payload: settingFor([code1C({ importerCode: '1234567890123' })]) });
    expect(outcome(id, state({ applications: [requested({}), second] }))['not-new'].why).toContain('別の申込受付番号');
  });
});

describe('seed 004: two 通関士IDs and the 証票番号 in UTB', () => {
  const id = 'broker-id-utb';
  const payload = { rows: [{ userCode: '1ANAC', method: 'インタ', count: 2 }] };
  const filedApp = (extra: Partial<Application> = {}) =>
    makeApplication(1, {
      kind: 'broker-id',
      payload,
      status: '審査終了',
      idNotice: {
        issuedAt: 1,
        startDate: '2026-11-30',
        terminals: [],
        userIds: [
          { userId: '1ANACA03', password: 'ABCDEFGH' },
          { userId: '1ANACA04', password: 'HGFEDCBA' },
        ] as never,
      },
      ...extra,
    });
  const brokerId = (cardNo?: string) => ({ id: '1ANACA03', brokerCardNo: cardNo }) as unknown as UserId;
  const seen: TrainingEvent = { type: 'idNotice', applicationId: 'app-1', visible: true };

  it('is met when the IDs were read while visible and 7896 is registered', () => {
    const r = outcome(id, state({ applications: [filedApp()], userIds: [brokerId('7896')], events: [seen] }));
    expect(Object.values(r).every((c) => c.met)).toBe(true);
  });

  it('explains the card number typed as written on the card', () => {
    const r = outcome(id, state({ applications: [filedApp()], userIds: [brokerId('127896')], events: [seen] }));
    expect(r.utb.why).toBe('証票番号は「127896」で登録されています。「12-7896」はハイフン以降の「7896」を左詰めで入力します。');
  });

  it('is not met when ID通知内容 was opened only after the IDs were hidden, or not at all', () => {
    const late: TrainingEvent = { type: 'idNotice', applicationId: 'app-1', visible: false };
    expect(outcome(id, state({ applications: [filedApp()], events: [late] }))['read-notice'].met).toBe(false);
    expect(outcome(id, state({ applications: [filedApp({ status: '受付' })] }))['read-notice'].why).toBe('申込の審査がまだ終了していません。');
    expect(outcome(id, state({ applications: [filedApp()] })).utb.why).toBe('新しい通関士IDに通関士証票番号が登録されていません。');
  });
});

describe('seeds 001 and 002: 契約内容の変更', () => {
  const change = (payload: object, extra: Partial<Application> = {}) =>
    makeApplication(1, { kind: 'contract-change', payload, status: '審査終了', ...extra });
  const abolish = (abolished: string[], endsCode = false) => ({ items: ['userCode'], codes: [{ userCode: '1ANAC', abolished, endsCode }] });
  const grid = (sea: number) => ({
    additions: {
      netNACCS: { 海上: sea, 航空: 0, 共用: 0 },
      webNACCS: { 海上: 0, 航空: 0, 共用: 0 },
      ebMS: { 海上: 0, 航空: 0, 共用: 0 },
    },
    reclassed: [],
    abolished: [],
  });

  it('001: met for A0A alone on the wished date', () => {
    const app = change(abolish(['A0A']), { desiredDate: '2026-12-07', confirmedDate: '2026-12-07' });
    expect(Object.values(outcome('contract-change-abolish', state({ applications: [app] }))).every((c) => c.met)).toBe(true);
  });

  it('001: names another 識別番号 abolished too, the whole code ended, and a date pushed back', () => {
    const r1 = outcome('contract-change-abolish', state({ applications: [change(abolish(['A0A', 'A01']))] }));
    expect(r1['only-a0a'].why).toBe('A0A以外の識別番号(A01)も廃止しています。');
    const r2 = outcome('contract-change-abolish', state({ applications: [change(abolish(['A0A'], true))] }));
    expect(r2['only-a0a'].why).toContain('利用者コードも廃止');
    const late = change(abolish(['A0A']), { desiredDate: '2026-11-24', confirmedDate: '2026-11-30' });
    expect(outcome('contract-change-abolish', state({ applications: [late] })).schedule.met).toBe(false);
  });

  it('002: met for two terminals whose keys were read; the contract total typed instead is named', () => {
    const app = change({ items: ['netTerminal'], terminals: grid(2) });
    const seen: TrainingEvent = { type: 'idNotice', applicationId: 'app-1', visible: true };
    expect(Object.values(outcome('contract-change-terminals', state({ applications: [app], events: [seen] }))).every((c) => c.met)).toBe(true);
    const total = change({ items: ['netTerminal'], terminals: grid(3) });
    expect(outcome('contract-change-terminals', state({ applications: [total] }))['two-added'].why).toBe(
      '追加数に契約合計台数の「3」を入力しています。追加申込を行う台数「2」を入力します。',
    );
    expect(outcome('contract-change-terminals', state({ applications: [app] }))['read-keys'].met).toBe(false);
  });
});

describe('seed 003: 新規申込', () => {
  const payload = (extra: object = {}) => ({
    provisionalId: 'KR000001',
    reason: 'サイバーポート利用のための申込',
    officeName: 'ＣＰ利用者',
    systems: { net: false, general: true },
    users: [{ mode: 'share', group: 1, userCode: '1ANAC', sso: false, industry: '通関業', method: 'SMTP双方向', count: 2 }],
    ...extra,
  });
  const app = (extra: Partial<Application> = {}, p: object = payload()) =>
    makeApplication(1, { kind: 'new-usage', officeCode: 'KR000001', payload: p, ...extra });
  const office = { code: 'NAC003', password: 'X', companyAbbr: 'NAC', billingCode: '1234567', newUserCodes: [] };
  const reviewed = (extra: Partial<Application> = {}) =>
    app({ status: '審査終了', idNotice: { issuedAt: 1, startDate: '2026-12-08', office, userIds: [], terminals: [] }, ...extra });
  const login = (loginId: string, ok: boolean, provisional = loginId.startsWith('KR')) =>
    ({ type: 'login', loginId, provisional, ok }) as const;

  it('first login: met once the 仮ログインID filed and the new 事業所コード logged in', () => {
    const r = outcome('new-usage-first-login', state({ applications: [reviewed()], events: [login('KR000001', true), login('NAC003', true)] }));
    expect(Object.values(r).every((c) => c.met)).toBe(true);
  });

  it('first login: says what is missing at each stage, and names the date and the code to log in with', () => {
    const none = outcome('new-usage-first-login', base);
    expect(none['provisional-login'].why).toContain('仮ログインIDでログインしていません。');
    expect(none.filed.met).toBe(false);
    expect(outcome('new-usage-first-login', state({ applications: [app()] }))['first-login'].why).toBe('申込の審査がまだ終了していません。');
    const early = outcome('new-usage-first-login', state({ applications: [reviewed()], events: [login('NAC003', false)] }));
    expect(early['first-login'].why).toBe('利用開始日(2026/12/08)になったら、事業所コード「NAC003」とID通知内容のパスワードでログインします。');
  });

  it('Cyberport: met for the seed\'s 申込理由, CP利用者 and two SMTP双方向 IDs sharing 1ANAC', () => {
    expect(Object.values(outcome('new-usage-cyberport', state({ applications: [app()] }))).every((c) => c.met)).toBe(true);
  });

  it('Cyberport: names a netNACCS-only application, another 申込理由 and a count other than the brokers', () => {
    const r1 = outcome('new-usage-cyberport', state({ applications: [app({}, payload({ systems: { net: true, general: false } }))] }));
    expect(r1.smtp.why).toContain('「一般NACCSを利用する」が選択されていません。');
    const r2 = outcome('new-usage-cyberport', state({ applications: [app({}, payload({ reason: '新規契約' }))] }));
    expect(r2.reason.why).toBe('申込理由が「新規契約」になっています。「サイバーポート利用のための申込」と入力します。');
    const users = [{ mode: 'share', group: 1, userCode: '1ANAC', sso: false, industry: '通関業', method: 'SMTP双方向', count: 3 }];
    expect(outcome('new-usage-cyberport', state({ applications: [app({}, payload({ users }))] })).smtp.why).toBe(
      '識別番号数が3になっています。通関士の人数分(2)を入力します。',
    );
  });

  it('names a refused login among the mistakes', () => {
    const e = (event: TrainingEvent): TrainingEventRecord => ({ id: 'e', updatedAt: 1, rev: 1, runId: 'r', at: 1, event });
    expect(mistakesOf([e({ ...login('NAC003', false), message: 'ログインIDまたはパスワードが正しくありません。' })]).map(mistakeLine)).toEqual([
      'ログインID「NAC003」でログインできませんでした',
    ]);
  });
});

describe('grading, mistakes and the CSV', () => {
  const record = (event: TrainingEvent, at = 1): TrainingEventRecord => ({ id: `e${at}`, updatedAt: at, rev: 1, runId: 'run1', at, event });
  const hyphen = '電話番号は「-」(ハイフン)を入力せずに、数字のみ入力してください。';

  it('says what the trainee did, once per wording with a count, in the order met', () => {
    expect(plainMistake(hyphen)).toBe('電話番号にハイフンを入力しました');
    const events = [
      record({ type: 'error', flow: 'system-setting', step: 'contact', field: 'contact-phone', message: hyphen }, 1),
      record({ type: 'visit', flow: 'system-setting', step: 'contact' }, 2),
      record({ type: 'error', flow: 'system-setting', step: 'contact', field: 'contact-phone', message: hyphen }, 3),
      record({ type: 'utb', job: 'UTB', userId: '1ANACA03', cardNo: '12-7896', ok: false, message: '通関士証票番号欄は5桁です。5桁を超える証票番号(例 12-7896)は、ハイフン以降の番号(例 7896)を左詰めで入力してください。' }, 4),
      record({ type: 'utb', job: 'UTB', userId: '1ANACA03', cardNo: '7896', ok: true }, 5),
    ];
    const mistakes = mistakesOf(events);
    expect(mistakes.map(mistakeLine)).toEqual(['電話番号にハイフンを入力しました（2回）', '通関士証票番号を、証票の記載どおりハイフン付きで入力しました']);
  });

  it('names a date typed with separators', () => {
    expect(plainMistake('利用開始希望日は「/」や「-」を入力せずに、半角数字8桁(例)20190401)で入力してください。')).toBe(
      '利用開始希望日に「/」や「-」を入力しました',
    );
  });

  it('names a サイバーポート用の利用者ID used to log on to UTB (seed 003)', () => {
    expect(plainMistake(cyberportLogonMessage('1ANACY02'))).toBe('UTBにサイバーポート用の利用者ID(1ANACY02)でログオンしようとしました');
  });

  it('keeps a message no pattern knows as the app showed it', () => {
    expect(plainMistake('利用者コードを確認してください。')).toBe('利用者コードを確認してください');
  });

  it('grades a run and writes it as CSV with a BOM, quoting and formula-safe cells', () => {
    const exercise = findExercise('system-setting-new-code')!;
    const result = gradeRun(
      exercise,
      { runId: 'run1', trainee: '=研修 一郎', startedAt: Date.parse('2026-11-20T01:00:00Z') },
      base,
      [record({ type: 'error', flow: 'f', step: 's', field: 'x', message: hyphen })],
      Date.parse('2026-11-20T01:12:00Z'),
    );
    expect(scoreText(result.checks)).toBe('3項目中0項目');
    expect(durationText(result.gradedAt - result.startedAt)).toBe('12分');
    const csv = resultsCsv([result]);
    expect(csv.startsWith('\uFEFF研修生,演習,開始日時,採点日時,所要時間,達成,未達成の項目,誤り\r\n')).toBe(true);
    expect(csv).toContain("'=研修 一郎,新規利用者コード1CNACのシステム設定申込");
    expect(csv).toContain('電話番号にハイフンを入力しました');
  });
});
