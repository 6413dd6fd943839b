import { Show } from 'solid-js';

/** Shown while the device has no network: everything keeps working from this device's data. */
export function OfflineBadge(props: { offline: boolean }) {
  return (
    <Show when={props.offline}>
      <span class="offline-badge" role="status" title="この端末に保存されたデータで、そのまま操作を続けられます。">
        オフライン
      </span>
    </Show>
  );
}
