import { For, type JSX } from 'solid-js';

export interface TabItem<K extends string> {
  key: K;
  label: string;
}

/**
 * The WAI-ARIA tab pattern: a tablist of buttons with a roving tabindex, arrow
 * keys / Home / End move and select, one tabpanel for the selected tab. Where the
 * selection lives (for example the URL) is up to the caller.
 */
export function Tabs<K extends string>(props: {
  label: string;
  idPrefix: string;
  tabs: TabItem<K>[];
  selected: K;
  onSelect: (key: K) => void;
  children: JSX.Element;
}) {
  const buttons: HTMLButtonElement[] = [];
  const tabId = (key: K) => `${props.idPrefix}-tab-${key}`;
  const panelId = (key: K) => `${props.idPrefix}-panel-${key}`;

  const move = (event: KeyboardEvent, index: number) => {
    const last = props.tabs.length - 1;
    const target =
      event.key === 'ArrowRight' ? (index === last ? 0 : index + 1)
      : event.key === 'ArrowLeft' ? (index === 0 ? last : index - 1)
      : event.key === 'Home' ? 0
      : event.key === 'End' ? last
      : undefined;
    if (target === undefined) return;
    event.preventDefault();
    props.onSelect(props.tabs[target].key);
    buttons[target]?.focus();
  };

  return (
    <div class="tabs">
      <div class="tab-list" role="tablist" aria-label={props.label}>
        <For each={props.tabs}>
          {(tab, i) => (
            <button
              ref={(el) => (buttons[i()] = el)}
              type="button"
              role="tab"
              class="tab"
              id={tabId(tab.key)}
              aria-selected={props.selected === tab.key}
              aria-controls={panelId(tab.key)}
              tabindex={props.selected === tab.key ? 0 : -1}
              onClick={() => props.onSelect(tab.key)}
              onKeyDown={(e) => move(e, i())}
            >
              {tab.label}
            </button>
          )}
        </For>
      </div>
      <div class="tab-panel" role="tabpanel" id={panelId(props.selected)} aria-labelledby={tabId(props.selected)} tabindex="0">
        {props.children}
      </div>
    </div>
  );
}
