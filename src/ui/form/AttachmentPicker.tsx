import './form.css';
import { FieldMessage } from './FieldMessage';
import { For, Show } from 'solid-js';
import type { AttachmentRef } from '../../domain/application';
import { ATTACHMENT_LIMITS, formatFileSize } from '../../domain/validation/attachments';
import { describedIds } from './aria';

/** 添付ファイル: choose files, see each name and size, remove one; limits said up front. */
export function AttachmentPicker(props: {
  id: string;
  label?: string;
  files: readonly AttachmentRef[];
  onAdd: (files: File[]) => void;
  onRemove: (id: string) => void;
  error?: string;
  busy?: boolean;
}) {
  const L = ATTACHMENT_LIMITS;
  return (
    <div class="field attachment-picker" classList={{ 'field-error': !!props.error }}>
      <label for={props.id} class="field-label">
        {props.label ?? '添付ファイル'}
      </label>
      <FieldMessage fieldId={props.id} message={props.error} alert />
      <input
        type="file"
        id={props.id}
        multiple
        disabled={props.busy}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedIds(props.id, { error: props.error, hint: true })}
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          e.currentTarget.value = '';
          if (files.length) props.onAdd(files);
        }}
      />
      <p class="field-hint" id={`${props.id}-hint`}>
        1ファイル{formatFileSize(L.maxFileBytes)}まで、1つの申込につき{L.maxFiles}ファイル・合計
        {formatFileSize(L.maxTotalBytes)}まで添付できます。
      </p>
      <Show when={props.files.length > 0}>
        <ul class="attachment-list" aria-label="添付済みのファイル">
          <For each={props.files}>
            {(file) => (
              <li>
                <span class="attachment-name">{file.name}</span> <span class="attachment-size">{formatFileSize(file.size)}</span>{' '}
                <button
                  type="button"
                  class="btn btn-secondary btn-small"
                  aria-label={`${file.name}を削除`}
                  onClick={() => props.onRemove(file.id)}
                >
                  削除
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}
