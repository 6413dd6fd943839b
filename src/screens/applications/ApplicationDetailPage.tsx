import { useLocation, useNavigate, useParams } from '@solidjs/router';
import { createSignal, ErrorBoundary, For, lazy, Match, Show, Switch, type Component } from 'solid-js';
import { SubmitRefusedError } from '../../center/errors';
import { withdrawApplication } from '../../center/submit';
import type { DateLabel, KindViewProps } from '../../center/kind-definition';
import { standardDaysOf } from '../../center/standard-days';
import type { Application, UsageSummary } from '../../domain/application';
import { isShorterThanStandard } from '../../domain/review';
import { desiredDateLabel } from '../../domain/texts/kinds';
import { findKind } from '../../kinds/registry';
import { formatDate, formatDateTime, isoDateOf, toYmd8 } from '../../domain/time';
import { formatFileSize } from '../../domain/validation/attachments';
import { getOfficeApplication } from '../../store/applications';
import { BadRecordNote } from '../../ui/BadRecords';
import { listAttachments } from '../../store/attachments';
import { createLiveQuery } from '../../store/live';
import { currentOfficeCode } from '../../store/session';
import { createLiveSetting } from '../../store/settings';
import { Block } from '../../ui/Block';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { DataTable } from '../../ui/DataTable';
import { KeyValueTable, type KeyValueRow } from '../../ui/KeyValueTable';
import { Title } from '../../ui/Title';
import { DocumentButtons } from './DocumentButtons';
import { saveBytes, zipAttachments } from './download';
import { kindInfo } from './kind-info';
import './applications.css';

export const STANDARD_DAYS_WARNING =
  '※「申込日」と「利用開始希望日」の間隔が標準日数より短いため、ご希望の日に対応できない場合がございます。';

const views = new Map<string, Component<KindViewProps>>();
function kindView(kind: string): Component<KindViewProps> | undefined {
  const loader = kindInfo(kind).view;
  if (!loader) return undefined;
  if (!views.has(kind)) views.set(kind, lazy(loader));
  return views.get(kind);
}

/** 申込情報一覧 > システム設定申込詳細 (S0) / 利用申込詳細 (S2). */
export default function ApplicationDetailPage() {
  const params = useParams<{ id: string }>();
  const location = useLocation<{ listSearch?: string }>();
  const listHref = () => `/applications${location.state?.listSearch ?? ''}`;
  const app = createLiveQuery(
    () => ({ id: params.id, office: currentOfficeCode() }),
    async ({ id, office }) => (await getOfficeApplication(office, id)) ?? null,
  );
  return (
    <Show when={!app.loading() && app() !== undefined} fallback={<p role="status">読み込み中…</p>}>
      <Show
        when={app()}
        fallback={
          <>
            <Title text="申込内容 参照" />
            <h1 class="page-title">申込内容 参照</h1>
            <BadRecordNote table="applications" id={params.id} what="この申込" fallback="申込が見つかりません。" />
            <div class="actions">
              <a href={listHref()} class="btn btn-secondary btn-back">
                一覧表示に戻る
              </a>
            </div>
          </>
        }
      >
        {(a) => <Detail application={a()} listHref={listHref()} />}
      </Show>
    </Show>
  );
}

