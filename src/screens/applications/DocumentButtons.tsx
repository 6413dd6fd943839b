// The PDF buttons of an application (S2: 「承認通知を出力する」「申込書を出力する」):
// each disabled, with the reason beside it, until its document can be made.
import { createMemo, createSignal, For, Show } from 'solid-js';
import { clockToday } from '../../center/clock';
import type { Application } from '../../domain/application';
import { DOCUMENT_BUTTONS, documentAvailability, type DocumentKind } from '../../domain/documents';
import { findKind } from '../../kinds/registry';
import { makeDocument, PdfAssetsUnavailableError } from './make-document';

export const ASSETS_MESSAGE =
  'PDFの作成に必要なファイルを読み込めませんでした。オンラインの状態でもう一度お試しください。(一度オンラインで読み込むと、オフラインでも出力できます。)';
export const FAILED_MESSAGE = 'PDFを作成できませんでした。もう一度お試しください。';

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
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal('');
  const reasonId = () => `document-reason-${props.kind}`;
  const make = async () => {
    setBusy(true);
    setError('');
    try {
      await makeDocument(props.kind, props.application, today());
    } catch (err) {
      console.error('PDF', err);
      setError(err instanceof PdfAssetsUnavailableError ? ASSETS_MESSAGE : FAILED_MESSAGE);
    } finally {
      setBusy(false);
    }
  };
  const reason = () => {
    const a = availability();
    return a.ok ? '' : a.reason;
  };
  return (
    <div class="document-action">
      <button
        type="button"
        class="btn"
        disabled={!availability().ok || busy()}
        aria-describedby={reason() ? reasonId() : undefined}
        onClick={make}
      >
        {DOCUMENT_BUTTONS[props.kind]}
      </button>
      <Show when={busy()}>
        <span role="status" class="field-hint">
          PDFを作成しています…
        </span>
      </Show>
      <Show when={reason()}>
        <span id={reasonId()} class="field-hint">
          {reason()}
        </span>
      </Show>
      <Show when={error()}>
        <p role="alert" class="error-text">
          {error()}
        </p>
      </Show>
    </div>
  );
}
