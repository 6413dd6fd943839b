// The PDF buttons of an application (S2: 「承認通知を出力する」「申込書を出力する」):
// each disabled, with the reason beside it, until its document can be made.
import { createMemo, For, Show } from 'solid-js';
import { clockToday } from '../../center/clock';
import type { Application } from '../../domain/application';
import { DOCUMENT_BUTTONS, documentAvailability, type DocumentKind } from '../../domain/documents';
import { findKind } from '../../kinds/registry';
import { makeDocument } from './make-document';
import { createPdfAction, PdfActionStatus } from './pdf-action';

/** The detail's document buttons for the kinds that have them. */
export function DocumentButtons(props: { application: Application }) {
  const kinds = () => findKind(props.application.kind)?.documents?.offered(props.application) ?? [];
  return (
    <Show when={kinds().length > 0}>
      <div class="actions start document-actions">
        <For each={kinds()}>{(kind) => <DocumentButton kind={kind} application={props.application} />}</For>
      </div>
    </Show>
  );
}

export function DocumentButton(props: { kind: DocumentKind; application: Application }) {
  const today = createMemo(clockToday);
  const availability = () => documentAvailability(props.kind, props.application, today());
  const pdf = createPdfAction(() => makeDocument(props.kind, props.application, today()));
  const reasonId = () => `document-reason-${props.kind}`;
  const reason = () => {
    const a = availability();
    return a.ok ? '' : a.reason;
  };
  return (
    <div class="document-action">
      <button
        type="button"
        class="btn"
        disabled={!availability().ok || pdf.busy()}
        aria-describedby={reason() ? reasonId() : undefined}
        onClick={pdf.run}
      >
        {DOCUMENT_BUTTONS[props.kind]}
      </button>
      <Show when={reason()}>
        <span id={reasonId()} class="field-hint">
          {reason()}
        </span>
      </Show>
      <PdfActionStatus action={pdf} />
    </div>
  );
}
