// NACCS利用申込's tabs as seed 003 shows them, with the domain's check of each. A
// tab applies according to the systems chosen on 申込担当 (論理端末・証明書 for
// netNACCS; 回線・論理端末 and メールボックス for 一般NACCS).
import {
  checkBillingTab,
  checkContactTab,
  checkLinesTab,
  checkMailboxTab,
  checkOfficeTab,
  checkPlanTab,
  checkTerminalsTab,
  checkUsersTab,
  systemsOf,
  type NewUsageContext,
} from '../../domain/new-usage/rules';
import type { TabDef } from '../../wizard/tabs';
import type { NewUsageState } from './state';

export type TabId = 'contact' | 'office' | 'users' | 'terminals' | 'lines' | 'mailboxes' | 'plan' | 'billing';

export const TAB_IDS: readonly TabId[] = ['contact', 'office', 'users', 'terminals', 'lines', 'mailboxes', 'plan', 'billing'];

export const TABS: readonly TabDef<NewUsageState, NewUsageContext, TabId>[] = [
  { key: 'contact', label: '申込担当', check: checkContactTab },
  { key: 'office', label: '事業所・企業', check: checkOfficeTab },
  { key: 'users', label: '利用者', check: checkUsersTab },
  { key: 'terminals', label: '論理端末・証明書', applies: (s) => systemsOf(s.raw).net, check: checkTerminalsTab },
  { key: 'lines', label: '回線・論理端末', applies: (s) => systemsOf(s.raw).general, check: checkLinesTab },
  { key: 'mailboxes', label: 'メールボックス', applies: (s) => systemsOf(s.raw).general, check: checkMailboxTab },
  { key: 'plan', label: '料金プラン', check: checkPlanTab },
  { key: 'billing', label: '請求先', check: checkBillingTab },
];
