import './form.css';
import { Show } from 'solid-js';

/** A field's message in Japanese, with エラー： for screen readers; id `${fieldId}-error`. */
export function FieldMessage(props: { fieldId: string; message?: string; alert?: boolean }) {
  return (
    <Show when={props.message}>
      <p class="field-message" id={`${props.fieldId}-error`} role={props.alert ? 'alert' : undefined}>
        <span class="visually-hidden">エラー：</span>
        {props.message}
      </p>
    </Show>
  );
}
