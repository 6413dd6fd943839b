// Apart from items.ts so that the wizard's route table (screens/contract-change/flow.ts)
// can branch on it without pulling the items' date rules, the business calendar and
// valibot into the login page's initial route (docs/performance.md).
import type { ChangeItemId } from './items';

/** The three boxes whose input is the 利用者コード 入力 screens. */
export const CODE_ITEMS: readonly ChangeItemId[] = ['industry', 'userCode', 'idNo'];
