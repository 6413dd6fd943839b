// 一般NACCS端末の登録情報(追加・変更・削除) — 一般NACCS論理端末 入力 (no seed screen; as
// seed 002's 論理端末 入力 for netNACCS, docs/contract-change.md): how many 一般NACCS
// logical terminals to add per システム区分 — the number to add, not the total (R11) —
// and the contract's 一般NACCS terminals re-classed (区分の変更) or ended (論理端末の廃止).
import type { IssuedTerminal } from '../application';
import { GENERAL_EQUIPMENT, isGeneralTerminal, type SystemKind, type Terminal } from '../contract';
import { addDays, type IsoDate } from '../time';
import { failed, type Checked } from '../validation/schema';
import { checkAdditionCount, inUseChanges, newAccessKey, TERMINAL_SYSTEMS } from './terminals';

export interface GeneralTerminalChange {
  /** how many to add per システム区分 (R11: not the total) */
  additions: Record<SystemKind, number>;
  /** 区分の変更: the terminal's new システム区分 */
  reclassed: { name: string; systemKind: SystemKind }[];
  /** 論理端末の廃止: terminal names */
  abolished: string[];
}

export const GENERAL_TERMINAL_LABEL = '論理端末追加数 (一般NACCS)';
export const NO_GENERAL_TERMINAL_CHANGE_TEXT =
  '追加する一般NACCSの論理端末の数を入力するか、論理端末の区分の変更または廃止を選択してください。';

/** The field id of a cell of the 追加数 row (also the key of its text). */
export const generalAdditionId = (system: SystemKind) => `gterm-add-${TERMINAL_SYSTEMS.find((s) => s.kind === system)!.key}`;
export const GENERAL_TERMINALS_ERROR_ID = 'general-terminal-changes';

/** The office's 一般NACCS terminals in use. */
export const generalTerminalsOf = (terminals: readonly Terminal[], officeCode: string) =>
  terminals.filter((t) => t.officeCode === officeCode && isGeneralTerminal(t) && !t.endDate);

/** 「次へ進む」: every count blank or half-width digits 0–99, and something to do. */
export function checkGeneralTerminalInput(
  counts: Readonly<Record<string, string>>,
  reclassed: GeneralTerminalChange['reclassed'],
  abolished: readonly string[],
  current: readonly Terminal[],
): Checked<GeneralTerminalChange, string> {
  const errors: Record<string, string> = {};
  const additions: Record<SystemKind, number> = { 海上: 0, 航空: 0, 共用: 0 };
  for (const { kind: system, label: systemLabel } of TERMINAL_SYSTEMS) {
    const id = generalAdditionId(system);
    const count = checkAdditionCount(`${GENERAL_TERMINAL_LABEL}の${systemLabel}`, counts[id] ?? '');
    if (typeof count === 'string') errors[id] = count;
    else additions[system] = count;
  }
  if (Object.keys(errors).length) return failed(errors);
  const change = { additions, ...inUseChanges(reclassed, abolished, current) };
  if (!changesGeneralTerminals(change)) return failed({ [GENERAL_TERMINALS_ERROR_ID]: NO_GENERAL_TERMINAL_CHANGE_TEXT });
  return { ok: true, value: change };
}

export const addedGeneralTerminalCount = (change: Pick<GeneralTerminalChange, 'additions'>) =>
  change.additions.海上 + change.additions.航空 + change.additions.共用;

export function changesGeneralTerminals(change: GeneralTerminalChange): boolean {
  return addedGeneralTerminalCount(change) > 0 || change.reclassed.length > 0 || change.abolished.length > 0;
}

/** The 申込情報 rows of 変更申込確認's 一般NACCS情報: 申込内容, 区分, 利用機器区分, パッケージソフト区分, 論理端末名, 端末追加数. */
export function generalTerminalApplicationRows(change: GeneralTerminalChange, current: readonly Terminal[]): string[][] {
  const rows: string[][] = [];
  for (const { kind: system } of TERMINAL_SYSTEMS) {
    const n = change.additions[system];
    if (n > 0) rows.push(['追加', system, GENERAL_EQUIPMENT, GENERAL_EQUIPMENT, '', String(n)]);
  }
  for (const r of change.reclassed) rows.push(['変更', r.systemKind, GENERAL_EQUIPMENT, GENERAL_EQUIPMENT, r.name, '']);
  for (const name of change.abolished) {
    const t = current.find((x) => x.name === name);
    rows.push(['廃止', t?.systemKind ?? '', GENERAL_EQUIPMENT, GENERAL_EQUIPMENT, name, '']);
  }
  return rows;
}

/**
 * A new 一般NACCS 論理端末名: six digits and G (GUESS, as netNACCS's W of S2's 999999W),
 * unique among `taken`.
 */
export function newGeneralTerminalName(taken: ReadonlySet<string>, random: () => number): string {
  for (;;) {
    const name = `${Math.floor(random() * 900_000) + 100_000}G`;
    if (!taken.has(name)) return name;
  }
}

/**
 * What the center issues for `count` new 一般NACCS terminals of a システム区分: a name and
 * an 端末アクセスキー each. No 認証コード: those are for a netNACCS デジタル証明書, which a
 * terminal on a 一般NACCS回線 does not have.
 */
export function issueGeneralTerminals(additions: Record<SystemKind, number>, names: Set<string>, random: () => number): IssuedTerminal[] {
  const out: IssuedTerminal[] = [];
  for (const { kind: system } of TERMINAL_SYSTEMS)
    for (let i = 0; i < additions[system]; i++) {
      const name = newGeneralTerminalName(names, random);
      names.add(name);
      out.push({ systemKind: system, equipment: GENERAL_EQUIPMENT, packageKind: GENERAL_EQUIPMENT, name, accessKey: newAccessKey(random), authCodes: ['', '', ''] });
    }
  return out;
}

/** On the 利用開始日: the office's 一般NACCS terminals re-classed and ended (new ones come from the ID通知内容). */
export function generalTerminalsEffect(change: GeneralTerminalChange, mine: readonly Terminal[], date: IsoDate): Terminal[] {
  const lastDay = addDays(date, -1);
  const out: Terminal[] = [];
  for (const r of change.reclassed) {
    const t = mine.find((x) => x.name === r.name);
    if (t) out.push({ ...t, systemKind: r.systemKind });
  }
  for (const name of change.abolished) {
    const t = mine.find((x) => x.name === name);
    if (t) out.push({ ...t, endDate: lastDay });
  }
  return out;
}
