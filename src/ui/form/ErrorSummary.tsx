import './form.css';
import { createEffect, For, on, Show } from 'solid-js';
import { focusField } from './aria';

export interface FieldError {
  /** the id of the field the link jumps to */
  id: string;
  message: string;
}

const ERROR_SUMMARY_TITLE = '入力内容に誤りがあります。';

/**
 * The error summary at the top of a step: an alert that takes focus each time
 * the user submits with errors (`attempt` counts the tries), with a link to each field.
 * `onSelect` runs before focusing (e.g. to open the tab that holds the field).
 */
export function ErrorSummary(props: { errors: FieldError[]; attempt: number; onSelect?: (id: string) => void }) {
  let box: HTMLDivElement | undefined;
  createEffect(
    on(
      () => props.attempt,
      () => {
        if (props.errors.length) queueMicrotask(() => box?.focus());
      },
    ),
  );
  return (
    <Show when={props.errors.length > 0}>
      <div class="error-summary" role="alert" tabIndex={-1} ref={box} aria-labelledby="error-summary-title">
        <h2 id="error-summary-title" class="error-summary-title">
          {ERROR_SUMMARY_TITLE}
        </h2>
        <ul>
          <For each={props.errors}>
            {(error) => (
              <li>
                <a
                  href={`#${error.id}`}
                  onClick={(e) => {
                    e.preventDefault();
                    props.onSelect?.(error.id);
                    focusField(error.id);
                  }}
                >
                  {error.message}
                </a>
              </li>
            )}
          </For>
        </ul>
      </div>
    </Show>
  );
}
