// 一般NACCS回線の登録情報(追加・変更・廃止) — 回線 入力 (no seed screen; in the NSS
// style of 論理端末 入力, docs/contract-change.md): the contract's lines with their
// 回線種別 and 設置場所 pre-filled (overwrite what changes) or 回線の廃止, and one line
// to add. R2: an office that uses a line and moves also moves its lines.
import type { Line, Office } from '../contract';
import { lineBandwidth } from '../new-usage/effect';
import { LINE_KINDS } from '../new-usage/fields';
import { addDays, type IsoDate } from '../time';
import { firstError, fullWidth, maxChars, required } from '../validation/rules';
import { failed, type Checked } from '../validation/schema';
import { R2_TEXT } from './items';

export { LINE_KINDS };
export type LineKind = Line['kind'];

export interface LineAddition {
  kind: LineKind;
  installAddress: string;
}

export interface LineUpdate {
  /** the line's record id */
  id: string;
  kind: LineKind;
  installAddress: string;
}

export interface LineChange {
  added: LineAddition[];
  changed: LineUpdate[];
  /** record ids of the lines to end */
  abolished: string[];
}

export const INSTALL_ADDRESS_LABEL = '回線設置場所';
export const INSTALL_ADDRESS_MAX = 60;
export const LINE_KIND_LABEL = '回線種別';
export const NO_LINE_CHANGE_TEXT = '追加する回線を入力するか、回線の変更または廃止を入力してください。';

/** The field ids of 回線 入力 (and the keys of their text in the draft's `raw`). */
export const lineFieldIds = (id: string) => ({ kind: `line-${id}-kind`, address: `line-${id}-address`, abolish: `line-${id}-abolish` });
export const LINE_ADD_IDS = { kind: 'line-add-kind', address: 'line-add-address' } as const;
/** where 「何も変更しない」 is said */
export const LINES_ERROR_ID = 'line-changes';

const addressRules = [required(INSTALL_ADDRESS_LABEL), fullWidth(INSTALL_ADDRESS_LABEL), maxChars(INSTALL_ADDRESS_LABEL, INSTALL_ADDRESS_MAX)];
const isLineKind = (value: string): value is LineKind => (LINE_KINDS as readonly string[]).includes(value);

export interface LineInput {
  /** per line of the contract: the 回線種別 and 設置場所 as typed, and 回線の廃止 */
  lines: Readonly<Record<string, { kind: string; address: string; abolish: boolean }>>;
  /** the line to add: no 回線種別 chosen is no addition */
  add: { kind: string; address: string };
}

/**
 * 「次へ進む」 of 回線 入力. A 設置場所 left as the contract holds it is not checked
 * again (as the office fields); one that changes is 全角, at most 60 characters.
 * Errors are keyed by field id.
 */
export function checkLineInput(input: LineInput, current: readonly Line[]): Checked<LineChange, string> {
  const errors: Record<string, string> = {};
  const change: LineChange = { added: [], changed: [], abolished: [] };
  for (const line of current) {
    const typed = input.lines[line.id];
    if (!typed) continue;
    const ids = lineFieldIds(line.id);
    if (typed.abolish) {
      change.abolished.push(line.id);
      continue;
    }
    if (!isLineKind(typed.kind)) errors[ids.kind] = `${LINE_KIND_LABEL}を選択してください。`;
    const address = typed.address.trim();
    const addressError = address === line.installAddress ? undefined : firstError(address, addressRules);
    if (addressError) errors[ids.address] = addressError;
    if (!errors[ids.kind] && !addressError && (typed.kind !== line.kind || address !== line.installAddress))
      change.changed.push({ id: line.id, kind: typed.kind as LineKind, installAddress: address });
  }
  if (input.add.kind !== '') {
    if (!isLineKind(input.add.kind)) errors[LINE_ADD_IDS.kind] = `${LINE_KIND_LABEL}を選択してください。`;
    const address = input.add.address.trim();
    const addressError = firstError(address, addressRules);
    if (addressError) errors[LINE_ADD_IDS.address] = addressError;
    if (!errors[LINE_ADD_IDS.kind] && !addressError) change.added.push({ kind: input.add.kind as LineKind, installAddress: address });
  } else if (input.add.address.trim() !== '') {
    errors[LINE_ADD_IDS.kind] = `追加する回線の${LINE_KIND_LABEL}を選択してください。`;
  }
  if (Object.keys(errors).length) return failed(errors);
  if (!changesLines(change)) return failed({ [LINES_ERROR_ID]: NO_LINE_CHANGE_TEXT });
  return { ok: true, value: change };
}

export function changesLines(change: LineChange): boolean {
  return change.added.length + change.changed.length + change.abolished.length > 0;
}

