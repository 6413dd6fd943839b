import { For, Show } from 'solid-js';
import type { Notice } from '../../domain/notice';
import { formatDate, isoDateOf } from '../../domain/time';

/** Where 詳細 leads: the application, else the notice's own page, else nowhere. */
function noticeDetailHref(notice: Notice): string | undefined {
  if (notice.applicationId) return `/applications/${encodeURIComponent(notice.applicationId)}`;
  return notice.detail || undefined;
}

/** 新着情報 rows: date, category, 【受付番号】, text, 詳細. */
export function NoticeList(props: { notices: Notice[] }) {
  return (
    <Show when={props.notices.length > 0} fallback={<p class="notice-empty">新着情報はありません。</p>}>
      <ul class="notice-list">
        <For each={props.notices}>
          {(notice) => (
            <li class="notice-row">
              <span class="notice-date">{formatDate(isoDateOf(notice.at))}</span>
              <span class="notice-category">{notice.category}</span>
              <span class="notice-receipt">{notice.receiptNo ? `【${notice.receiptNo}】` : ''}</span>
              <span class="notice-text" id={`notice-text-${notice.id}`}>
                {notice.text}
              </span>
              <span class="notice-detail">
                <Show when={noticeDetailHref(notice)}>
                  {(href) => (
                    <a href={href()} class="btn btn-secondary btn-small" aria-describedby={`notice-text-${notice.id}`}>
                      詳細
                    </a>
                  )}
                </Show>
              </span>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
