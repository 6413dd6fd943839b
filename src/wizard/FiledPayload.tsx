// What a filed application said, for 申込内容確認's detail: its payload read with
// the flow's schema, or a plain note when it no longer has the current form.
import { Show, type Accessor, type JSX } from 'solid-js';
import * as v from 'valibot';

export function FiledPayload<T>(props: {
  schema: v.GenericSchema<unknown, T>;
  payload: unknown;
  children: (payload: Accessor<NonNullable<T>>) => JSX.Element;
}) {
  const parsed = () => {
    const result = v.safeParse(props.schema, props.payload);
    return result.success ? result.output : undefined;
  };
  return (
    <Show when={parsed()} fallback={<p class="notice-box">この申込の申込内容は、現在の形式で表示できません。</p>}>
      {(payload) => props.children(payload)}
    </Show>
  );
}
