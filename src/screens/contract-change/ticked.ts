// Whether an item of 「契約変更に関する項目」 is ticked: the route table asks it, and
// it is on the login page's first download, so it stays apart from the state's
// modules (they bring valibot and the contact rules).
import type { ChangeItemId } from '../../domain/contract-change/items';
import type { ContractChangeState } from './state';

export const ticked = (s: Pick<ContractChangeState, 'selection'>, id: ChangeItemId) => !!s.selection?.items.includes(id);