function Detail(props: { application: Application; listHref: string }) {
  const a = () => props.application;
  const info = () => kindInfo(a().kind, a().payload);
  const isSetting = () => findKind(a().kind)?.letter === 'C';
  const heading = () => (isSetting() ? 'システム設定申込内容 参照' : '申込内容 参照');
  const review = createLiveSetting('review');
  const showWarning = () => {
    const r = review();
    const def = findKind(a().kind);
    return !!r && !!def && isShorterThanStandard(isoDateOf(a().submittedAt), a().desiredDate, standardDaysOf(def, r));
  };
  const View = () => kindView(a().kind);
  const summary = () => {
    const def = findKind(a().kind);
    try {
      return def?.summary?.(a().payload);
    } catch {
      return undefined;
    }
  };

  const overviewExtras = (
    <>
      <Show when={showWarning()}>
        <p class="important standard-days-warning">{STANDARD_DAYS_WARNING}</p>
      </Show>
      <DocumentButtons application={a()} />
      <Show when={a().idNotice}>
        <div class="actions start">
          <a href={`/applications/${encodeURIComponent(a().id)}/id-notice`} class="btn">
            ID通知内容
          </a>
        </div>
      </Show>
    </>
  );
  const content = (
    <Show when={View()} fallback={<p class="notice-box">この申込種別の申込内容は、この端末では表示できません。</p>}>
      {(V) => {
        const Comp = V();
        return (
          <ErrorBoundary fallback={<p class="notice-box">申込内容を表示できませんでした。</p>}>
            <Comp application={a()} />
          </ErrorBoundary>
        );
      }}
    </Show>
  );

  return (
    <>
      <Title text={info().detailTitle} />
      <Breadcrumbs items={[{ label: '申込情報一覧', href: props.listHref }, { label: info().detailTitle }]} />
      <h1 class="page-title">{heading()}</h1>
      <p class="lead">
        申込情報詳細を表示します。{info().dateLabel}は希望日と異なる場合がございますので、確定した申込内容は必ずご確認ください。
      </p>

      <Show
        when={isSetting()}
        fallback={
          <>
            <Block id="application-overview" title={summary() ? '申込内容' : '申込概要'}>
              <KeyValueTable rows={summary() ? usageRows(a(), summary()!, info().dateLabel) : overviewRows(a(), info().dateLabel)} />
              {overviewExtras}
            </Block>
            <Block id="application-content" title={summary() ? '申込情報詳細' : '申込内容'}>
              {content}
            </Block>
          </>
        }
      >
        {/* seed 000: システム設定申込内容 参照 → システム設定情報申込内容 → 申込概要, then what was filed */}
        <Block id="application-content" title="システム設定情報申込内容">
          <Block id="application-overview" title="申込概要">
            <KeyValueTable rows={settingOverviewRows(a(), info().dateLabel)} />
            {overviewExtras}
          </Block>
          {content}
        </Block>
      </Show>

      <Attachments application={a()} listFiles={!View()} />

      <Block id="application-progress" title="進行状況">
        <DataTable
          class="progress-table"
          caption="進行状況"
          columns={['作業項目', '作業日', '通知内容']}
          rows={a().history}
          cells={(h) => [h.item, formatDate(isoDateOf(h.at)), <span class="pre-wrap">{h.notice}</span>]}
          empty="進行状況はありません。"
        />
      </Block>

      <Show when={a().status === '確認依頼'}>
        <RequestActions application={a()} name={info().name} wizardPath={info().wizardPath} />
      </Show>

      <div class="actions">
        <a href={props.listHref} class="btn btn-secondary btn-back">
          一覧表示に戻る
        </a>
      </div>
    </>
  );
}

/** Seed 000's 申込概要: 受付番号, 申込日時, ステータス, the wish and the confirmed date, 審査終了日, 備考. */
function overviewRows(a: Application, dateLabel: DateLabel): KeyValueRow[] {
  return [
    { label: '受付番号', value: a.receiptNo },
    { label: '申込日時', value: formatDateTime(a.submittedAt) },
    { label: 'ステータス', value: <span class="status">{a.status}</span> },
    { label: desiredDateLabel(dateLabel), value: formatDate(a.desiredDate) || '最短の日程' },
    { label: dateLabel, value: formatDate(a.confirmedDate) || '未確定' },
    ...(a.reviewEndedAt ? [{ label: '審査終了日', value: formatDate(isoDateOf(a.reviewEndedAt)) }] : []),
    ...(a.note ? [{ label: '備考', value: <span class="pre-wrap">{a.note}</span> }] : []),
  ];
}

/** Seed 000's 申込概要 of a システム設定申込, exactly: 受付番号, 申込日時, ステータス, NACCS登録日. */
function settingOverviewRows(a: Application, dateLabel: DateLabel): KeyValueRow[] {
  return [
    { label: '受付番号', value: a.receiptNo },
    { label: '申込日時', value: formatDateTime(a.submittedAt) },
    { label: 'ステータス', value: <span class="status">{a.status}</span> },
    { label: dateLabel, value: formatDate(a.confirmedDate) || '未確定' },
  ];
}

/** S2's 申込内容 of a 利用申込: as 申込概要, with 申込分類, 申込分類(特殊) and 契約変更内容. */
function usageRows(a: Application, summary: UsageSummary, dateLabel: DateLabel): KeyValueRow[] {
  const dash = (text: string | undefined) => text || '-';
  return [
    { label: '受付番号', value: a.receiptNo },
    { label: 'ステータス', value: <span class="status">{a.status}</span> },
    { label: '申込日', value: formatDate(isoDateOf(a.submittedAt)) },
    { label: '審査終了日', value: a.reviewEndedAt ? formatDate(isoDateOf(a.reviewEndedAt)) : '-' },
    { label: '利用開始希望日', value: dateLabel === '利用開始日' && a.desiredDate ? toYmd8(a.desiredDate) : '-' },
    { label: '契約満了希望日', value: dateLabel === '契約満了日' && a.desiredDate ? toYmd8(a.desiredDate) : '-' },
    { label: dateLabel, value: formatDate(a.confirmedDate) || '未確定' },
    { label: '申込分類', value: summary.applicationClass },
    { label: '申込分類(特殊)', value: dash(summary.special) },
    ...(summary.changeFlags ? [{ label: '契約変更内容', value: dash(summary.changeFlags.join(' ')) }] : []),
    { label: '備考', value: <span class="pre-wrap">{dash(a.note)}</span> },
  ];
}

