import { createOffline } from '../pwa/online';
import { syncStatus } from '../sync/status';
import { OfflineBadge } from '../ui/OfflineBadge';
import { SyncBadge } from '../ui/SyncBadge';

/** A thin bar above the NSS screens, outside the NSS itself: the sync and offline badges and the trainer's door. */
export function UtilityBar() {
  const offline = createOffline();
  return (
    <aside class="utility-bar" aria-label="研修用シミュレーター">
      <span class="utility-bar-label">NSS 研修用シミュレーター</span>
      <span class="utility-bar-end">
        <SyncBadge status={syncStatus()} />
        <OfflineBadge offline={offline()} />
        <a href="/exercises" class="utility-bar-exercises">
          演習
        </a>
        <a href="/trainer" class="utility-bar-trainer">
          トレーナー用画面
        </a>
      </span>
    </aside>
  );
}
