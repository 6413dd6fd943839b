import './form.css';
import { FieldMessage } from './FieldMessage';
import { For, Show } from 'solid-js';
import { describedIds } from './aria';

/** A fieldset of checkboxes (e.g. 業種); the error summary links to the group (`id`), which focuses the first one. */
export function CheckboxGroup(props: {
  id: string;
  legend: string;
  options: readonly string[];
  values: readonly string[];
  onValues: (values: string[]) => void;
  error?: string;
  hint?: string;
}) {
  const toggle = (option: string, on: boolean) =>
    props.onValues(on ? props.options.filter((o) => o === option || props.values.includes(o)) : props.values.filter((v) => v !== option));
  return (
    <fieldset
      id={props.id}
      class="field checkbox-group"
      classList={{ 'field-error': !!props.error }}
      aria-describedby={describedIds(props.id, props)}
    >
      <legend class="field-label">{props.legend}</legend>
      <Show when={props.hint}>
        <p class="field-hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      </Show>
      <FieldMessage fieldId={props.id} message={props.error} />
      <div class="checkbox-grid">
        <For each={props.options}>
          {(option, i) => (
            <div class="checkbox">
              <input
                type="checkbox"
                id={`${props.id}-${i()}`}
                checked={props.values.includes(option)}
                aria-invalid={props.error ? 'true' : undefined}
                onChange={(e) => toggle(option, e.currentTarget.checked)}
              />
              <label for={`${props.id}-${i()}`}>{option}</label>
            </div>
          )}
        </For>
      </div>
    </fieldset>
  );
}
