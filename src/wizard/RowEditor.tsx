// The fields above a 申込情報 table and their 「設定する」: Enter in a field sets the
// row (as the button does) instead of going on to the next step, and while a row
// is being corrected (修正) the page says which. The rows themselves are
// domain/rows.ts; the table is ui/DataTable with 修正 / 削除 actions.
import './wizard.css';
import { Show, type JSX } from 'solid-js';
import { isImeEnter } from '../ui/form/aria';

export function RowEditor(props: {
  /** 「設定する」 */
  onSet: () => void;
  /** the index of the row 修正 loaded back, if any */
  editing?: number;
  children: JSX.Element;
}) {
  return (
    <>
      <div
        class="row-form"
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !isImeEnter(e) && e.target instanceof HTMLInputElement) {
            e.preventDefault();
            props.onSet();
          }
        }}
      >
        {props.children}
      </div>
      <div class="actions start">
        <button type="button" class="btn" onClick={() => props.onSet()}>
          設定する
        </button>
        <Show when={props.editing !== undefined}>
          <span class="field-hint">申込情報の{(props.editing ?? 0) + 1}行目を修正しています。</span>
        </Show>
      </div>
    </>
  );
}
