import { A, useSearchParams } from '@solidjs/router';
import { createMemo, createSignal, For, Show } from 'solid-js';
import type { ApplicationKind } from '../../domain/application';
import { allKinds } from '../../kinds/registry';
import { formatDate, isoDateOf } from '../../domain/time';
import { dexieDraftStore } from '../../store/drafts';
import { createLiveQuery } from '../../store/live';
import { currentOfficeCode } from '../../store/session';
import { Block } from '../../ui/Block';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { Title } from '../../ui/Title';
import { kindInfo } from './kind-info';
import { filterOfParams, LIST_STATUSES, pagerItems, type ListRow } from './list';
import { loadListPage, type ListPage } from './load';
import { TableScroll } from '../../ui/TableScroll';
import './applications.css';


/** 申込内容確認 → 申込情報一覧. Filter, search and page live in the URL, so reload and back keep them. */
export default function ApplicationsPage() {
  const [params, setParams] = useSearchParams();
  const filter = createMemo(() => filterOfParams(params));
  const list = createLiveQuery(
    () => {
      const code = currentOfficeCode();
      return code ? { code, filter: filter() } : undefined;
    },
    ({ code, filter }) => loadListPage(code, filter),
  );
  const [query, setQuery] = createSignal(filter().query ?? '');

  const listSearch = () => {
    const s = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (typeof v === 'string' && v) s.set(k, v);
    const text = s.toString();
    return text ? `?${text}` : '';
  };

  return (
    <>
      <Title text="申込情報一覧" />
      <Breadcrumbs items={[{ label: 'メインメニュー', href: '/' }, { label: '申込情報一覧' }]} />
      <h1 class="page-title">申込情報一覧</h1>
      <p class="lead">申込情報の一覧を表示します。内容を確認する申込の「詳細」ボタンをクリックしてください。</p>

      <Block id="application-search" title="検索条件">
        <form
          class="application-search"
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            setParams({ q: query().trim() || undefined, page: undefined });
          }}
        >
          <div class="search-field">
            <label for="filter-kind">申込種別</label>
            <select
              id="filter-kind"
              value={filter().kind ?? ''}
              onChange={(e) => setParams({ kind: e.currentTarget.value || undefined, page: undefined })}
            >
              <option value="">すべて</option>
              <For each={allKinds()}>{(k) => <option value={k.kind}>{k.texts.listLabel}</option>}</For>
            </select>
          </div>
          <div class="search-field">
            <label for="filter-status">ステータス</label>
            <select
              id="filter-status"
              value={filter().status ?? ''}
              onChange={(e) => setParams({ status: e.currentTarget.value || undefined, page: undefined })}
            >
              <option value="">すべて</option>
              <For each={LIST_STATUSES}>{(s) => <option value={s}>{s}</option>}</For>
            </select>
          </div>
          <div class="search-field">
            <label for="filter-receipt">受付番号</label>
            <input
              id="filter-receipt"
              type="search"
              autocomplete="off"
              value={query()}
              onInput={(e) => setQuery(e.currentTarget.value)}
            />
            <span class="field-hint">(半角英数字・部分一致)</span>
          </div>
          <button type="submit" class="btn">
            検索
          </button>
        </form>
      </Block>

      <Block id="application-list" title="申込情報">
        <Show when={list()} fallback={<p role="status">読み込み中…</p>}>
          {(page) => (
            <Results page={page()} listSearch={listSearch()} go={(p) => setParams({ page: p === 1 ? undefined : String(p) })} />
          )}
        </Show>
      </Block>
      {/* below the list only once it is there, so that the rows never push it down */}
      <Show when={list()}>
        <div class="actions">
          <a href="/" class="btn btn-secondary btn-back">
            メニューに戻る
          </a>
        </div>
      </Show>
    </>
  );
}

