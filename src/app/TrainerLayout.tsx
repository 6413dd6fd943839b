import { useLocation } from '@solidjs/router';
import { For, type ParentProps } from 'solid-js';
import { createOffline } from '../pwa/online';
import { syncStatus } from '../sync/status';
import { OfflineBadge } from '../ui/OfflineBadge';
import { SyncBadge } from '../ui/SyncBadge';
import { ExercisePanelSlot } from '../screens/exercises/ExercisePanelSlot';
import { ScreenOutlet } from './ScreenOutlet';

const NAV = [
  { href: '/trainer', label: '審査コンソール' },
  { href: '/trainer/mailbox', label: '受信箱' },
  { href: '/trainer/utb', label: 'UTB' },
  { href: '/trainer/exercises', label: '演習結果' },
  { href: '/trainer/settings', label: '設定' },
];

/** The trainer's side (the simulated NACCS Center): visibly not the NSS, no NSS login needed. */
export function TrainerLayout(props: ParentProps) {
  const location = useLocation();
  const offline = createOffline();
  const isCurrent = (href: string) =>
    href === '/trainer' ? location.pathname === '/trainer' : location.pathname.startsWith(href);
  return (
    <div class="trainer-shell">
      <header class="trainer-bar">
        <p class="trainer-bar-title">トレーナー用：NACCSセンター（模擬）</p>
        <SyncBadge status={syncStatus()} />
        <OfflineBadge offline={offline()} />
        <a href="/" class="trainer-back">
          NSS画面へ戻る
        </a>
      </header>
      <nav class="trainer-nav" aria-label="トレーナー用メニュー">
        <ul>
          <For each={NAV}>
            {(item) => (
              <li>
                <a href={item.href} aria-current={isCurrent(item.href) ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            )}
          </For>
        </ul>
      </nav>
      <ExercisePanelSlot />
      <main id="main" class="trainer-main">
        <ScreenOutlet>{props.children}</ScreenOutlet>
      </main>
    </div>
  );
}
