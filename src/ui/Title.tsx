import { createEffect, onCleanup } from 'solid-js';

const APP_TITLE = 'NACCSサポートシステム';

/**
 * Sets document.title to "<text> | NACCSサポートシステム"; with `error`, the title
 * is prefixed with エラー： as the GOV.UK pattern does, for screen readers.
 */
export function Title(props: { text: string; error?: boolean }) {
  createEffect(() => {
    document.title = `${props.error ? 'エラー：' : ''}${props.text} | ${APP_TITLE}`;
  });
  onCleanup(() => {
    document.title = APP_TITLE;
  });
  return null;
}
