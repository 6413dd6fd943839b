import { For } from 'solid-js';

export type NssTab = 'apply' | 'applications' | 'contract' | 'billing' | 'password';

const TABS: { key: NssTab; label: string; href: string }[] = [
  { key: 'apply', label: '申込実施', href: '/' },
  { key: 'applications', label: '申込内容確認', href: '/applications' },
  { key: 'contract', label: '契約内容確認', href: '/contract' },
  { key: 'billing', label: '請求内容参照', href: '/billing' },
  { key: 'password', label: 'パスワード変更', href: '/password' },
];

/** Which tab a path belongs to: every application flow is under 申込実施. */
export function tabOfPath(pathname: string): NssTab | undefined {
  const first = pathname.split('/')[1] ?? '';
  if (first === '' || ['contract-change', 'system-setting', 'broker-id', 'cert-reissue'].includes(first)) return 'apply';
  if (first === 'applications') return 'applications';
  if (first === 'contract') return 'contract';
  if (first === 'billing') return 'billing';
  if (first === 'password') return 'password';
  return undefined;
}

/** The NSS menu bar with a home link; the current tab is marked with aria-current. */
export function TabBar(props: { current: NssTab | undefined; atHome: boolean }) {
  return (
    <nav class="nss-tabs" aria-label="メニュー">
      <ul>
        <li>
          <a href="/" class="nss-tab-home" aria-current={props.atHome ? 'page' : undefined} title="メインメニュー">
            <span aria-hidden="true">⌂</span>
            <span class="visually-hidden">メインメニュー</span>
          </a>
        </li>
        <For each={TABS}>
          {(tab) => (
            <li>
              <a href={tab.href} class="nss-tab" aria-current={props.current === tab.key ? 'page' : undefined}>
                {tab.label}
              </a>
            </li>
          )}
        </For>
      </ul>
    </nav>
  );
}
