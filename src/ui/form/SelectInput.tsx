import { For } from 'solid-js';
import { describedIds } from './aria';
import { Field } from './Field';

export interface SelectInputProps {
  id: string;
  label: string;
  labelHidden?: boolean;
  /** the choices, shown as written; 「選択してください」 comes first with the value '' */
  options: readonly string[];
  value: string;
  onValue: (text: string) => void;
  error?: string;
  required?: boolean;
  width?: 'xs' | 's' | 'm' | 'l' | 'xl';
}

/** A labelled select wired like TextInput: label, message, aria-invalid / aria-describedby. */
export function SelectInput(props: SelectInputProps) {
  return (
    <Field id={props.id} label={props.label} labelHidden={props.labelHidden} required={props.required} error={props.error}>
      <span class="field-control">
        <select
          id={props.id}
          name={props.id}
          class={`input input-${props.width ?? 'm'}`}
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
    </Field>
  );
}
