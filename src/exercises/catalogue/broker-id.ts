// Seed 004: 通関士IDの追加の申込, its ID通知内容, and the 通関士証票番号 in UTB.
import type { BrokerIdPayload } from '../../domain/broker-id/payload';
import { totalBrokerIds } from '../../domain/broker-id/rules';
import { findFiled, met, notMet, reviewEnded } from '../checks';
import type { Exercise, ExerciseState } from '../types';

const CARD_AS_WRITTEN = '12-7896';
const CARD_AS_ENTERED = '7896';

const twoIds = (s: ExerciseState) => findFiled<BrokerIdPayload>(s, 'broker-id', (p) => totalBrokerIds(p.rows) === 2);

export const brokerIds: Exercise = {
  id: 'broker-id-utb',
  title: '通関士IDを2つ追加し、UTBで通関士証票番号を登録する',
  source: '通関士IDの追加の申込 (seed 004)',
  task: [
    '利用者コード「1ANAC」のインタラクティブで、通関士2名分の通関士IDを追加してください。',
    '審査終了後、ID通知内容で払い出された通関士ID(利用者コード＋識別番号)とパスワードを確認してください。(利用開始日の2日後まで表示できます)',
    `利用開始日になりましたら、UTB業務で1人目の通関士ID に通関士証票番号「${CARD_AS_WRITTEN}」を登録してください。`,
  ],
  start: { officeCode: 'NAC001', date: '2026-11-20', hour: 10 },
  checks: [
    {
      id: 'filed',
      label: '通関士IDの追加申込(2名分)を登録した',
      evaluate: (s) => (twoIds(s) ? met : notMet('通関士IDを2つ追加する申込が登録されていません。追加する通関士IDの数は通関士の人数です。')),
    },
    {
      id: 'read-notice',
      label: 'ID通知内容でIDとパスワードを確認した',
      evaluate: (s) => {
        const app = twoIds(s);
        if (!app || !reviewEnded(app)) return notMet('申込の審査がまだ終了していません。');
        const seen = s.events.some((e) => e.type === 'idNotice' && e.applicationId === app.id && e.visible);
        return seen ? met : notMet('ID通知内容を、IDとパスワードが表示されているうちに開いていません。');
      },
    },
    {
      id: 'utb',
      label: `UTBで証票番号を「${CARD_AS_ENTERED}」と登録した`,
      evaluate: (s) => {
        const app = twoIds(s);
        const issued = app?.idNotice?.userIds.map((u) => u.userId) ?? [];
        const registered = s.userIds.find((u) => issued.includes(u.id) && u.brokerCardNo);
        if (!registered) return notMet('新しい通関士IDに通関士証票番号が登録されていません。');
        if (registered.brokerCardNo !== CARD_AS_ENTERED)
          return notMet(`証票番号は「${registered.brokerCardNo}」で登録されています。「${CARD_AS_WRITTEN}」はハイフン以降の「${CARD_AS_ENTERED}」を左詰めで入力します。`);
        return met;
      },
    },
  ],
  hints: [
    '1通関士に対して2つ以上の処理方式を使用する場合は、それぞれ1つずつの通関士IDが必要です。',
    'UTBは申し込んだIDと同一利用者コードのIDでログオンします。12-7896 → 7896 を左詰めで入力(ハイフン以降の番号を入力)。',
  ],
};
