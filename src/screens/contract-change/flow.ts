// The 契約内容の変更 journey (seeds 001, 002): 変更申込ガイダンス → 変更内容入力 →
// 申込担当者入力 → one input screen per ticked item, in the fixed order of the
// items → 変更申込確認 → NACCS変更申込 完了. 利用者コード 入力 opens a 詳細入力 per code.
import { CODE_ITEMS } from '../../domain/contract-change/code-items';
import type { Journey } from '../../wizard/journey';
import { ITEM_TITLES } from '../../domain/contract-change/item-titles';
import type { ContractChangeState, StepId } from './state';
import { ticked } from './ticked';
import { OTHER_STEPS } from './other-steps';

/** A field item's step: shown when the item is ticked, complete once its block is validated. */
function blockStep<Id extends 'company' | 'contractor' | 'headOffice' | 'admin'>(id: Id, title: string, crumb: string) {
  return { id, path: id.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), title, crumb, indicator: 2, when: (s: ContractChangeState) => ticked(s, id), isComplete: (s: ContractChangeState) => !!s.office?.[id] };
}
function billingStep<Id extends 'billingAddress' | 'billingContact' | 'payment'>(id: Id, title: string, crumb: string) {
  return { id, path: id.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), title, crumb, indicator: 2, when: (s: ContractChangeState) => ticked(s, id), isComplete: (s: ContractChangeState) => s.billing?.[id] !== undefined };
}

const anyCodeItem = (s: ContractChangeState) => CODE_ITEMS.some((i) => ticked(s, i));

/** 管理統計資料 入力 serves 管理統計資料 and 保税管理資料保存サービス (one table per 利用者コード). */
export const OPTIONS_TITLE = '管理統計資料 入力';
export const PAYMENT_TITLE = '支払の方法 入力';
/** 回線・端末等の変更 (一般NACCS): no seed shows them; titled as 論理端末 入力 is (docs/contract-change.md) */
export const LINES_TITLE = '回線 入力';
export const GENERAL_TERMINALS_TITLE = '一般NACCS論理端末 入力';
export const MAILBOXES_TITLE = 'メールボックス 入力';

export const contractChangeJourney: Journey<ContractChangeState, StepId> = {
  basePath: '/contract-change',
  indicatorLabels: ['契約変更項目の選択', '変更情報の入力', '入力内容の確認', '契約申込の完了'],
  steps: [
    { id: 'guidance', path: '', title: '変更申込ガイダンス', crumb: '変更申込ガイダンス', place: 'start' },
    { id: 'items', path: 'items', title: '変更内容入力', crumb: '変更内容入力', indicator: 1, isComplete: (s) => !!s.selection },
    { id: 'contact', path: 'contact', title: '申込担当者 入力', crumb: '申込担当者入力', indicator: 2, isComplete: (s) => !!s.contact },
    blockStep('company', ITEM_TITLES.company, '企業・事業所情報入力'),
    blockStep('contractor', ITEM_TITLES.contractor, '契約者情報入力'),
    blockStep('headOffice', ITEM_TITLES.headOffice, '本社情報入力'),
    blockStep('admin', ITEM_TITLES.admin, 'システム管理責任者入力'),
    {
      id: 'codes',
      path: 'codes',
      title: '利用者コード 入力',
      crumb: '利用者コード入力',
      indicator: 2,
      when: anyCodeItem,
      isComplete: (s) => !!s.codesDone && s.codes.length > 0,
    },
    { id: 'code', path: 'codes/:code', title: '利用者コード 入力', crumb: '利用者コード詳細入力', indicator: 2, from: 'codes' },
    {
      id: 'newCode',
      path: 'new-code',
      title: '利用者コード 入力',
      crumb: '利用者コード追加',
      indicator: 2,
      from: 'codes',
      canVisit: (s) => ticked(s, 'userCode'),
    },
    {
      id: 'shareCode',
      path: 'share-code',
      title: '利用者コード 入力',
      crumb: '利用者コード共用',
      indicator: 2,
      from: 'codes',
      canVisit: (s) => ticked(s, 'userCode'),
    },
    {
      id: 'terminals',
      path: 'terminals',
      title: '論理端末 入力',
      crumb: '論理端末入力',
      indicator: 2,
      when: (s) => ticked(s, 'netTerminal'),
      isComplete: (s) => !!s.terminals,
    },
    { id: 'lines', path: 'lines', title: LINES_TITLE, crumb: '回線入力', indicator: 2, when: (s) => ticked(s, 'line'), isComplete: (s) => !!s.lines },
    {
      id: 'generalTerminals',
      path: 'general-terminals',
      title: GENERAL_TERMINALS_TITLE,
      crumb: '一般NACCS論理端末入力',
      indicator: 2,
      when: (s) => ticked(s, 'generalTerminal'),
      isComplete: (s) => !!s.generalTerminals,
    },
    { id: 'mailboxes', path: 'mailboxes', title: MAILBOXES_TITLE, crumb: 'メールボックス入力', indicator: 2, when: (s) => ticked(s, 'mailbox'), isComplete: (s) => !!s.mailboxes },
    {
      id: 'plan',
      path: 'plan',
      title: '料金プラン 入力',
      crumb: '料金プラン入力',
      indicator: 2,
      when: (s) => ticked(s, 'plan'),
      isComplete: (s) => !!s.plan,
    },
    {
      id: 'options',
      path: 'options',
      title: OPTIONS_TITLE,
      crumb: '管理統計資料入力',
      indicator: 2,
      when: (s) => ticked(s, 'stats') || ticked(s, 'retention'),
      isComplete: (s) => !!s.options,
    },
    billingStep('billingAddress', ITEM_TITLES.billingAddress, '請求書送付先入力'),
    billingStep('billingContact', ITEM_TITLES.billingContact, '請求先担当者入力'),
    billingStep('payment', PAYMENT_TITLE, '支払の方法入力'),
    // その他の契約変更: each choice's own steps (other-steps.ts)
    ...OTHER_STEPS,
    { id: 'confirm', path: 'confirm', title: '変更申込確認', crumb: '変更申込確認', indicator: 3, isComplete: () => false },
    { id: 'complete', path: 'complete/:applicationId', title: 'NACCS変更申込 完了', crumb: '変更申込登録完了', indicator: 4, place: 'end' },
  ],
};
