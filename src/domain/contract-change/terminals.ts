// 論理端末 入力 (seed 002 ⑥, DOMAIN.md §3.2 example B): how many logical terminals
// to add per kind and システム区分 — the number to add, not the new total (R11) —
// and the contract's terminals re-classed (区分の変更) or ended (論理端末の廃止).
import type { SystemKind, Terminal } from '../contract';
import { halfWidthDigits } from '../validation/rules';
import { failed, type Checked } from '../validation/schema';

export const TERMINAL_KINDS = ['netNACCS', 'webNACCS', 'ebMS'] as const;
export type TerminalKind = (typeof TERMINAL_KINDS)[number];

/** The grid's columns: システム区分 as the seed heads them. */
export const TERMINAL_SYSTEMS: readonly { kind: SystemKind; label: string; key: string }[] = [
  { kind: '海上', label: '海上', key: 'sea' },
  { kind: '航空', label: '航空', key: 'air' },
  { kind: '共用', label: '海上・航空共用', key: 'both' },
];

export const R11_TEXT = '※ 契約合計台数ではありません';
export const MAX_TERMINALS_PER_CELL = 99;

export type TerminalCounts = Record<TerminalKind, Record<SystemKind, number>>;

export interface TerminalChange {
  /** how many to add, per kind and システム区分 (R11: not the total) */
  additions: TerminalCounts;
  /** 区分の変更: the terminal's new システム区分 */
  reclassed: { name: string; systemKind: SystemKind }[];
  /** 論理端末の廃止: terminal names */
  abolished: string[];
}

export const terminalKindLabel = (kind: TerminalKind) => `論理端末追加数 (${kind})`;

/** The field id of a cell of the 追加数 grid (also the key of its text). */
export const additionFieldId = (kind: TerminalKind, system: SystemKind) =>
  `term-add-${kind}-${TERMINAL_SYSTEMS.find((s) => s.kind === system)!.key}`;

export const NO_TERMINAL_CHANGE_TEXT =
  '追加する論理端末の数を入力するか、論理端末の区分の変更または廃止を選択してください。';

/** Equipment (利用機器区分 / パッケージソフト区分) of a terminal kind, as the tables abbreviate it. */
export const EQUIPMENT: Record<TerminalKind, Terminal['equipment']> = { netNACCS: 'net', webNACCS: 'web', ebMS: 'ebMS' };

/**
 * 「次へ進む」 of 論理端末 入力: every count blank or half-width digits 0–99, and
 * something to do. Errors are keyed by field id ('term-add-netNACCS-sea', 'terminals').
 */
export function checkTerminalInput(
  counts: Readonly<Record<string, string>>,
  reclassed: TerminalChange['reclassed'],
  abolished: readonly string[],
  current: readonly Terminal[],
): Checked<TerminalChange, string> {
  const errors: Record<string, string> = {};
  const additions = emptyCounts();
  for (const kind of TERMINAL_KINDS) {
    for (const { kind: system } of TERMINAL_SYSTEMS) {
      const id = additionFieldId(kind, system);
      const count = checkAdditionCount(`${terminalKindLabel(kind)}の${system === '共用' ? '海上・航空共用' : system}`, counts[id] ?? '');
      if (typeof count === 'string') errors[id] = count;
      else additions[kind][system] = count;
    }
  }
  if (Object.keys(errors).length) return failed(errors);
  const change = { additions, ...inUseChanges(reclassed, abolished, current) };
  if (!changesTerminals(change)) return failed({ terminals: NO_TERMINAL_CHANGE_TEXT });
  return { ok: true, value: change };
}

/** One 追加数 cell: blank is 0, else half-width digits up to MAX_TERMINALS_PER_CELL; a string is its message. */
export function checkAdditionCount(label: string, text: string): number | string {
  const message = halfWidthDigits(label)(text);
  if (message) return message;
  if (text !== '' && Number(text) > MAX_TERMINALS_PER_CELL) return `${label}は${MAX_TERMINALS_PER_CELL}以下の数を入力してください。`;
  return text === '' ? 0 : Number(text);
}