/**
 * 「まとめてダウンロードする」 (seed 000), and the file list itself when no kind view
 * shows it (the kinds' views list the attachments with what was filed).
 */
function Attachments(props: { application: Application; listFiles: boolean }) {
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal('');
  const none = () => props.application.attachments.length === 0;
  const download = async () => {
    setBusy(true);
    setError('');
    try {
      const rows = await listAttachments(props.application.id);
      saveBytes(await zipAttachments(rows), `${props.application.receiptNo}.zip`);
    } catch {
      setError('添付ファイルをまとめられませんでした。もう一度お試しください。');
    } finally {
      setBusy(false);
    }
  };
  const button = (
    <div class="actions start">
      <button
        type="button"
        class="btn"
        disabled={none() || busy()}
        aria-describedby={none() ? 'download-none' : undefined}
        onClick={download}
      >
        まとめてダウンロードする
      </button>
      <Show when={none()}>
        <span id="download-none" class="field-hint">
          ダウンロードできる添付ファイルはありません。
        </span>
      </Show>
      <Show when={error()}>
        <p role="alert" class="error-text">
          {error()}
        </p>
      </Show>
    </div>
  );
  return (
    <Show when={props.listFiles} fallback={button}>
      <Block id="application-attachments" title="添付ファイル">
        <Show when={!none()} fallback={<p>添付ファイルはありません。</p>}>
          <ul class="attachment-list">
            <For each={props.application.attachments}>
              {(f) => (
                <li>
                  {f.name} <span class="file-size">{formatFileSize(f.size)}</span>
                </li>
              )}
            </For>
          </ul>
        </Show>
        {button}
      </Block>
    </Show>
  );
}

type Step = 'idle' | 'confirm' | 'running' | 'failed';

function RequestActions(props: {
  application: Application;
  name: string;
  wizardPath?: string;
}) {
  const navigate = useNavigate();
  const [step, setStep] = createSignal<Step>('idle');
  const [message, setMessage] = createSignal('');
  let confirmTitle: HTMLHeadingElement | undefined;
  const ask = () => {
    setStep('confirm');
    queueMicrotask(() => confirmTitle?.focus());
  };
  const withdraw = async () => {
    setStep('running');
    try {
      await withdrawApplication(props.application.id);
      setStep('idle');
    } catch (err) {
      setMessage(err instanceof SubmitRefusedError ? err.messages.join('') : '取り下げできませんでした。もう一度お試しください。');
      setStep('failed');
    }
  };
  return (
    <section class="request-actions" aria-label="修正・取下げ">
      <p>確認事項の内容を確認し、修正または取下げのいずれかを選択してください。</p>
      <Switch>
        <Match when={step() === 'confirm' || step() === 'running'}>
          <section class="confirm-panel" role="alertdialog" aria-labelledby="withdraw-title" aria-describedby="withdraw-text">
            <h2 id="withdraw-title" tabindex="-1" ref={confirmTitle}>
              {props.name}を取り下げますか？
            </h2>
            <p id="withdraw-text">
              申込受付番号「{props.application.receiptNo}」の{props.name}を取り下げます。取り下げた申込は元に戻せません。
            </p>
            <div class="actions start">
              <button type="button" class="btn btn-danger" disabled={step() === 'running'} onClick={withdraw}>
                取り下げる
              </button>
              <button type="button" class="btn btn-secondary" disabled={step() === 'running'} onClick={() => setStep('idle')}>
                キャンセル
              </button>
            </div>
          </section>
        </Match>
        <Match when={true}>
          <div class="actions">
            <Show when={props.wizardPath}>
              <button
                type="button"
                class="btn btn-next"
                onClick={() => navigate(`${props.wizardPath}?amends=${encodeURIComponent(props.application.id)}`)}
              >
                {props.name}を修正する
              </button>
            </Show>
            <button type="button" class="btn btn-danger" onClick={ask}>
              {props.name}を取り下げる
            </button>
          </div>
        </Match>
      </Switch>
      <Show when={step() === 'failed'}>
        <p role="alert" class="error-text">
          {message()}
        </p>
      </Show>
    </section>
  );
}
