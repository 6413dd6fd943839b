import { For, Show } from 'solid-js';
import { createLiveQuery } from '../../store/live';
import { listLatestNotices } from '../../store/notices';
import { currentOfficeCode } from '../../store/session';
import { Block } from '../../ui/Block';
import { Title } from '../../ui/Title';
import { MENU } from './menu';
import { NoticeList } from './NoticeList';
import './home.css';

const NOTICES_SHOWN = 10;

/** メインメニュー (トップメニュー): 新着情報 and メニュー一覧. */
export default function HomePage() {
  const notices = createLiveQuery(currentOfficeCode, (code) => listLatestNotices(code, NOTICES_SHOWN));
  // the page is drawn with its notices, so that they never push メニュー一覧 down
  return (
    <Show when={notices()} fallback={<p role="status">読み込み中…</p>}>
      {(list) => (
        <>
          <Title text="メインメニュー" />
          <h1 class="visually-hidden">メインメニュー</h1>
          <Block
            id="notices"
            title="新着情報"
            intro="新着情報を表示しています。「詳細」ボタンをクリックし内容をご確認ください。(最新の10件を表示)"
          >
            <NoticeList notices={list()} />
          </Block>
          <Block id="menu" title="メニュー一覧">
            <div class="menu-groups">
              <For each={MENU}>
                {(group) => (
                  <section class="menu-group" aria-label={group.title ?? group.links[0].label}>
                    <Show when={group.title}>
                      <h3 class="menu-group-title">{group.title}</h3>
                    </Show>
                    <ul>
                      <For each={group.links}>
                        {(link) => (
                          <li>
                            <a href={link.href}>{link.label}</a>
                          </li>
                        )}
                      </For>
                    </ul>
                  </section>
                )}
              </For>
            </div>
          </Block>
        </>
      )}
    </Show>
  );
}
