// The draft session of one open wizard: it holds the draft's state as a Solid
// store, saves it on every change (debounced, never while an IME is composing,
// at once on pagehide / a hidden tab), and notices when another tab saved the
// same draft: then it refuses to overwrite and offers to load the newer content.
import { createSignal, type Accessor } from 'solid-js';
import { createStore, produce, reconcile, unwrap, type SetStoreFunction } from 'solid-js/store';
import type { Draft } from '../domain/draft';
import type { DraftStore, FileInput, SaveResult } from '../store/drafts';

export const CONFLICT_MESSAGE = '別のタブ(ウィンドウ)でこの申込の入力内容が更新されました。';
export const GONE_MESSAGE = '別のタブ(ウィンドウ)でこの申込は登録されたか、破棄されました。';
export const SAVE_FAILED_MESSAGE =
  '入力内容を一時保存できませんでした。入力内容は画面に残っています。しばらくしてからもう一度操作してください。';

export interface DraftSession<S extends object> {
  /** the draft as last saved or loaded (id, rev, attachments) */
  draft: Accessor<Draft>;
  state: S;
  /** change the state; the change is saved shortly after */
  update(change: (state: S) => void): void;
  /** change the state without a save of its own (where the user is); saved with the next change or on pagehide */
  remember(change: (state: S) => void): void;
  /** save now (before leaving a step, on pagehide) */
  flush(): Promise<void>;
  /** set when another tab saved this draft: its content */
  conflict: Accessor<Draft | undefined>;
  /** set when the draft was filed or discarded in another tab */
  gone: Accessor<boolean>;
  saveError: Accessor<string | undefined>;
  /** true while a change waits to be saved or is being saved */
  pending: Accessor<boolean>;
  /** take the other tab's content and carry on from it */
  loadNewer(): void;
  /** attach files (stored with the draft in one transaction); returns a refusal if any */
  addFiles(files: FileInput[]): Promise<boolean>;
  removeFile(attachmentId: string): Promise<boolean>;
  /** stop saving and watching: the draft is about to be filed (its removal is expected) */
  finish(): Promise<void>;
  /** filing failed: save and watch again */
  reopen(): void;
  dispose(): void;
}

export interface SessionOptions {
  debounceMs?: number;
  /** where composition, pagehide and visibility events are heard (tests pass their own) */
  events?: { window: Window; document: Document };
}

export function createDraftSession<S extends object>(
  store: DraftStore,
  initial: Draft,
  options: SessionOptions = {},
): DraftSession<S> {
  const debounceMs = options.debounceMs ?? 400;
  const win = options.events?.window ?? window;
  const doc = options.events?.document ?? document;

  const [draft, setDraft] = createSignal<Draft>(initial);
  const [state, setState] = createStore<S>(structuredClone(initial.state) as S);
  const [conflict, setConflict] = createSignal<Draft | undefined>();
  const [gone, setGone] = createSignal(false);
  const [saveError, setSaveError] = createSignal<string | undefined>();
  const [pending, setPending] = createSignal(false);

  let baseRev = initial.rev;
  let writingRev: number | undefined;
  let dirty = false;
  let composing = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<unknown> | undefined;
  let finished = false;

  const blocked = () => finished || !!conflict() || gone();

  function schedule() {
    dirty = true;
    setPending(true);
    if (composing) return;
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), debounceMs);
  }

  function handle(result: SaveResult) {
    if (result.ok) {
      baseRev = result.draft.rev;
      setDraft(result.draft);
      setSaveError(undefined);
      return true;
    }
    if (result.reason === 'stale') setConflict(result.current);
    else setGone(true);
    return false;
  }

  /** One write at a time: wait for the one in flight, then run this one. */
  async function serial<T>(write: () => Promise<T>): Promise<T> {
    while (inFlight) await inFlight.catch(() => undefined);
    const p = write();
    inFlight = p;
    try {
      return await p;
    } finally {
      if (inFlight === p) inFlight = undefined;
    }
  }

  async function flush(): Promise<void> {
    clearTimeout(timer);
    await serial(async () => {
      if (!dirty || blocked()) return;
      dirty = false;
      writingRev = baseRev + 1;
      try {
        handle(await store.save(initial.id, baseRev, structuredClone(unwrap(state))));
      } catch {
        dirty = true;
        setSaveError(SAVE_FAILED_MESSAGE);
      } finally {
        writingRev = undefined;
        setPending(dirty && !blocked());
      }
    });
  }

  async function attachmentWrite(write: () => Promise<SaveResult>): Promise<boolean> {
    await flush();
    if (blocked()) return false;
    return serial(async () => {
      try {
        return handle(await write());
      } catch {
        setSaveError(SAVE_FAILED_MESSAGE);
        return false;
      }
    });
  }

  const watch = () =>
    store.watch(initial.id, (stored) => {
      if (finished) return;
      if (!stored) {
        setGone(true);
        return;
      }
      if (stored.rev <= baseRev || stored.rev === writingRev) return;
      setConflict(stored);
    });
  let unwatch = watch();

  const onCompositionStart = () => {
    composing = true;
    clearTimeout(timer);
  };
  const onCompositionEnd = () => {
    composing = false;
    if (dirty) schedule();
  };
  const onPageHide = () => void flush();
  const onVisibility = () => {
    if (doc.visibilityState === 'hidden') void flush();
  };
  doc.addEventListener('compositionstart', onCompositionStart, true);
  doc.addEventListener('compositionend', onCompositionEnd, true);
  win.addEventListener('pagehide', onPageHide);
  doc.addEventListener('visibilitychange', onVisibility);

  return {
    draft,
    state,
    update(change) {
      (setState as SetStoreFunction<S>)(produce(change));
      schedule();
    },
    remember(change) {
      (setState as SetStoreFunction<S>)(produce(change));
      dirty = true;
    },
    flush,
    conflict,
    gone,
    saveError,
    pending,
    loadNewer() {
      const newer = conflict();
      if (!newer) return;
      clearTimeout(timer);
      dirty = false;
      setPending(false);
      baseRev = newer.rev;
      setDraft(newer);
      setState(reconcile(structuredClone(newer.state) as S));
      setConflict(undefined);
    },
    addFiles: (files) => attachmentWrite(() => store.addAttachments(initial.id, baseRev, files)),
    removeFile: (id) => attachmentWrite(() => store.removeAttachment(initial.id, baseRev, id)),
    async finish() {
      await flush();
      finished = true;
      unwatch();
    },
    reopen() {
      if (!finished) return;
      finished = false;
      unwatch = watch();
    },
    dispose() {
      void flush();
      unwatch();
      doc.removeEventListener('compositionstart', onCompositionStart, true);
      doc.removeEventListener('compositionend', onCompositionEnd, true);
      win.removeEventListener('pagehide', onPageHide);
      doc.removeEventListener('visibilitychange', onVisibility);
    },
  };
}