function Results(props: { page: ListPage; listSearch: string; go: (page: number) => void }) {
  return (
    <Show when={props.page.total > 0} fallback={<p class="empty-table">該当する申込はありません。</p>}>
      <p class="list-count" role="status">
        全{props.page.total}件中 {props.page.from}〜{props.page.to}件を表示
      </p>
      <TableScroll>
        <table class="data-table application-table">
          <caption class="visually-hidden">申込情報一覧</caption>
          <thead>
            <tr>
              <th scope="col">申込種別</th>
              <th scope="col">受付番号</th>
              <th scope="col">申込日</th>
              <th scope="col">ステータス</th>
              <th scope="col">利用開始希望日 / NACCS登録希望日</th>
              <th scope="col">利用開始日 / NACCS登録日</th>
              <th scope="col">詳細</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.page.items}>{(row) => <Row row={row} listSearch={props.listSearch} />}</For>
          </tbody>
        </table>
      </TableScroll>
      <Pager page={props.page.page} pages={props.page.pages} go={props.go} />
    </Show>
  );
}

function Row(props: { row: ListRow; listSearch: string }) {
  const r = () => props.row;
  const resumeHref = () => {
    const path = kindInfo(r().kind).wizardPath;
    if (!path) return undefined;
    const q = new URLSearchParams();
    if (r().draft?.amends) q.set('amends', r().draft!.amends!);
    // a 「競合したコピー」 opens itself, not the office's newest draft of the kind
    if (r().draft?.conflictOf) q.set('draft', r().id);
    const text = q.toString();
    return text ? `${path}?${text}` : path;
  };
  const copy = () => !!r().draft?.conflictOf;
  return (
    <tr classList={{ 'draft-row': !!r().draft }}>
      <td>
        {r().kindLabel}
        <Show when={copy()}>
          <span class="conflict-copy" title="別の端末と同時に変更されたため、採用されなかった入力内容です。開いて続けるか、破棄してください。">
            競合したコピー
          </span>
        </Show>
      </td>
      <td>{r().receiptNo || '―'}</td>
      <td>{r().submittedAt !== undefined ? formatDate(isoDateOf(r().submittedAt!)) : '―'}</td>
      <td class="status">{r().status}</td>
      <td>{formatDate(r().desiredDate) || '―'}</td>
      <td>{formatDate(r().confirmedDate) || '―'}</td>
      <td class="center">
        <Show
          when={r().draft}
          fallback={
            <A
              href={`/applications/${encodeURIComponent(r().id)}`}
              state={{ listSearch: props.listSearch }}
              class="btn btn-secondary btn-small"
              aria-label={`受付番号${r().receiptNo}の詳細`}
            >
              詳細
            </A>
          }
        >
          <Show when={resumeHref()} fallback={<span>―</span>}>
            {(href) => (
              <Show
                when={copy()}
                fallback={
                  <a href={href()} class="btn btn-secondary btn-small" aria-label={`作成中の${r().kindLabel}の入力を再開する`}>
                    入力を再開する
                  </a>
                }
              >
                <a href={href()} class="btn btn-secondary btn-small" aria-label={`${r().kindLabel}の競合したコピーを開く`}>
                  開く
                </a>{' '}
                <button
                  type="button"
                  class="btn btn-secondary btn-small"
                  aria-label={`${r().kindLabel}の競合したコピーを破棄する`}
                  onClick={() => void dexieDraftStore.discard(r().id)}
                >
                  破棄する
                </button>
              </Show>
            )}
          </Show>
        </Show>
      </td>
    </tr>
  );
}

function Pager(props: { page: number; pages: number; go: (page: number) => void }) {
  const items = () => pagerItems(props.page, props.pages);
  return (
    <Show when={props.pages > 1}>
      <nav class="pager" aria-label="ページ送り">
        <button type="button" class="btn btn-secondary btn-small" disabled={props.page <= 1} onClick={() => props.go(props.page - 1)}>
          前へ
        </button>
        <For each={items()}>
          {(n) => (
            <Show when={n} fallback={<span class="pager-gap">…</span>}>
              {(n) => (
                <button
                  type="button"
                  class="btn btn-small"
                  classList={{ 'btn-secondary': n() !== props.page }}
                  aria-current={n() === props.page ? 'page' : undefined}
                  aria-label={`${n()}ページ`}
                  onClick={() => props.go(n())}
                >
                  {n()}
                </button>
              )}
            </Show>
          )}
        </For>
        <button
          type="button"
          class="btn btn-secondary btn-small"
          disabled={props.page >= props.pages}
          onClick={() => props.go(props.page + 1)}
        >
          次へ
        </button>
      </nav>
    </Show>
  );
}