/**
 * The 区分の変更 and 廃止 that name terminals of `current`: a 区分 changed to the one it
 * has, or of a terminal also abolished, is no change.
 */
export function inUseChanges<R extends { name: string; systemKind: SystemKind }>(
  reclassed: readonly R[],
  abolished: readonly string[],
  current: readonly Terminal[],
): { reclassed: R[]; abolished: string[] } {
  const byName = new Map(current.map((t) => [t.name, t]));
  const realAbolish = abolished.filter((n) => byName.has(n));
  const realReclass = reclassed.filter((r) => byName.has(r.name) && byName.get(r.name)!.systemKind !== r.systemKind && !realAbolish.includes(r.name));
  return { reclassed: realReclass, abolished: realAbolish };
}

export function emptyCounts(): TerminalCounts {
  return { netNACCS: { 海上: 0, 航空: 0, 共用: 0 }, webNACCS: { 海上: 0, 航空: 0, 共用: 0 }, ebMS: { 海上: 0, 航空: 0, 共用: 0 } };
}

/** Terminals to add in all. */
export function addedTerminalCount(change: Pick<TerminalChange, 'additions'>): number {
  return TERMINAL_KINDS.reduce((n, k) => n + TERMINAL_SYSTEMS.reduce((m, s) => m + change.additions[k][s.kind], 0), 0);
}

export function changesTerminals(change: TerminalChange): boolean {
  return addedTerminalCount(change) > 0 || change.reclassed.length > 0 || change.abolished.length > 0;
}

/** The 申込情報 rows of 変更申込確認's netNACCS情報 (S2): 申込内容, 区分, 利用機器区分, パッケージソフト区分, 論理端末名, 端末追加数. */
export function terminalApplicationRows(change: TerminalChange, current: readonly Terminal[]): string[][] {
  const rows: string[][] = [];
  for (const kind of TERMINAL_KINDS)
    for (const { kind: system } of TERMINAL_SYSTEMS) {
      const n = change.additions[kind][system];
      if (n > 0) rows.push(['追加', system, EQUIPMENT[kind], EQUIPMENT[kind], '', String(n)]);
    }
  for (const r of change.reclassed) {
    const t = current.find((x) => x.name === r.name);
    rows.push(['変更', r.systemKind, t?.equipment ?? '', t?.packageKind ?? '', r.name, '']);
  }
  for (const name of change.abolished) {
    const t = current.find((x) => x.name === name);
    rows.push(['廃止', t?.systemKind ?? '', t?.equipment ?? '', t?.packageKind ?? '', name, '']);
  }
  return rows;
}

// ---------------------------------------------------------------------------
// What the center issues for added terminals (ID通知内容 「論理端末名 / デジタル証明書」).

const NAME_SUFFIX: Record<TerminalKind, string> = { netNACCS: 'W', webNACCS: 'B', ebMS: 'E' };
const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A new 論理端末名: six digits and the kind's letter (netNACCS W as in S2's 999999W;
 * webNACCS B and ebMS E are our choice), unique among `taken`.
 */
export function newTerminalName(kind: TerminalKind, taken: ReadonlySet<string>, random: () => number): string {
  for (;;) {
    const digits = String(Math.floor(random() * 900_000) + 100_000);
    const name = `${digits}${NAME_SUFFIX[kind]}`;
    if (!taken.has(name)) return name;
  }
}

/** 端末アクセスキー: 13 digits (S2 9999999999999). */
export function newAccessKey(random: () => number): string {
  let s = String(Math.floor(random() * 9) + 1);
  while (s.length < 13) s += String(Math.floor(random() * 10));
  return s;
}

/** 認証コード1/2/3: 企業略称 + the name's last four characters (S2 NAC999W), then six and five characters. */
export function newAuthCodes(companyAbbr: string, name: string, random: () => number): [string, string, string] {
  const pick = (n: number) => Array.from({ length: n }, () => ALNUM[Math.floor(random() * ALNUM.length)]).join('');
  return [`${companyAbbr}${name.slice(-4)}`, pick(6), pick(5)];
}
