import './form.css';
import { Show, type JSX } from 'solid-js';
import { FieldMessage } from './FieldMessage';

/**
 * What every labelled single field shows around its control: the label (with 必須),
 * then the message, then the control. The control itself carries
 * aria-invalid / aria-describedby (`describedIds`).
 */
export function Field(props: { id: string; label: string; labelHidden?: boolean; required?: boolean; error?: string; children: JSX.Element }) {
  return (
    <div class="field" classList={{ 'field-error': !!props.error }}>
      <label for={props.id} classList={{ 'visually-hidden': !!props.labelHidden, 'field-label': true }}>
        {props.label}
        <Show when={props.required}>
          <span class="required-mark">必須</span>
        </Show>
      </label>
      <FieldMessage fieldId={props.id} message={props.error} />
      {props.children}
    </div>
  );
}
