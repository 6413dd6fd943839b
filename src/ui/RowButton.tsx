/** A row's own small button in a table cell: 選択, 修正 or 削除 (`danger`), named for the row it acts on. */
export function RowButton(props: { label: string; name: string; onClick: () => void; danger?: boolean; id?: string }) {
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
