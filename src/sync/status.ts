// What the sync badge in every header shows. Kept apart from the service so the
// layouts can read it without loading the replicator.
import { createSignal } from 'solid-js';

export type SyncStatus =
  /** no server configured: the badge is hidden */
  | { kind: 'off' }
  | { kind: 'syncing' }
  | { kind: 'synced'; at: number }
  | { kind: 'pending'; count: number }
  | { kind: 'offline'; pending: number }
  | { kind: 'error'; reason: string; detail?: string };

const [status, setStatus] = createSignal<SyncStatus>({ kind: 'off' });

export const syncStatus = status;
export const setSyncStatus = setStatus;

/** The badge's words. */
export function statusLabel(s: SyncStatus): string {
  switch (s.kind) {
    case 'off':
      return '';
    case 'syncing':
      return '同期中…';
    case 'synced':
      return '同期済み';
    case 'pending':
      return `未送信 ${s.count}件`;
    case 'offline':
      return s.pending > 0 ? `オフライン（未送信 ${s.pending}件）` : 'オフライン';
    case 'error':
      return `エラー：${s.reason}`;
  }
}
