import './form.css';
import { Field } from './Field';
import { Show, type JSX } from 'solid-js';
import { describedIds } from './aria';

export interface TextInputProps {
  id: string;
  /** the visible label; with `labelHidden` only screen readers hear it */
  label: string;
  labelHidden?: boolean;
  /** the format hint without brackets: 全角, 全角カナ, 半角英数字, 半角数字8桁 */
  hint?: string;
  /** shown as 「例) …」 */
  example?: string;
  /** a note under the field, e.g. the hyphen rule */
  note?: JSX.Element;
  error?: string;
  value: string;
  onValue: (text: string) => void;
  required?: boolean;
  width?: 'xs' | 's' | 'm' | 'l' | 'xl';
  type?: 'text' | 'email' | 'tel' | 'password';
  inputMode?: 'text' | 'numeric' | 'email' | 'tel';
  autocomplete?: string;
}

/**
 * A labelled text field: hint, 例), message and input wired with
 * aria-describedby / aria-invalid. What was typed stays, valid or not.
 */
export function TextInput(props: TextInputProps) {
  return (
    <Field id={props.id} label={props.label} labelHidden={props.labelHidden} required={props.required} error={props.error}>
      <span class="field-control">
        <input
          id={props.id}
          name={props.id}
          type={props.type ?? 'text'}
          class={`input input-${props.width ?? 'm'}`}
          value={props.value}
          inputMode={props.inputMode}
          autocomplete={props.autocomplete ?? 'off'}
          aria-invalid={props.error ? 'true' : undefined}
          aria-describedby={describedIds(props.id, props)}
          onInput={(e) => props.onValue(e.currentTarget.value)}
        />
        <Show when={props.hint}>
          <span class="field-hint" id={`${props.id}-hint`}>
            ({props.hint})
          </span>
        </Show>
      </span>
      <Show when={props.example}>
        <span class="field-example" id={`${props.id}-example`}>
          例) {props.example}
        </span>
      </Show>
      <Show when={props.note}>
        <span class="field-note" id={`${props.id}-note`}>
          {props.note}
        </span>
      </Show>
    </Field>
  );
}
