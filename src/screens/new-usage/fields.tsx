// A single checkbox of the NACCS利用申込 tabs, wired like the kit's TextInput
// (message, aria-invalid / aria-describedby); selects are the kit's SelectInput.
import { describedIds } from '../../ui/form/aria';
import { FieldMessage } from '../../ui/form/FieldMessage';

export interface Bound {
  id: string;
  value: string;
  onValue: (text: string) => void;
  error?: string;
}

export function CheckField(props: Bound & { label: string }) {
  return (
    <div class="field checkbox" classList={{ 'field-error': !!props.error }}>
      <FieldMessage fieldId={props.id} message={props.error} />
      <input
        type="checkbox"
        id={props.id}
        checked={props.value === '1'}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedIds(props.id, props)}
        onChange={(e) => props.onValue(e.currentTarget.checked ? '1' : '')}
      />
      <label for={props.id}>{props.label}</label>
    </div>
  );
}
