// The wizard shell: finds the draft named in the URL (?draft=<id>), keeps one
// draft session for all the steps below it, and lets each step guard itself:
// a step that may not be visited yet leads to the first incomplete one.
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
import { currentOfficeCode } from '../store/session';
import { resolveVisit, stepOf, stepUrl, type Journey } from './journey';
import { createDraftSession, type DraftSession } from './session';

export interface WizardContextValue<S extends object, Id extends string> {
  journey: Journey<S, Id>;
  session: DraftSession<S>;
  officeCode: string;
  /** the URL of a step of this draft */
  url(id: Id, params?: Record<string, string>, query?: Record<string, string>): string;
  /** go to a step of this draft (replace: no new history entry) */
  go(id: Id, params?: Record<string, string>, options?: { replace?: boolean; query?: Record<string, string> }): void;
  /** a step's 次へ: keep its validated answer, save the draft now (not after the debounce) and go to `next` */
  proceed(next: Id, keep: (state: S) => void): void;
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
  id: Id,
  params: Record<string, string> = {},
  query: Record<string, string> = {},
): string {
  const search = new URLSearchParams({ ...query, draft: draftId });
  return `${stepUrl(journey, id, params)}?${search.toString()}`;
}

export interface WizardShellProps<S extends object, Id extends string> {
  journey: Journey<S, Id>;
  kind: ApplicationKind;
  children?: JSX.Element;
}

/** Holds the draft session of the steps below it (a layout route). */
export function WizardShell<S extends object, Id extends string>(props: WizardShellProps<S, Id>) {
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const draftId = () => (typeof search.draft === 'string' ? search.draft : undefined);

  const [draft] = createResource(
    () => {
      const officeCode = currentOfficeCode();
      return officeCode ? { officeCode, id: draftId() ?? '' } : undefined;
    },
    async ({ officeCode, id }): Promise<Draft | null> => {
      const found = id ? await dexieDraftStore.get(id) : (await dexieDraftStore.listOpen(officeCode, props.kind)).find((d) => !d.amends);
      return found && found.officeCode === officeCode && found.kind === props.kind ? found : null;
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
  const url: WizardContextValue<S, Id>['url'] = (id, params, query) =>
    draftStepUrl(props.journey, props.draft.id, id, params, query);
  const go: WizardContextValue<S, Id>['go'] = (id, params, options) =>
    navigate(url(id, params, options?.query), { replace: options?.replace });
  const value: WizardContextValue<S, Id> = {
    journey: props.journey,
    session,
    officeCode: props.draft.officeCode,
    url,
    go,
    proceed(next, keep) {
      session.update(keep);
      void session.flush();
      go(next);
    },
  };
  return (
    <WizardContext.Provider value={value as unknown as WizardContextValue<object, string>}>
      {props.children}
    </WizardContext.Provider>
  );
}

/**
 * Called by each step: while the step may not be visited with the answers so far,
 * the user is led (replacing history) to the first incomplete step instead.
 */
export function useStepGuard<S extends object, Id extends string>(stepId: Id, params?: () => Record<string, string>) {
  const wizard = useWizard<S, Id>();
  const location = useLocation();
  createEffect(() => {
    const target = resolveVisit(wizard.journey, stepId, wizard.session.state);
    if (target !== stepId) wizard.go(target, {}, { replace: true });
  });
  createEffect(() => {
    location.pathname;
    const p = params?.();
    untrack(() =>
      wizard.session.remember((s) => {
        const state = s as unknown as { lastStep?: string; lastParams?: Record<string, string> };
        if (state.lastStep === stepId && JSON.stringify(state.lastParams ?? {}) === JSON.stringify(p ?? {})) return;
        state.lastStep = stepId;
        state.lastParams = p ?? {};
      }),
    );
  });
  return stepOf(wizard.journey, stepId);
}
