// A checkbox in a table row that adds its value to, or takes it from, a list kept
// in the draft as one value a line (付替's 「移動」, 共用's 論理端末).
import type { StepForm } from '../../wizard/form';
import { linesOf, type ContractChangeState } from './state';

export function ListCheckbox<K extends string>(props: { form: StepForm<ContractChangeState, K>; name: K; value: string; label: string }) {
  const values = () => linesOf(props.form.raw(props.name));
  return (
    <input
      type="checkbox"
      aria-label={props.label}
      checked={values().includes(props.value)}
      onChange={(e) => {
        const on = e.currentTarget.checked;
        const rest = values().filter((v) => v !== props.value);
        props.form.set(props.name, (on ? [...rest, props.value] : rest).join('\n'));
      }}
    />
  );
}
