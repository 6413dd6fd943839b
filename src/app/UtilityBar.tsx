import { createOffline } from '../pwa/online';
import { OfflineBadge } from '../ui/OfflineBadge';

/** A thin bar above the NSS screens, outside the NSS itself: the offline badge and the trainer's door. */
export function UtilityBar() {
  const offline = createOffline();
  return (
    <aside class="utility-bar" aria-label="研修用シミュレーター">
      <span class="utility-bar-label">NSS 研修用シミュレーター</span>
      <span class="utility-bar-end">
        <OfflineBadge offline={offline()} />
        <a href="/trainer" class="utility-bar-trainer">
          トレーナー用画面
        </a>
      </span>
    </aside>
  );
}
