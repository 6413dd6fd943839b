// The tab bar of a tabbed form, bound to its checks (wizard/tabs.ts): leaving a
// tab checks it, a tab with an error is marked, and the step's error summary lists
// the errors of every tab checked so far; a link opens the tab holding its field.
import { useSearchParams } from '@solidjs/router';
import { createEffect, createSignal, onMount, type JSX } from 'solid-js';
import { focusField } from '../ui/form/aria';
import { Tabs } from '../ui/Tabs';
import { useWizard } from './context';
import type { StepRef } from './journey';
import { createStepErrors } from './step-errors';
import { markedLabel, shownTabs, tabErrors, type TabDef } from './tabs';

export function createTabbedForm<S, C, T extends string>(options: {
  tabs: readonly TabDef<S, C, T>[];
  state: () => S;
  /** what the checks need besides the state (the code being set); no tabs while it is loading */
  ctx: () => C | undefined;
  selected: () => T;
  select: (tab: T) => void;
}) {
  const errors = createStepErrors();
  const [checked, setChecked] = createSignal<ReadonlySet<T>>(new Set());
  const shown = () => {
    const ctx = options.ctx();
    return ctx === undefined ? [] : shownTabs(options.tabs, options.state(), ctx);
  };
  const errorsOf = (only?: ReadonlySet<T>) => {
    const ctx = options.ctx();
    return ctx === undefined ? [] : tabErrors(options.tabs, options.state(), ctx, only);
  };

  /**
   * Check the tabs (adding them to the ones checked so far) and show the errors of
   * every checked tab; the summary takes focus only when the user confirms.
   */
  function check(keys: readonly T[], confirming: boolean): boolean {
    const now = new Set([...checked(), ...keys]);
    setChecked(now);
    const found = errorsOf(now).map(({ id, message }) => ({ id, message }));
    if (confirming && found.length) errors.fail(found);
    else errors.show(found);
    return found.length === 0;
  }

  const tabOfField = (id: string) => errorsOf().find((e) => e.id === id)?.tab;

  return {
    errors,
    shown,
    /** 「この内容で設定する」 / 確認へ進む: every shown tab checked; true when all are valid */
    checkAll: () => check(shown().map((t) => t.key), true),
    /** open another tab, checking the one left */
    open(tab: T) {
      const left = options.selected();
      if (left !== tab) check([left], false);
      options.select(tab);
    },
    /** a summary link: open the tab that holds the field */
    reveal(id: string) {
      const tab = tabOfField(id);
      if (tab && tab !== options.selected()) options.select(tab);
    },
    label: (tab: TabDef<S, C, T>) => markedLabel(tab.label, errors.errors().some((e) => tabOfField(e.id) === tab.key)),
  };
}

export type TabbedForm<S, C, T extends string> = ReturnType<typeof createTabbedForm<S, C, T>>;

/** The tab bar and the selected tab's panel. */
export function TabbedFormTabs<S, C, T extends string>(props: {
  form: TabbedForm<S, C, T>;
  /** what the tab list is, for screen readers: 「設定項目」 */
  label: string;
  idPrefix: string;
  selected: T;
  children: JSX.Element;
}) {
  return (
    <Tabs
      label={props.label}
      idPrefix={props.idPrefix}
      tabs={props.form.shown().map((t) => ({ key: t.key, label: props.form.label(t) }))}
      selected={props.selected}
      onSelect={(key) => props.form.open(key)}
    >
      {props.children}
    </Tabs>
  );
}

/** The selected tab, kept in the URL (?tab=) so that reload and back keep it; the first tab has none. */
export function useTabParam<T extends string>(keys: readonly T[]): [() => T, (tab: T) => void] {
  const [search, setSearch] = useSearchParams();
  const selected = () => (keys.includes(search.tab as T) ? (search.tab as T) : keys[0]);
  const select = (tab: T) => setSearch({ tab: tab === keys[0] ? undefined : tab, focus: undefined }, { replace: true });
  return [selected, select];
}

/**
 * On arrival from the confirmation's error summary (?focus=<field id>), the field
 * the link named gets the focus once its tab is drawn.
 */
export function useFocusFromLink(): void {
  const [search] = useSearchParams();
  onMount(() => {
    const id = typeof search.focus === 'string' ? search.focus : undefined;
    if (id) setTimeout(() => focusField(id));
  });
}

/**
 * The confirmation of a tabbed form: every error of every shown tab, listed in
 * the summary as soon as the page shows; a link opens the tabbed step at the tab
 * and field. `refuse()` is for the register button: true (and the summary takes
 * focus) while any tab has an error.
 */
export function createTabErrors<S extends object, C, T extends string, Id extends string>(options: {
  tabs: readonly TabDef<S, C, T>[];
  state: () => S;
  /** undefined while it loads (or reloads, after the application is filed): no errors then */
  ctx: () => C | undefined;
  /** the step that holds the tabs */
  tabbedStep: StepRef<Id>;
}) {
  const wizard = useWizard<S, Id>();
  const errors = createStepErrors();
  const found = () => {
    const ctx = options.ctx();
    return ctx === undefined ? [] : tabErrors(options.tabs, options.state(), ctx);
  };
  createEffect(() => errors.show(found().map(({ id, message }) => ({ id, message }))));
  return {
    errors,
    /** a summary link: back to the tab that holds the field */
    reveal(id: string) {
      const error = found().find((e) => e.id === id);
      if (error) wizard.go(options.tabbedStep, { query: { tab: error.tab, focus: id } });
    },
    refuse(): boolean {
      const list = found();
      if (list.length) errors.fail(list.map(({ id, message }) => ({ id, message })));
      return list.length > 0;
    },
  };
}
