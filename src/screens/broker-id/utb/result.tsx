// How the terminal answers a request: the 処理結果コード of a normal end, and the
// line that says why a request was refused.
import { Show } from 'solid-js';
import type { UtbError } from '../../../domain/broker-id/utb';

export const NORMAL_END = '処理結果コード：00000-0000-0000 正常に終了しました。';

/** 「S0007 入力された利用者IDは…」: the message with its code, if it has one. */
export const errorText = (e: UtbError) => `${e.code ? `${e.code} ` : ''}${e.message}`;

/** A refused logon or 照会, announced at once. */
export function ErrorLine(props: { message: string | undefined }) {
  return (
    <Show when={props.message}>
      <p class="utb-result error" role="alert">
        {props.message}
      </p>
    </Show>
  );
}
