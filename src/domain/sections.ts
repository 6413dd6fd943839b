// What an application says, as the blocks a confirmation screen, a filed
// application's view and a printed document show: label/value rows, tables (with
// a 詳細 cell that opens more rows), before/after pairs and file lists. Pure data.

/** A cell of a table: text, or a 詳細 that opens label/value rows. */
export type SectionCell = string | { detail: { label: string; value: string }[] };

export interface SectionTable {
  columns: string[];
  rows: SectionCell[][];
  /** what an empty table says instead of rows */
  empty?: string;
}

export type SectionContent =
  | { type: 'rows'; rows: { label: string; value: string }[] }
  | ({ type: 'table' } & SectionTable)
  /** 契約情報 (the contract today) beside 申込情報 (what the application does, 申込内容 first) */
  | { type: 'beforeAfter'; before: SectionTable; after: SectionTable }
  | { type: 'files'; files: { id: string; name: string; size: number }[] };

/** One block, with the step 「入力に戻る」 goes to. */
export interface ConfirmSection<Id extends string = string> {
  id: string;
  title: string;
  backTo?: Id;
  backParams?: Readonly<Record<string, string>>;
  content: SectionContent[];
}
