import { For, type JSX } from 'solid-js';

export interface TabDef {
  id: string;
  label: string;
  /** marks a tab that holds a field with an error */
  invalid?: boolean;
}

/** NSS-style tabs (名称 | 業種 | 通関・自社通関); the panel is the children. */
export function Tabs(props: { id: string; tabs: TabDef[]; current: string; onSelect: (id: string) => void; children: JSX.Element }) {
  return (
    <div class="tabs">
      <div role="tablist" class="tab-list" aria-label="設定項目">
        <For each={props.tabs}>
          {(tab) => (
            <button
              type="button"
              role="tab"
              id={`${props.id}-tab-${tab.id}`}
              aria-selected={props.current === tab.id}
              aria-controls={`${props.id}-panel`}
              classList={{ tab: true, current: props.current === tab.id, invalid: !!tab.invalid }}
              onClick={() => props.onSelect(tab.id)}
            >
              {tab.label}
              {tab.invalid ? <span class="visually-hidden">(エラーあり)</span> : null}
            </button>
          )}
        </For>
      </div>
      <div role="tabpanel" id={`${props.id}-panel`} class="tab-panel" aria-labelledby={`${props.id}-tab-${props.current}`}>
        {props.children}
      </div>
    </div>
  );
}
