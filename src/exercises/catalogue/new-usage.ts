// Seed 003: 新規申込 — the 仮ログインID, the tabbed NACCS利用申込, and the new
// office's first login; and the same application for サイバーポート.
import type { Application } from '../../domain/application';
import type { NewUsagePayload } from '../../domain/new-usage/payload';
import { met, notMet, reviewEnded } from '../checks';
import type { Exercise, ExerciseState } from '../types';

const SOURCE = 'サイバーポート利用のための新規利用申込 (seed 003)';
const START = { officeCode: 'NAC001', date: '2026-11-20', hour: 10, loggedOut: true } as const;

/** The run's NACCS利用申込 still standing, newest first. */
function filedNewUsage(s: ExerciseState): Application | undefined {
  return s.applications
    .filter((a) => a.kind === 'new-usage' && a.status !== '取下げ' && a.status !== '無効')
    .sort((a, b) => b.submittedAt - a.submittedAt)[0];
}

const payloadOf = (app: Application) => app.payload as NewUsagePayload;

const filed = {
  id: 'filed',
  label: 'NACCS利用申込を登録した',
  evaluate: (s: ExerciseState) =>
    filedNewUsage(s) ? met : notMet('NACCS利用申込が登録されていません。仮ログインIDでログインし、各タブを入力して「申込内容を登録する」を押します。'),
};

export const newUsageFirstLogin: Exercise = {
  id: 'new-usage-first-login',
  title: '新規申込：仮ログインIDの取得から新しい事業所の初回ログインまで',
  source: SOURCE,
  task: [
    'ログイン画面の「新規申込」から、システム利用規程に同意して仮ログインIDを取得してください。',
    'メールで届いた仮ログインIDとパスワードでログインし、NACCS利用申込の各タブを入力して申込を登録してください。',
    '審査終了後、ID通知内容で事業所コードとパスワードを確認し、利用開始日になったら新しい事業所コードでログインしてください。',
  ],
  start: START,
  checks: [
    {
      id: 'provisional-login',
      label: '仮ログインIDでログインした',
      evaluate: (s) =>
        s.events.some((e) => e.type === 'login' && e.provisional && e.ok)
          ? met
          : notMet('仮ログインIDでログインしていません。仮ログインIDとパスワードは申込担当者のE-mailアドレスに届きます。'),
    },
    filed,
    {
      id: 'first-login',
      label: '利用開始日に新しい事業所コードでログインした',
      evaluate: (s) => {
        const app = filedNewUsage(s);
        const office = app?.idNotice?.office;
        if (!app || !reviewEnded(app) || !office) return notMet('申込の審査がまだ終了していません。');
        if (s.events.some((e) => e.type === 'login' && e.ok && e.loginId === office.code)) return met;
        return notMet(`利用開始日(${app.idNotice!.startDate.replace(/-/g, '/')})になったら、事業所コード「${office.code}」とID通知内容のパスワードでログインします。`);
      },
    },
  ],
  hints: [
    '仮ログインIDのメールは、トレーナー用画面の「受信箱」で申込担当者のE-mailアドレスを選ぶと読めます。',
    '事業所コードとパスワードは、審査終了後に仮ログインIDでログインした画面の「ID通知内容」に表示されます。新しい事業所コードでログインできるのは利用開始日からです。',
  ],
};

export const newUsageCyberport: Exercise = {
  id: 'new-usage-cyberport',
  title: 'サイバーポートのNACCS連携機能利用のための新規利用申込',
  source: SOURCE,
  task: [
    '仮ログインIDを取得し、サイバーポートのNACCS連携機能利用のための新規利用申込を行ってください。',
    '「申込理由」には「サイバーポート利用のための申込」、事業所名は「CP利用者」と入力します。',
    '「一般NACCSを利用する」を選択し、サイバーポートで利用する既存の利用者コード「1ANAC」の共用で、処理方式「SMTP双方向」の識別番号を通関士の人数分(2)申し込んでください。',
  ],
  start: START,
  checks: [
    filed,
    {
      id: 'reason',
      label: '申込理由を「サイバーポート利用のための申込」とした',
      evaluate: (s) => {
        const app = filedNewUsage(s);
        if (!app) return notMet('NACCS利用申込が登録されていません。');
        const reason = payloadOf(app).reason.normalize('NFKC').trim();
        return reason === 'サイバーポート利用のための申込' ? met : notMet(`申込理由が「${reason}」になっています。「サイバーポート利用のための申込」と入力します。`);
      },
    },
    {
      id: 'office-name',
      label: '事業所名を「CP利用者」とした',
      evaluate: (s) => {
        const app = filedNewUsage(s);
        if (!app) return notMet('NACCS利用申込が登録されていません。');
        const name = payloadOf(app).officeName.normalize('NFKC');
        return name.endsWith('CP利用者') ? met : notMet(`事業所名が「${payloadOf(app).officeName}」になっています。事業所名は「CP利用者」と入力します。`);
      },
    },
    {
      id: 'smtp',
      label: '一般NACCSの「SMTP双方向」で、1ANACを共用する識別番号を2つ申し込んだ',
      evaluate: (s) => {
        const app = filedNewUsage(s);
        if (!app) return notMet('NACCS利用申込が登録されていません。');
        const p = payloadOf(app);
        if (!p.systems.general) return notMet('「一般NACCSを利用する」が選択されていません。netNACCSとは別にサイバーポート専用SMTP用識別番号が必要です。');
        const rows = p.users.filter((u) => u.method === 'SMTP双方向');
        if (rows.length === 0) return notMet('処理方式「SMTP双方向」の利用者が申し込まれていません。');
        const shared = rows.filter((u) => u.mode === 'share' && u.userCode === '1ANAC');
        if (shared.length === 0) return notMet('既存の利用者コード「1ANAC」を「他事業所の利用者コードを共用する」で入力します。');
        const count = shared.reduce((n, u) => n + u.count, 0);
        return count === 2 ? met : notMet(`識別番号数が${count}になっています。通関士の人数分(2)を入力します。`);
      },
    },
  ],
  hints: [
    '既にnetNACCSをご利用の場合でも、サイバーポート専用SMTP用識別番号のために「一般NACCSを利用する」を選択します。',
    '論理端末・証明書、回線・論理端末、メールボックスのタブは「機器共用・共同利用、回線付替を別途申込、または自社システムを利用します。」を選べます。',
  ],
};
