/** A row's own small button: 選択, 修正 or 削除 (`danger`), named for the row it acts on. */
export interface RowAction {
  label: string;
  /** what a screen reader hears: 「1ANACを修正」 */
  name: string;
  onClick: () => void;
  danger?: boolean;
  id?: string;
}

/** A row's button in its table cell. */
export function RowButton(props: RowAction) {
  return (
    <td class="center">
      <button
        type="button"
        id={props.id}
        class="btn btn-small"
        classList={{ 'btn-danger': !!props.danger }}
        aria-label={props.name}
        onClick={() => props.onClick()}
      >
        {props.label}
      </button>
    </td>
  );
}
