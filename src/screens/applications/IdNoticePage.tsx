// ID通知内容 参照 (S2, S4, DOMAIN.md §4.6): what the review issued — 利用者ID with
// their passwords, logical terminals with their certificate codes — shown only
// until the 利用開始日 + 2 days, then the screen says they can no longer be shown.
import { A, useParams } from '@solidjs/router';
import { createMemo, For, Show, untrack } from 'solid-js';
import { clockToday } from '../../center/clock';
import type { Application } from '../../domain/application';
import { canViewIssuedIds, lastViewingDay } from '../../domain/broker-id/viewing';
import { GENERAL_EQUIPMENT, isGeneralTerminal, type Office } from '../../domain/contract';
import { applicantRows, idNoticeCounts, idNoticeOfficeRows, ISSUED_ID_COLUMNS, TERMINAL_COLUMNS, terminalCells } from '../../domain/id-notice';
import { formatDate } from '../../domain/time';
import { findKind } from '../../kinds/registry';
import { kindInfo } from './kind-info';
import { getOfficeApplication } from '../../store/applications';
import { getOffice } from '../../store/contracts';
import { logEvent } from '../../store/events';
import { createLiveQuery } from '../../store/live';
import { currentOfficeCode } from '../../store/session';
import { Block } from '../../ui/Block';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { DataTable } from '../../ui/DataTable';
import { KeyValueTable } from '../../ui/KeyValueTable';
import { NoteBox } from '../../ui/NoteBox';
import { Title } from '../../ui/Title';
import { DocumentButton } from './DocumentButtons';
import { ResultBlock } from './ResultBlock';
import './applications.css';
import { TableScroll } from '../../ui/TableScroll';

const VIEWING_OVER_MESSAGE =
  'ID・パスワードの表示期間(利用開始日の2日後まで)を過ぎたため、払い出した利用者IDのパスワード、端末アクセスキー及び認証コードは表示できません。';

interface Loaded {
  application: Application;
  office: Office;
}

export default function IdNoticePage() {
  const params = useParams<{ id: string }>();
  const data = createLiveQuery(
    () => ({ id: params.id, officeCode: currentOfficeCode() }),
    async ({ id, officeCode }): Promise<Loaded | null> => {
      const application = await getOfficeApplication(officeCode, id);
      if (!application) return null;
      const office = await getOffice(application.officeCode);
      return office ? { application, office } : null;
    },
  );
  const detailHref = () => `/applications/${encodeURIComponent(params.id)}`;
  return (
    <>
      <Title text="ID通知内容 参照" />
      <Show when={data()}>
        {(d) => (
          <Breadcrumbs
            items={[
              { label: '申込情報一覧', href: '/applications' },
              { label: kindInfo(d().application.kind).detailTitle, href: detailHref() },
              { label: 'ID通知内容' },
            ]}
          />
        )}
      </Show>
      <h1 class="page-title">ID通知内容 参照</h1>
      <Show when={!data.loading()} fallback={<p role="status">読み込み中…</p>}>
        <Show
          when={data()?.application.idNotice && data()}
          fallback={<p role="alert">この申込のID通知内容はありません。審査終了後に表示されます。</p>}
        >
          {(d) => <Notice application={d().application} office={d().office} />}
        </Show>
      </Show>
      <div class="actions">
        <A href={detailHref()} class="btn btn-secondary btn-back">
          申込内容参照に戻る
        </A>
      </div>
    </>
  );
}

function Notice(props: Loaded) {
  const notice = () => props.application.idNotice!;
  const today = createMemo(clockToday);
  const visible = () => canViewIssuedIds(notice().startDate, today());
  const a = () => props.application;
  logEvent({ type: 'idNotice', applicationId: props.application.id, visible: untrack(visible) });
  return (
    <>
      <p class="lead">ID通知内容を確認してください。</p>
      <div class="actions start">
        <DocumentButton kind="id-notice" application={a()} />
      </div>
      <Block id="id-notice" title="ID通知内容">
        <KeyValueTable rows={idNoticeOfficeRows(notice(), props.office, kindInfo(a().kind, a().payload).dateLabel)} />
      </Block>

      <Show when={notice().userIds.length > 0}>
        <Block id="issued-user-ids" title="利用者ID / パスワード">
          <Show
            when={visible()}
            fallback={
              <p class="important" role="status">
                {VIEWING_OVER_MESSAGE}
              </p>
            }
          >
            <p class="important">
              払い出した利用者ID(利用者コード＋識別番号)とパスワードです。ID・パスワードは利用開始日の2日後({formatDate(lastViewingDay(notice().startDate))})まで表示できます。必ずお控えください。
            </p>
            <TableScroll>
              <table class="data-table issued-ids">
                <caption class="visually-hidden">払い出した利用者ID</caption>
                <thead>
                  <tr>
                    <For each={ISSUED_ID_COLUMNS}>{(c) => <th scope="col">{c}</th>}</For>
                  </tr>
                </thead>
                <tbody>
                  <For each={notice().userIds}>
                    {(u) => (
                      <tr>
                        <td>{u.userCode}</td>
                        <td>{u.idNo}</td>
                        <th scope="row">{u.userId}</th>
                        <td>{u.method}</td>
                        <td>{u.industries.join(' ')}</td>
                        <td class="password">{u.password}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </TableScroll>
          </Show>
        </Block>
      </Show>

      <Show when={notice().terminals.length > 0}>
        <Block id="issued-terminals" title="論理端末名 / デジタル証明書">
          <Show when={visible()} fallback={<p class="important">{VIEWING_OVER_MESSAGE}</p>}>
            <TableScroll>
              <DataTable
                caption="払い出した論理端末"
                columns={TERMINAL_COLUMNS}
                rows={notice().terminals}
                cells={(t) => terminalCells(t, props.office.code)}
                empty="払い出した論理端末はありません。"
              />
            </TableScroll>
            <Show when={notice().terminals.some((t) => !isGeneralTerminal(t))}>
              <p>端末ごとにデジタル証明書を取得し、NACCSパッケージソフトをインストールしてください。</p>
            </Show>
            <Show when={notice().terminals.some(isGeneralTerminal)}>
              <p>一般NACCSの論理端末(利用機器区分「{GENERAL_EQUIPMENT}」)にはデジタル証明書はありません。認証コードは「-」と表示しています。</p>
            </Show>
          </Show>
        </Block>
      </Show>

      <Show when={findKind(a().kind)?.idNoticeNote?.(a().payload)}>
        {(note) => <NoteBox title={note().title} paragraphs={note().paragraphs} headingLevel={3} />}
      </Show>

      <Block id="applicant" title="申込事務担当者">
        <KeyValueTable rows={applicantRows(props.office, a().contact)} />
      </Block>

      <ResultBlock application={a()} counts={findKind(a().kind)?.resultCounts?.(a().payload, notice()) ?? idNoticeCounts(notice())} />
    </>
  );
}
