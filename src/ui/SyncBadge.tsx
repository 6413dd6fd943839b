import { Show } from 'solid-js';
import { statusLabel, type SyncStatus } from '../sync/status';

/**
 * Whether the shared back office has this device's work: 同期済み / 未送信 N件 /
 * オフライン / エラー with the reason. Hidden when the device does not sync.
 */
export function SyncBadge(props: { status: SyncStatus }) {
  const title = () => {
    const s = props.status;
    if (s.kind === 'error') return s.detail ? `${s.reason}（${s.detail}）` : s.reason;
    if (s.kind === 'synced') return 'この端末の申込はすべてセンターに届いています。';
    if (s.kind === 'pending' || s.kind === 'offline') return 'まだセンターに届いていない記録があります。オンラインになると自動的に送信します。';
    return '';
  };
  return (
    <Show when={props.status.kind !== 'off'}>
      <span class={`sync-badge sync-${props.status.kind}`} role="status" aria-label={`同期状態：${statusLabel(props.status)}`} title={title()}>
        {statusLabel(props.status)}
      </span>
    </Show>
  );
}
