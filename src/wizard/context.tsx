// The wizard shell: finds the draft named in the URL (?draft=<id>), keeps one
// draft session for all the steps below it, and gives each step its handle
// (useStep): 次へ and 戻る ask the journey, and a step that may not be visited yet
// leads to the first incomplete one.
import { useLocation, useNavigate, useSearchParams } from '@solidjs/router';
import {
  createContext,
  createEffect,
  createResource,
  onCleanup,
  Show,
  untrack,
  useContext,
  type JSX,
} from 'solid-js';
import type { ApplicationKind } from '../domain/application';
import type { Draft } from '../domain/draft';
import { dexieDraftStore } from '../store/drafts';
import { currentOwner } from '../store/session';
import {
  nextOf,
  previousOf,
  resolveVisit,
  sameRef,
  stepOf,
  stepUrl,
  type Journey,
  type Params,
  type StepDef,
  type StepRef,
} from './journey';
import { createDraftSession, type DraftSession } from './session';
import { logStepVisit } from './training-log';

/** What every wizard's draft state holds besides its own answers. */
export interface WizardState<Id extends string = string> {
  /** every field's text as typed (valid or not), keyed by field id */
  raw: Record<string, string>;
  /** where the user was, for 続きから */
  lastStep?: Id;
  lastParams?: Record<string, string>;
}

export interface WizardContextValue<S extends object, Id extends string> {
  journey: Journey<S, Id>;
  session: DraftSession<S>;
  /** who owns the draft: the office's 事業所コード, or a provisional 新規申込 account */
  owner: string;
  /** the URL of a step of this draft */
  url(ref: StepRef<Id>, query?: Record<string, string>): string;
  /** go to a step of this draft (replace: no new history entry) */
  go(ref: StepRef<Id>, options?: { replace?: boolean; query?: Record<string, string> }): void;
}

const WizardContext = createContext<WizardContextValue<object, string>>();

export function useWizard<S extends object, Id extends string>(): WizardContextValue<S, Id> {
  const ctx = useContext(WizardContext);
  if (!ctx) throw new Error('useWizard outside a WizardShell');
  return ctx as unknown as WizardContextValue<S, Id>;
}

/** The URL of a step of a given draft. */
export function draftStepUrl<S, Id extends string>(
  journey: Journey<S, Id>,
  draftId: string,
  ref: StepRef<Id>,
  query: Record<string, string> = {},
): string {
  const search = new URLSearchParams({ ...query, draft: draftId });
  return `${stepUrl(journey, ref)}?${search.toString()}`;
}

export interface WizardShellProps<S extends object, Id extends string> {
  journey: Journey<S, Id>;
  kind: ApplicationKind;
  /** whose drafts this shell opens; the logged-in office (or provisional account) by default */
  owner?: () => string | undefined;
  children?: JSX.Element;
}

/** Holds the draft session of the steps below it (a layout route). */
export function WizardShell<S extends object, Id extends string>(props: WizardShellProps<S, Id>) {
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const draftId = () => (typeof search.draft === 'string' ? search.draft : undefined);
  const owner = () => (props.owner ?? currentOwner)();

  const [draft] = createResource(
    () => {
      const o = owner();
      return o ? { owner: o, id: draftId() ?? '' } : undefined;
    },
    async ({ owner, id }): Promise<Draft | null> => {
      const found = id ? await dexieDraftStore.get(id) : (await dexieDraftStore.listOpen(owner, props.kind)).find((d) => !d.amends);
      return found && found.officeCode === owner && found.kind === props.kind ? found : null;
    },
  );

  createEffect(() => {
    if (draft() === null) navigate(props.journey.basePath, { replace: true });
  });

  return (
    <Show when={draft()} keyed>
      {(loaded) => <SessionProvider {...props} draft={loaded} />}
    </Show>
  );
}

function SessionProvider<S extends object, Id extends string>(
  props: WizardShellProps<S, Id> & { draft: Draft },
) {
  const navigate = useNavigate();
  const session = untrack(() => createDraftSession<S>(dexieDraftStore, props.draft));
  onCleanup(() => session.dispose());
  const url: WizardContextValue<S, Id>['url'] = (ref, query) => draftStepUrl(props.journey, props.draft.id, ref, query);
  const value: WizardContextValue<S, Id> = {
    journey: props.journey,
    session,
    owner: props.draft.officeCode,
    url,
    go: (ref, options) => navigate(url(ref, options?.query), { replace: options?.replace }),
  };
  return (
    <WizardContext.Provider value={value as unknown as WizardContextValue<object, string>}>
      {props.children}
    </WizardContext.Provider>
  );
}

/** What a step's screen does with the journey. */
export interface StepHandle<S extends object, Id extends string> {
  def: StepDef<S, Id>;
  ref(): StepRef<Id>;
  /** 次へ: keep the step's validated answer, save the draft now (not after the debounce) and go where the journey says */
  proceed(keep?: (state: S) => void): void;
  /** 戻る / 「…に戻る」: the step before on the path (from a detail, its list) */
  back(): void;
  /** open another step of this draft by name: a list's 選択 / 修正 opening its detail */
  open(ref: StepRef<Id>): void;
}

/**
 * Called by each step: while the step may not be visited with the answers so far,
 * the user is led (replacing history) to the first incomplete step instead; where
 * the user is rides on the next save for 続きから.
 */
export function useStep<S extends object, Id extends string>(id: Id, params?: () => Params): StepHandle<S, Id> {
  const wizard = useWizard<S, Id>();
  const location = useLocation();
  const ref = (): StepRef<Id> => ({ id, params: params?.() ?? {} });
  createEffect(() => {
    const here = ref();
    const target = resolveVisit(wizard.journey, here, wizard.session.state);
    if (!sameRef(target, here)) wizard.go(target, { replace: true });
  });
  createEffect(() => {
    location.pathname;
    const here = ref();
    untrack(logStepVisit);
    untrack(() =>
      wizard.session.remember((s) => {
        const state = s as unknown as WizardState;
        if (state.lastStep === id && JSON.stringify(state.lastParams ?? {}) === JSON.stringify(here.params)) return;
        state.lastStep = id;
        state.lastParams = { ...here.params };
      }),
    );
  });
  const goTo = (target: StepRef<Id> | undefined) => {
    if (target) wizard.go(target);
  };
  return {
    def: stepOf(wizard.journey, id),
    ref,
    proceed(keep) {
      if (keep) wizard.session.update(keep);
      void wizard.session.flush();
      goTo(nextOf(wizard.journey, ref(), wizard.session.state));
    },
    back() {
      goTo(previousOf(wizard.journey, ref(), wizard.session.state));
    },
    open: (target) => wizard.go(target),
  };
}
