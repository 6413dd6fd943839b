// Small field parts of the NACCS利用申込 tabs: a select and a single checkbox, wired
// like the kit's TextInput (label, message, aria-invalid / aria-describedby).
import { For, Show } from 'solid-js';
import { describedIds } from '../../ui/form/aria';
import { FieldMessage } from '../../ui/form/FieldMessage';

export interface Bound {
  id: string;
  value: string;
  onValue: (text: string) => void;
  error?: string;
}

export function SelectField(props: Bound & { label: string; options: readonly string[]; required?: boolean; hint?: string }) {
  return (
    <div class="field" classList={{ 'field-error': !!props.error }}>
      <label for={props.id} class="field-label">
        {props.label}
        <Show when={props.required}>
          <span class="required-mark">必須</span>
        </Show>
      </label>
      <FieldMessage fieldId={props.id} message={props.error} />
      <span class="field-control">
        <select
          id={props.id}
          name={props.id}
          class="input input-m"
          aria-invalid={props.error ? 'true' : undefined}
          aria-describedby={describedIds(props.id, props)}
          onChange={(e) => props.onValue(e.currentTarget.value)}
        >
          <option value="" selected={props.value === ''}>
            選択してください
          </option>
          <For each={props.options}>
            {(o) => (
              <option value={o} selected={props.value === o}>
                {o}
              </option>
            )}
          </For>
        </select>
      </span>
    </div>
  );
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
