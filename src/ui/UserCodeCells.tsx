// The 利用者コード columns of seed 000's tables (利用者コード 選択's 設定情報 and 申込情報),
// shared with 契約情報 参照's 利用者コード block so both read the same.
import type { EnglishNames } from '../domain/contract';
import { ENGLISH_COLUMN_LABELS } from '../domain/system-setting/fields';

/** 利用者コード | 企業名(英) | 営業所名(英) | 営業所所在地(英) | 責任者名(英) | 区分 | 業種 */
export function UserCodeColumns() {
  return (
    <>
      <th scope="col">利用者コード</th>
      <th scope="col">{ENGLISH_COLUMN_LABELS.company}</th>
      <th scope="col">{ENGLISH_COLUMN_LABELS.office}</th>
      <th scope="col">{ENGLISH_COLUMN_LABELS.address}</th>
      <th scope="col">{ENGLISH_COLUMN_LABELS.manager}</th>
      <th scope="col">区分</th>
      <th scope="col">業種</th>
    </>
  );
}

export interface UserCodeCellsProps {
  code: string;
  english: EnglishNames;
  systemKind: string;
  industries: readonly string[];
  /** What an empty name or 業種 shows (契約情報 参照: 未登録); nothing by default. */
  blank?: string;
}

/** The cells under `UserCodeColumns`, of the contract or of an application. */
export function UserCodeCells(props: UserCodeCellsProps) {
  const text = (value: string) => value || props.blank || '';
  return (
    <>
      <th scope="row">{props.code}</th>
      <td>{text(props.english.company)}</td>
      <td>{text(props.english.office)}</td>
      <td>{text(props.english.address)}</td>
      <td>{text(props.english.manager)}</td>
      <td>{props.systemKind}</td>
      <td>{text(props.industries.join(' '))}</td>
    </>
  );
}
