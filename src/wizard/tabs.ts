// A tabbed form (新規申込's NACCS利用申込, システム設定情報入力): tabs filled in any
// order, each checked when the user leaves it and all of them again before
// confirming; a tab with an error says so on its label; every error of every tab
// can be listed with the tab that holds its field. Pure.

export interface TabDef<S, C = undefined, T extends string = string> {
  key: T;
  label: string;
  /** whether the tab is shown (「契約内容に応じたタブが表示されます。」); shown by default */
  applies?(state: S, ctx: C): boolean;
  /** the tab's messages, keyed by field id, in the order its fields are shown */
  check(state: S, ctx: C): Record<string, string>;
}

export interface TabError<T extends string = string> {
  tab: T;
  /** the field's id */
  id: string;
  message: string;
}

/** The tabs shown for this state. */
export function shownTabs<S, C, T extends string>(tabs: readonly TabDef<S, C, T>[], state: S, ctx: C): TabDef<S, C, T>[] {
  return tabs.filter((t) => t.applies?.(state, ctx) ?? true);
}

/** Every error of the given shown tabs (all of them by default), tab by tab. */
export function tabErrors<S, C, T extends string>(
  tabs: readonly TabDef<S, C, T>[],
  state: S,
  ctx: C,
  only?: ReadonlySet<T>,
): TabError<T>[] {
  return shownTabs(tabs, state, ctx)
    .filter((t) => !only || only.has(t.key))
    .flatMap((t) => Object.entries(t.check(state, ctx)).map(([id, message]) => ({ tab: t.key, id, message })));
}

/** The label of a tab that holds an error: 「名称(エラーあり)」. */
export function markedLabel(label: string, hasError: boolean): string {
  return hasError ? `${label}(エラーあり)` : label;
}
