// Seed 000: システム設定申込から利用開始までの流れ.
import type { SystemSettingPayload } from '../../domain/system-setting/payload';
import { r12Violation } from '../../domain/system-setting/checks';
import { findFiled, met, notMet } from '../checks';
import type { Exercise } from '../types';

const SOURCE = 'システム設定申込から利用開始までの流れ (seed 000)';

/** A new 利用者コード's names and 業種, with the shortest schedule. */
export const newCodeSetting: Exercise = {
  id: 'system-setting-new-code',
  title: '新規利用者コード1CNACのシステム設定申込',
  source: SOURCE,
  task: [
    '新規に追加された利用者コード「1CNAC」について、システム設定申込を行ってください。',
    '新規利用者コード追加時は「名称」タブと「業種」タブの必須項目を入力します。',
    'NACCS反映タイミングは「最短の日程で登録を希望」を選択してください。',
  ],
  start: { officeCode: 'NAC001', date: '2026-11-20', hour: 10 },
  checks: [
    {
      id: 'filed',
      label: '1CNACのシステム設定申込を登録した',
      evaluate: (s) =>
        findFiled<SystemSettingPayload>(s, 'system-setting', (p) => p.codes.some((c) => c.userCode === '1CNAC'))
          ? met
          : notMet('利用者コード「1CNAC」を含むシステム設定申込が登録されていません。'),
    },
    {
      id: 'names-and-industries',
      label: '「名称」タブと「業種」タブを入力した',
      evaluate: (s) => {
        const app = findFiled<SystemSettingPayload>(s, 'system-setting', (p) => p.codes.some((c) => c.userCode === '1CNAC'));
        const code = (app?.payload as SystemSettingPayload | undefined)?.codes.find((c) => c.userCode === '1CNAC');
        if (!code) return notMet('1CNACのシステム設定情報がありません。');
        if (!code.english.company) return notMet('「名称」タブの企業名(英)が入力されていません。');
        if (r12Violation(code)) return notMet('「業種」タブの必須項目(主管税関など)が入力されていません。');
        return met;
      },
    },
    {
      id: 'shortest',
      label: '最短の日程で登録を希望した',
      evaluate: (s) => {
        const app = findFiled<SystemSettingPayload>(s, 'system-setting', (p) => p.codes.some((c) => c.userCode === '1CNAC'));
        if (!app) return notMet('システム設定申込が登録されていません。');
        return (app.payload as SystemSettingPayload).timing.kind === 'shortest'
          ? met
          : notMet('NACCS反映タイミングが「日付を指定して登録を希望」になっています。「最短の日程で登録を希望」を選択します。');
      },
    },
  ],
  hints: [
    'メインメニューの「システム設定の申込」から始めます。',
    '利用者コード 選択で1CNACの「選択」ボタンをクリックすると、システム設定情報入力の画面が開きます。',
  ],
};

/** A 確認依頼 answered by 修正 under the same 受付番号. */
export const correctRequest: Exercise = {
  id: 'system-setting-correction',
  title: '確認依頼に対応してシステム設定申込を修正する',
  source: SOURCE,
  task: [
    'システム設定申込に確認依頼が届いています。新着情報の「詳細」から進行状況の通知内容を確認してください。',
    '「システム設定申込を修正する」から申込内容を修正し、同じ申込受付番号で再度申込してください。',
  ],
  start: { officeCode: 'NAC001', date: '2026-11-24', hour: 10, setup: 'jastproRequest' },
  checks: [
    {
      id: 'amended',
      label: '確認依頼のあった申込を修正して再申込した',
      evaluate: (s) => {
        const app = s.applications.find((a) => a.kind === 'system-setting' && a.history.some((h) => h.status === '確認依頼'));
        if (!app) return notMet('確認依頼のあったシステム設定申込が見つかりません。');
        if (app.status === '取下げ') return notMet('申込が取り下げられています。修正して再申込します。');
        return app.submissions >= 2 ? met : notMet('申込がまだ修正されていません。「システム設定申込を修正する」ボタンから修正します。');
      },
    },
    {
      id: 'importer-code',
      label: '輸出入者コード(JASTPRO)を正しい体系(13桁)に直した',
      evaluate: (s) => {
        const app = s.applications.find((a) => a.kind === 'system-setting' && a.history.some((h) => h.status === '確認依頼'));
        const codes = (app?.payload as SystemSettingPayload | undefined)?.codes ?? [];
        const wrong = codes.find((c) => c.importerCode !== '' && !/^[0-9A-Z]{13}$/.test(c.importerCode));
        return wrong
          ? notMet(`${wrong.userCode}の輸出入者コード「${wrong.importerCode}」は13桁の体系になっていません。`)
          : met;
      },
    },
    {
      id: 'not-new',
      label: '新しい申込を作らずに、同じ申込受付番号で修正した',
      evaluate: (s) =>
        s.applications.filter((a) => a.kind === 'system-setting').length === 1
          ? met
          : notMet('新しいシステム設定申込が別の申込受付番号で登録されています。確認依頼の申込を修正します。'),
    },
  ],
  hints: ['申込内容確認の一覧から申込を開き、進行状況の通知内容を読みます。', '修正すると申込担当者の入力から順に、登録済みの内容が入った状態で始まります。'],
};
