// The draft session of one open wizard: it holds the draft's state as a Solid
// store, saves it on every change (debounced, never while an IME is composing,
// at once on pagehide / a hidden tab), and notices when another tab saved the
// same draft: then it refuses to overwrite and offers to load the newer content.
// Unsaved changes are also kept in the tab's sessionStorage at once (backup.ts),
// so a reload that ends the page before the save commits loses nothing.
import { createSignal, type Accessor } from 'solid-js';
import { createStore, produce, reconcile, unwrap, type SetStoreFunction } from 'solid-js/store';
import type { Draft } from '../domain/draft';
import type { DraftStore, FileInput, SaveResult } from '../store/drafts';
import { now as trainingNow } from '../center/clock';
import { backupSlot, recoveryOf, tabStorage, type BackupStorage } from './backup';

export const CONFLICT_MESSAGE = '別のタブ(ウィンドウ)でこの申込の入力内容が更新されました。';
export const GONE_MESSAGE = '別のタブ(ウィンドウ)でこの申込は登録されたか、破棄されました。';
const SAVE_FAILED_MESSAGE =
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
  /** look at the stored draft now (not waiting for the cross-tab notice): filed elsewhere, or saved by another tab */
  refresh(): Promise<void>;
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
  /** where unsaved changes are backed up at once; the tab's sessionStorage by default, null for none */
  backup?: BackupStorage | null;
  /** the training clock, whose time each save records on the draft (`savedAt`) */
  now?: () => number;
}

export function createDraftSession<S extends object>(
  store: DraftStore,
  initial: Draft,
  options: SessionOptions = {},
): DraftSession<S> {
  const debounceMs = options.debounceMs ?? 400;
  const now = options.now ?? trainingNow;
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
  // update() counts edits; `savedEdits` is the count the last successful save held
  let edits = 0;
  let savedEdits = 0;
  const backup = backupSlot(options.backup === undefined ? tabStorage() : (options.backup ?? undefined), initial.id);

  const blocked = () => finished || !!conflict() || gone();

  function schedule() {
    dirty = true;
    setPending(true);
    if (composing) return;
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), debounceMs);
  }

  /** Keep the backup while edits are unsaved, based on the revision they will be saved on. */
  function syncBackup() {
    if (edits > savedEdits) backup.write(baseRev, unwrap(state));
    else backup.clear();
  }

  function handle(result: SaveResult) {
    if (result.ok) {
      baseRev = result.draft.rev;
      setDraft(result.draft);
      setSaveError(undefined);
      syncBackup();
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
      const including = edits;
      try {
        const result = await store.save(initial.id, baseRev, structuredClone(unwrap(state)), now());
        if (result.ok) savedEdits = including;
        handle(result);
      } catch {
        dirty = true;
        setSaveError(SAVE_FAILED_MESSAGE);
      } finally {
        writingRev = undefined;
        // a remembered position alone (dirty, no edit) rides on the next save: nothing is pending
        setPending(edits > savedEdits && !blocked());
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
  // the page may end before the save commits: the backup (with where the user was) is written first
  const leave = () => {
    syncBackup();
    void flush();
  };
  const onPageHide = leave;
  const onVisibility = () => {
    if (doc.visibilityState === 'hidden') leave();
  };
  doc.addEventListener('compositionstart', onCompositionStart, true);
  doc.addEventListener('compositionend', onCompositionEnd, true);
  win.addEventListener('pagehide', onPageHide);
  doc.addEventListener('visibilitychange', onVisibility);

  recover();

  /** A backup left by this tab (a reload before the save committed): save it, or show it beside the newer content. */
  function recover() {
    const found = backup.read();
    const recovery = recoveryOf(found, initial);
    if (!found || recovery === 'none') {
      backup.clear();
      return;
    }
    setState(reconcile(structuredClone(found.state) as S));
    edits += 1;
    if (recovery === 'conflict') {
      dirty = true;
      setConflict(initial);
      return;
    }
    schedule();
    void flush();
  }

  return {
    draft,
    state,
    update(change) {
      (setState as SetStoreFunction<S>)(produce(change));
      edits += 1;
      syncBackup();
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
      savedEdits = edits;
      backup.clear();
      baseRev = newer.rev;
      setDraft(newer);
      setState(reconcile(structuredClone(newer.state) as S));
      setConflict(undefined);
    },
    async refresh() {
      const stored = await store.get(initial.id);
      if (!stored) setGone(true);
      else if (stored.rev > baseRev) setConflict(stored);
    },
    addFiles: (files) => attachmentWrite(() => store.addAttachments(initial.id, baseRev, files, now())),
    removeFile: (id) => attachmentWrite(() => store.removeAttachment(initial.id, baseRev, id, now())),
    async finish() {
      await flush();
      finished = true;
      backup.clear();
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
