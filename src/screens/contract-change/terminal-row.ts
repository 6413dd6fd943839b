// The four columns that name a 論理端末 in every table of the change screens (S2's
// 契約情報: 区分 | 利用機器区分 | パッケージソフト区分 | 論理端末名), before each screen's own columns.
import type { Terminal } from '../../domain/contract';
import { sharedWith } from '../../domain/terminal-sharing';

export const TERMINAL_COLUMNS = ['区分', '利用機器区分', 'パッケージソフト区分', '論理端末名'];

export function terminalCells(t: Terminal): string[] {
  return [t.systemKind, t.equipment, t.packageKind, t.name];
}

/** 他事業所と共用: the offices that share the terminal, or 「×」. */
export const sharedWithCell = (t: Terminal): string => sharedWith(t).join(' ') || '×';
