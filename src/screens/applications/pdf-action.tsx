// Making a PDF from a button (an application's documents, a bill's 請求書): while it is
// made the button waits and a status says so; a failure says what to do, the font and
// PDF code missing offline apart from any other failure.
import { createSignal, Show } from 'solid-js';
import { PdfAssetsUnavailableError } from './make-document';

export const ASSETS_MESSAGE =
  'PDFの作成に必要なファイルを読み込めませんでした。オンラインの状態でもう一度お試しください。(一度オンラインで読み込むと、オフラインでも出力できます。)';
export const FAILED_MESSAGE = 'PDFを作成できませんでした。もう一度お試しください。';

/** `run` makes the PDF with `make`; `busy` while it does, `error` when it failed. */
export function createPdfAction(make: () => Promise<void>) {
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal('');
  const run = async () => {
    setBusy(true);
    setError('');
    try {
      await make();
    } catch (err) {
      console.error('PDF', err);
      setError(err instanceof PdfAssetsUnavailableError ? ASSETS_MESSAGE : FAILED_MESSAGE);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}

/** What a PDF button says beside it: 「PDFを作成しています…」, or why it failed. */
export function PdfActionStatus(props: { action: ReturnType<typeof createPdfAction> }) {
  return (
    <>
      <Show when={props.action.busy()}>
        <span role="status" class="field-hint">
          PDFを作成しています…
        </span>
      </Show>
      <Show when={props.action.error()}>
        <p role="alert" class="error-text">
          {props.action.error()}
        </p>
      </Show>
    </>
  );
}
