import './form.css';
import { FieldMessage } from './FieldMessage';
import { For, Show, type JSX } from 'solid-js';
import { describedIds } from './aria';

export interface RadioOption {
  value: string;
  label: string;
  /** shown after the label, e.g. 「2026/11/27(金)に反映予定」 */
  detail?: JSX.Element;
  /** shown but not selectable (the detail says why) */
  disabled?: boolean;
}

/** A fieldset of radio buttons; the error summary links to the group (`id`), which focuses the first one. */
export function RadioGroup(props: {
  id: string;
  legend: string;
  options: RadioOption[];
  value: string;
  onValue: (value: string) => void;
  error?: string;
}) {
  return (
    <fieldset
      id={props.id}
      class="field radio-group"
      classList={{ 'field-error': !!props.error }}
      aria-describedby={describedIds(props.id, props)}
    >
      <legend class="field-label">{props.legend}</legend>
      <FieldMessage fieldId={props.id} message={props.error} />
      <For each={props.options}>
        {(option, i) => (
          <div class="radio">
            <input
              type="radio"
              id={`${props.id}-${i()}`}
              name={props.id}
              value={option.value}
              checked={props.value === option.value}
              disabled={option.disabled}
              aria-invalid={props.error ? 'true' : undefined}
              aria-describedby={option.detail ? `${props.id}-${i()}-detail` : undefined}
              onChange={() => props.onValue(option.value)}
            />
            <label for={`${props.id}-${i()}`}>{option.label}</label>
            <Show when={option.detail}>
              <span class="radio-detail" id={`${props.id}-${i()}-detail`}>{option.detail}</span>
            </Show>
          </div>
        )}
      </For>
    </fieldset>
  );
}
