// The tab bar of a tabbed form, bound to its checks (wizard/tabs.ts): leaving a
// tab checks it, a tab with an error is marked, and the step's error summary lists
// the errors of every tab checked so far; a link opens the tab holding its field.
import { createSignal, type JSX } from 'solid-js';
import { Tabs } from '../ui/Tabs';
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
