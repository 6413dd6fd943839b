import { useSearchParams } from '@solidjs/router';
import { createEffect, For, Show } from 'solid-js';
import type { Mail } from '../../domain/mail';
import { formatDateTime } from '../../domain/time';
import { createLive, createLiveQuery } from '../../store/live';
import { getMail, listMailsTo, mailboxSummary, markMailRead } from '../../store/mails';
import { Block } from '../../ui/Block';
import { Title } from '../../ui/Title';
import './mailbox.css';

/** 受信箱: the mails the simulated NSS sent, by address; ?to=<address>&mail=<id> keeps the place. */
export default function MailboxPage() {
  const [params, setParams] = useSearchParams();
  const addresses = createLive(mailboxSummary);
  const address = () => {
    const wanted = typeof params.to === 'string' ? params.to : '';
    const list = addresses()?.list ?? [];
    return list.includes(wanted) ? wanted : list[0];
  };
  const mails = createLiveQuery(address, listMailsTo);
  const openId = () => (typeof params.mail === 'string' ? params.mail : undefined);
  const open = createLiveQuery(openId, async (id) => (await getMail(id)) ?? null);

  createEffect(() => {
    const m = open();
    if (m && !m.read) void markMailRead(m.id);
  });

  return (
    <>
      <Title text="受信箱（トレーナー用）" />
      <h1 class="page-title">受信箱</h1>
      <p class="lead">NSSが申込担当者と管理責任者に送信したメールを、宛先ごとに表示します（研修用の模擬メールです）。</p>
      <Show when={addresses()} fallback={<p role="status">読み込み中…</p>}>
        {(a) => (
          <Show when={a().list.length > 0} fallback={<p class="empty-table">受信したメールはありません。</p>}>
            <div class="mailbox-address">
              <label for="mailbox-to">宛先</label>
              <select id="mailbox-to" value={address()} onChange={(e) => setParams({ to: e.currentTarget.value, mail: undefined })}>
                <For each={a().list}>
                  {(to) => (
                    <option value={to}>
                      {to}
                      {a().unread[to] ? `（未読${a().unread[to]}件）` : ''}
                    </option>
                  )}
                </For>
              </select>
            </div>
            <div class="mailbox">
              <Block id="mail-list" title="メール一覧">
                <Show when={mails()} fallback={<p role="status">読み込み中…</p>}>
                  {(list) => <MailList mails={list()} openId={openId()} onOpen={(id) => setParams({ to: address(), mail: id })} />}
                </Show>
              </Block>
              <Show when={open()}>{(m) => <MailView mail={m()} />}</Show>
            </div>
          </Show>
        )}
      </Show>
    </>
  );
}

function MailList(props: { mails: Mail[]; openId?: string; onOpen: (id: string) => void }) {
  return (
    <table class="data-table mail-table">
      <caption class="visually-hidden">メール一覧（新しい順）</caption>
      <thead>
        <tr>
          <th scope="col">受信日時</th>
          <th scope="col">件名</th>
        </tr>
      </thead>
      <tbody>
        <For each={props.mails}>
          {(m) => (
            <tr classList={{ unread: !m.read, current: m.id === props.openId }}>
              <td>{formatDateTime(m.at)}</td>
              <td>
                <button type="button" class="link-button" aria-current={m.id === props.openId ? 'true' : undefined} onClick={() => props.onOpen(m.id)}>
                  <Show when={!m.read}>
                    <span class="unread-mark">未読</span>
                  </Show>
                  {m.subject}
                </button>
              </td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}

function MailView(props: { mail: Mail }) {
  return (
    <article class="mail-view" aria-labelledby="mail-subject">
      <h2 id="mail-subject">{props.mail.subject}</h2>
      <dl class="mail-headers">
        <dt>宛先</dt>
        <dd>
          {props.mail.to}（{props.mail.role}）
        </dd>
        <dt>受信日時</dt>
        <dd>{formatDateTime(props.mail.at)}</dd>
      </dl>
      <pre class="mail-body">{props.mail.body}</pre>
    </article>
  );
}
