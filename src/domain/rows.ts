// The rows of a 申込情報 table, as NSS edits them: 「設定する」 adds a row from the
// fields above the table (or, after 「修正」, puts it back in its place), 「削除」
// removes one, and a second row for the same thing is refused. Pure.

export interface RowList<R> {
  rows: R[];
  /** the row 「修正」 loaded back into the fields */
  editing?: number;
}

export type Placed<R> = { ok: true; list: RowList<R> } | { ok: false; duplicateOf: number };

/**
 * 「設定する」: the row replaces the one being edited, or is added at the end.
 * A row whose key another row already has is refused (the user 修正s that row instead).
 */
export function placeRow<R>(list: RowList<R>, row: R, key: (row: R) => string): Placed<R> {
  const duplicateOf = list.rows.findIndex((r, i) => i !== list.editing && key(r) === key(row));
  if (duplicateOf >= 0) return { ok: false, duplicateOf };
  const rows =
    list.editing !== undefined && list.editing < list.rows.length
      ? list.rows.map((r, i) => (i === list.editing ? row : r))
      : [...list.rows, row];
  return { ok: true, list: { rows } };
}

/** 「この内容で設定する」 on a detail page: the row with the same key is replaced in its place, else added. */
export function upsertRow<R>(rows: readonly R[], row: R, key: (row: R) => string): R[] {
  const i = rows.findIndex((r) => key(r) === key(row));
  return i < 0 ? [...rows, row] : rows.map((r, j) => (j === i ? row : r));
}

/** 「削除」: the row goes; a row being edited keeps being edited (its index moves up), the removed one stops. */
export function removeRow<R>(list: RowList<R>, index: number): RowList<R> {
  const rows = list.rows.filter((_, i) => i !== index);
  const editing =
    list.editing === undefined || list.editing === index ? undefined : list.editing > index ? list.editing - 1 : list.editing;
  return editing === undefined ? { rows } : { rows, editing };
}