// ---------------------------------------------------------------------------
// R2 (DOMAIN.md §3.2): 「回線を利用している事業所が移転する場合は、「一般NACCS回線の登録情報」も
// 選択し、回線設置場所も変更してください。」

/** Whether the 企業・事業所情報 block moves the office (a new 郵便番号 or 所在地). */
export function relocates(company: { postalCode: string; address: string } | undefined, office: Pick<Office, 'postalCode' | 'address'>): boolean {
  return !!company && (company.postalCode !== office.postalCode || company.address !== office.address);
}

/**
 * R2: the office's lines in use that stay where they are although the office moves —
 * every one when the line item is not applied for, else those neither abolished
 * nor given a new 設置場所. Empty when the office does not move.
 */
export function linesLeftBehind(
  company: { postalCode: string; address: string } | undefined,
  office: Pick<Office, 'postalCode' | 'address'>,
  lines: readonly Line[],
  change: LineChange | undefined,
): Line[] {
  if (!relocates(company, office)) return [];
  const live = lines.filter((l) => !l.endDate);
  if (!change) return live;
  return live.filter(
    (l) => !change.abolished.includes(l.id) && !change.changed.some((c) => c.id === l.id && c.installAddress !== l.installAddress),
  );
}

export { R2_TEXT };

/**
 * 「次へ進む」 of 回線 入力 with R2: when 企業・事業所情報 moves the office, a line that
 * stays where it is gets R2_TEXT at its 回線設置場所 — before 「nothing to do」, which
 * is what an untouched screen would say otherwise.
 */
export function checkLineStep(
  input: LineInput,
  current: readonly Line[],
  company: { postalCode: string; address: string } | undefined,
  office: Pick<Office, 'postalCode' | 'address'>,
): Checked<LineChange, string> {
  const result = checkLineInput(input, current);
  const nothing = !result.ok && Object.keys(result.errors).every((k) => k === LINES_ERROR_ID);
  const change = result.ok ? result.value : nothing ? { added: [], changed: [], abolished: [] } : undefined;
  const left = change ? linesLeftBehind(company, office, current, change) : [];
  return left.length ? failed({ [lineFieldIds(left[0].id).address]: R2_TEXT }) : result;
}

// ---------------------------------------------------------------------------

export const LINE_COLUMNS = [LINE_KIND_LABEL, '帯域', INSTALL_ADDRESS_LABEL];

/** The 申込情報 rows of 変更申込確認's 回線情報: 申込内容, 回線種別, 帯域, 回線設置場所. */
export function lineApplicationRows(change: LineChange, current: readonly Line[]): string[][] {
  const rows: string[][] = [];
  for (const a of change.added) rows.push(['追加', a.kind, lineBandwidth(a.kind), a.installAddress]);
  for (const c of change.changed) rows.push(['変更', c.kind, lineBandwidth(c.kind), c.installAddress]);
  for (const id of change.abolished) {
    const l = current.find((x) => x.id === id);
    rows.push(['廃止', l?.kind ?? '', l?.bandwidth ?? '', l?.installAddress ?? id]);
  }
  return rows;
}

const fresh = { updatedAt: 0, rev: 0 };

/**
 * On the 利用開始日: changed lines get their new 回線種別 (and its 帯域) and 設置場所; an
 * abolished line keeps its row with 利用終了日 = the day before; an added line gets
 * the next free number of the office (`lines`: the office's, ended ones too).
 */
export function linesEffect(change: LineChange, officeCode: string, lines: readonly Line[], date: IsoDate): Line[] {
  const lastDay = addDays(date, -1);
  const out: Line[] = [];
  for (const c of change.changed) {
    const l = lines.find((x) => x.id === c.id && !x.endDate);
    if (l) out.push({ ...l, kind: c.kind, bandwidth: lineBandwidth(c.kind), installAddress: c.installAddress });
  }
  for (const id of change.abolished) {
    const l = lines.find((x) => x.id === id && !x.endDate);
    if (l) out.push({ ...l, endDate: lastDay });
  }
  const taken = new Set(lines.map((l) => l.id));
  let n = 1;
  for (const a of change.added) {
    while (taken.has(`${officeCode}-line-${n}`)) n++;
    const id = `${officeCode}-line-${n}`;
    taken.add(id);
    out.push({ ...fresh, id, officeCode, kind: a.kind, bandwidth: lineBandwidth(a.kind), installAddress: a.installAddress, startDate: date });
  }
  return out;
}

/** The center's checks: a line to change or end that is not the office's (any more). */
export function lineProblems(change: LineChange, lines: readonly Line[], ask: string): string[] {
  const live = new Set(lines.filter((l) => !l.endDate).map((l) => l.id));
  const missing = [...change.changed.map((c) => c.id), ...change.abolished].filter((id) => !live.has(id));
  return missing.length ? [`変更・廃止する回線が貴事業所のご契約にありません。${ask}`] : [];
}
