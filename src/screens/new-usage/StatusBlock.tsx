// What a 仮ログインID sees of its filed NACCS利用申込 (it has no 申込内容確認 tab):
// 受付番号, ステータス, 進行状況's last 通知内容, 修正 / 取下げ in 確認依頼, and from
// 審査終了 the ID通知内容: 事業所コード and its password, 利用者ID with passwords,
// terminals with access keys and 認証コード (seed 003: 「ID/パスワードはメールに記載の
// URLから確認してください。」).
import { A } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { withdrawApplication } from '../../center/submit';
import type { Application } from '../../domain/application';
import { ISSUED_ID_COLUMNS, issuedIdCells, TERMINAL_COLUMNS, terminalCells } from '../../domain/id-notice';
import { formatDate, formatDateTime } from '../../domain/time';
import { listOfficeApplications } from '../../store/applications';
import { createLiveQuery } from '../../store/live';
import { currentOwner } from '../../store/session';
import { Block } from '../../ui/Block';
import { systemSettingDeadline } from '../../domain/review';
import { kindInfo } from '../applications/kind-info';
import { findKind } from '../../kinds/registry';
import { NoteBox } from '../../ui/NoteBox';
import { DocumentButtons } from '../applications/DocumentButtons';
import { KeyValueTable } from '../../ui/KeyValueTable';
import { TableScroll } from '../../ui/TableScroll';

function Table(props: { caption: string; columns: string[]; rows: string[][] }) {
  return (
    <TableScroll>
      <table class="data-table">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <For each={props.columns}>{(c) => <th scope="col">{c}</th>}</For>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>{(r) => <tr><For each={r}>{(c) => <td>{c}</td>}</For></tr>}</For>
        </tbody>
      </table>
    </TableScroll>
  );
}

function One(props: { app: Application }) {
  const info = () => kindInfo(props.app.kind);
  const [confirming, setConfirming] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const last = () => props.app.history[props.app.history.length - 1];
  const withdraw = async () => {
    setBusy(true);
    try {
      await withdrawApplication(props.app.id);
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };
  return (
    <Block title={`申込受付番号「${props.app.receiptNo}」`} id={`status-${props.app.receiptNo}`}>
      <KeyValueTable
        caption="申込状況"
        rows={[
          { label: '申込種別', value: info().listLabel },
          { label: '受付番号', value: props.app.receiptNo },
          { label: 'ステータス', value: props.app.status },
          { label: '申込日時', value: formatDateTime(props.app.submittedAt) },
          { label: `${info().dateLabel.replace(/日$/, '')}希望日`, value: props.app.desiredDate ? formatDate(props.app.desiredDate) : '最短' },
          { label: info().dateLabel, value: props.app.confirmedDate ? formatDate(props.app.confirmedDate) : '未確定' },
          { label: '通知内容', value: last()?.notice || '-' },
        ]}
      />
      <DocumentButtons application={props.app} />
      <Show when={props.app.status === '確認依頼'}>
        <div class="actions">
          <A class="btn" href={`${info().wizardPath ?? '/new-usage'}?amends=${props.app.id}`}>
            {info().name}を修正する
          </A>
          <button type="button" class="btn btn-secondary" onClick={() => setConfirming(true)}>
            {info().name}を取り下げる
          </button>
        </div>
        <Show when={confirming()}>
          <div class="notice-box" role="alertdialog" aria-label="取下げの確認">
            <p>申込受付番号「{props.app.receiptNo}」の{info().name}を取り下げます。よろしいですか。</p>
            <div class="actions">
              <button type="button" class="btn btn-secondary" onClick={() => setConfirming(false)}>
                取り下げない
              </button>
              <button type="button" class="btn btn-danger" disabled={busy()} onClick={() => void withdraw()}>
                取り下げる
              </button>
            </div>
          </div>
        </Show>
      </Show>
      <Show when={props.app.status === '審査終了' && props.app.idNotice?.office ? props.app.idNotice : undefined}>
        {(notice) => (
          <section aria-label="ID通知内容">
            <h3 class="sub-title">ID通知内容</h3>
            <p>
              払い出した事業所コード・パスワード、利用者ID・パスワード等です。※ ID/パスワード等の閲覧は利用開始日の2日後までとなりますので、お手元に必ず控えるようにしてください。
            </p>
            <KeyValueTable
              caption="事業所"
              rows={[
                { label: '利用開始日', value: formatDate(notice().startDate) },
                { label: '企業略称', value: notice().office!.companyAbbr },
                { label: '事業所コード', value: notice().office!.code },
                { label: '事業所パスワード', value: notice().office!.password },
                { label: '請求先コード', value: notice().office!.billingCode },
              ]}
            />
            <Table caption="利用者ID" columns={ISSUED_ID_COLUMNS} rows={notice().userIds.map(issuedIdCells)} />
            <Show when={notice().terminals.length > 0}>
              <Table
                caption="論理端末名 / デジタル証明書"
                columns={TERMINAL_COLUMNS}
                rows={notice().terminals.map((t) => terminalCells(t, notice().office!.code))}
              />
            </Show>
            <Show when={findKind(props.app.kind)?.idNoticeNote?.(props.app.payload)}>
              {(note) => <NoteBox title={note().title} paragraphs={note().paragraphs} headingLevel={4} />}
            </Show>
            <Show when={notice().office!.newUserCodes.length > 0}>
              <div class="notice-box" role="note" aria-label="システム設定申込のお願い">
                <p>
                  新規の利用者コード（{notice().office!.newUserCodes.join('、')}）は、システム設定申込が必要です。
                  {formatDate(systemSettingDeadline(notice().startDate))}までにこの仮ログインIDでシステム設定申込を行ってください。期限までに申込がない場合、本利用申込は無効となります。
                </p>
                <A class="btn" href="/system-setting">
                  システム設定申込
                </A>
              </div>
            </Show>
            <p>利用開始日から、事業所コードとパスワードでNSSにログインできます。仮ログインIDは利用開始日以降は使用できません。</p>
          </section>
        )}
      </Show>
    </Block>
  );
}

export function StatusBlock() {
  const apps = createLiveQuery(() => currentOwner(), (owner) => listOfficeApplications(owner));
  return (
    <Show when={(apps() ?? []).length > 0}>
      <section aria-labelledby="status-title" class="new-usage-status">
        <h2 id="status-title" class="block-title">申込状況</h2>
        <For each={apps()}>{(app) => <One app={app} />}</For>
      </section>
    </Show>
  );
}
