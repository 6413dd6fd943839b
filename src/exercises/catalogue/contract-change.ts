// Seeds 001 and 002: 識別番号廃止申込 and netNACCS端末の追加申込 through 契約内容の変更.
import type { ContractChangePayload } from '../../domain/contract-change/payload';
import { addedTerminalCount } from '../../domain/contract-change/terminals';
import { findFiled, met, notMet, reviewEnded } from '../checks';
import type { Exercise, ExerciseState } from '../types';

const abolishesA0A = (s: ExerciseState) =>
  findFiled<ContractChangePayload>(s, 'contract-change', (p) => (p.codes ?? []).some((c) => c.userCode === '1ANAC' && c.abolished.includes('A0A')));

export const abolishA0A: Exercise = {
  id: 'contract-change-abolish',
  title: '利用者ID「1ANACA0A」を廃止する',
  source: '手順⑩ 識別番号廃止申込 (seed 001)',
  task: [
    '「契約内容確認」でnetNACCSの利用者IDを確認し、「契約情報を変更する」から利用者ID「1ANACA0A」の廃止を申し込んでください。',
    '利用開始希望日は、申込日から5営業日以上あとの営業日を指定してください。',
  ],
  start: { officeCode: 'NAC001', date: '2026-11-20', hour: 10 },
  checks: [
    {
      id: 'filed',
      label: '1ANACA0Aの識別番号廃止を申し込んだ',
      evaluate: (s) => (abolishesA0A(s) ? met : notMet('1ANACの識別番号「A0A」を廃止する変更申込が登録されていません。')),
    },
    {
      id: 'only-a0a',
      label: '廃止したのはA0Aだけ(他の識別番号と利用者コードは残した)',
      evaluate: (s) => {
        const app = abolishesA0A(s);
        const code = (app?.payload as ContractChangePayload | undefined)?.codes?.find((c) => c.userCode === '1ANAC');
        if (!code) return notMet('変更申込が登録されていません。');
        const others = code.abolished.filter((x) => x !== 'A0A');
        if (code.endsCode) return notMet('1ANACのすべての識別番号を廃止したため、利用者コードも廃止になっています。');
        return others.length ? notMet(`A0A以外の識別番号(${others.join('、')})も廃止しています。`) : met;
      },
    },
    {
      id: 'schedule',
      label: '利用開始希望日を標準日数(5営業日)以上あとにした',
      evaluate: (s) => {
        const app = abolishesA0A(s);
        if (!app) return notMet('変更申込が登録されていません。');
        if (!app.confirmedDate) return notMet('申込の審査がまだ終了していません。');
        return app.desiredDate && app.confirmedDate > app.desiredDate
          ? notMet('希望日が標準日数より早かったため、利用開始日が希望日より後になりました。')
          : met;
      },
    },
  ],
  hints: ['変更内容入力で「利用者コード(追加・変更・削除)」を選び、利用者コード 入力で1ANACA0Aの「変更」ボタンをクリックします。'],
};

const addsTwo = (s: ExerciseState) =>
  findFiled<ContractChangePayload>(s, 'contract-change', (p) => !!p.terminals && addedTerminalCount(p.terminals) > 0);

export const addTerminals: Exercise = {
  id: 'contract-change-terminals',
  title: 'netNACCS端末を2台追加し、端末アクセスキーを確認する',
  source: '手順④ netNACCS端末の追加申込 (seed 002)',
  task: [
    '現在の契約端末台数は1台です。netNACCS端末(海上)を2台追加する変更申込を行ってください。',
    '審査終了・デジタル証明書発行後、ID通知内容で論理端末名・端末アクセスキー・認証コードを確認してください。',
  ],
  start: { officeCode: 'NAC001', date: '2026-11-20', hour: 10 },
  checks: [
    {
      id: 'two-added',
      label: '追加する台数として「2」を入力した(契約合計台数ではない)',
      evaluate: (s) => {
        const app = addsTwo(s);
        if (!app) return notMet('netNACCS端末を追加する変更申込が登録されていません。');
        const n = addedTerminalCount((app.payload as ContractChangePayload).terminals!);
        if (n === 3) return notMet('追加数に契約合計台数の「3」を入力しています。追加申込を行う台数「2」を入力します。');
        return n === 2 ? met : notMet(`追加数が${n}台になっています。追加するのは2台です。`);
      },
    },
    {
      id: 'read-keys',
      label: 'ID通知内容で端末アクセスキーと認証コードを確認した',
      evaluate: (s) => {
        const app = addsTwo(s);
        if (!app || !reviewEnded(app)) return notMet('申込の審査がまだ終了していません。');
        return s.events.some((e) => e.type === 'idNotice' && e.applicationId === app.id && e.visible)
          ? met
          : notMet('ID通知内容を、端末アクセスキーと認証コードが表示されているうちに開いていません。');
      },
    },
  ],
  hints: ['論理端末 入力の「論理端末追加数 (netNACCS)」の「海上」に、追加する台数を入力します。'],
};
