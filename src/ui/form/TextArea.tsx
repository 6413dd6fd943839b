import './form.css';
import { FieldMessage } from './FieldMessage';
import { charCount } from '../../domain/validation/chars';
import { describedIds } from './aria';

/** A multi-line field with its limit 「(240文字以内)」 and the characters typed so far. */
export function TextArea(props: {
  id: string;
  label: string;
  maxChars: number;
  error?: string;
  value: string;
  onValue: (text: string) => void;
  rows?: number;
  placeholder?: string;
}) {
  const count = () => charCount(props.value);
  return (
    <div class="field" classList={{ 'field-error': !!props.error }}>
      <label for={props.id} class="field-label">
        {props.label}
      </label>
      <FieldMessage fieldId={props.id} message={props.error} />
      <textarea
        id={props.id}
        name={props.id}
        class="input input-xl"
        rows={props.rows ?? 4}
        placeholder={props.placeholder}
        value={props.value}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedIds(props.id, { ...props, hint: true })}
        onInput={(e) => props.onValue(e.currentTarget.value)}
      />
      <span class="field-hint" id={`${props.id}-hint`}>
        ({props.maxChars}文字以内) <span classList={{ over: count() > props.maxChars }}>現在{count()}文字</span>
      </span>
    </div>
  );
}
