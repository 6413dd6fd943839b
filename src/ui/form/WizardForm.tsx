import './form.css';
import type { ParentProps } from 'solid-js';
import { isImeEnter } from './aria';

/**
 * A step's form. Enter that confirms an IME conversion never submits; validation
 * runs on submit (次へ), not while typing. noValidate: our messages, not the browser's.
 */
export function WizardForm(props: ParentProps<{ onSubmit: () => void; id?: string }>) {
  return (
    <form
      id={props.id}
      class="wizard-form"
      noValidate
      onKeyDown={(e) => {
        if (isImeEnter(e)) e.preventDefault();
      }}
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
    >
      {props.children}
    </form>
  );
}
