import { createMemo, createSignal, For, Match, Show, Switch } from 'solid-js';
import { SubmitRefusedError } from '../../center/errors';
import { today } from '../../center/clock';
import { earliestDateOf } from '../../center/review';
import { findKind } from '../../kinds/registry';
import { trainerApprove, trainerInvalidate, trainerPickup, trainerRequest } from '../../center/trainer';
import type { Application } from '../../domain/application';
import type { Office } from '../../domain/contract';
import { confirmStartDate } from '../../domain/review';
import { formatDate, formatDateTime, parseYmd8, toYmd8 } from '../../domain/time';
import type { ReviewSettings } from '../../store/settings';
import { Block } from '../../ui/Block';
import { TextArea } from '../../ui/form/TextArea';
import { REQUEST_NOTICE_LABEL, REQUEST_NOTICE_MAX } from '../../domain/request-notice';
import { kindInfo } from '../applications/kind-info';
import { hostileCharMessage } from '../../domain/validation/hostile';
import { groupQueue, nextStepText, QUEUE_STATUSES, QUEUE_TITLES } from './queue';

export function QueuePanel(props: { applications: Application[]; offices: Record<string, Office>; settings: ReviewSettings }) {
  const groups = createMemo(() => groupQueue(props.applications));
  return (
    <For each={QUEUE_STATUSES}>
      {(status) => (
        <Block id={`queue-${status}`} title={`${QUEUE_TITLES[status]} ${groups()[status].length}件`}>
          <Show when={groups()[status].length > 0} fallback={<p class="empty-table">該当する申込はありません。</p>}>
            <table class="data-table queue-table">
              <caption class="visually-hidden">{QUEUE_TITLES[status]}</caption>
              <thead>
                <tr>
                  <th scope="col">受付番号</th>
                  <th scope="col">事業所</th>
                  <th scope="col">申込種別</th>
                  <th scope="col">申込日時</th>
                  <th scope="col">希望日</th>
                  <th scope="col">確定日</th>
                  <th scope="col">次の処理</th>
                  <th scope="col">操作</th>
                </tr>
              </thead>
              <tbody>
                <For each={groups()[status]}>
                  {(app) => <QueueRow application={app} office={props.offices[app.officeCode]} settings={props.settings} />}
                </For>
              </tbody>
            </table>
          </Show>
        </Block>
      )}
    </For>
  );
}

type Form = 'none' | 'approve' | 'request';

function QueueRow(props: { application: Application; office?: Office; settings: ReviewSettings }) {
  const a = () => props.application;
  const info = createMemo(() => kindInfo(a().kind, a().payload, a()));
  const [form, setForm] = createSignal<Form>('none');
  const [date, setDate] = createSignal('');
  const [text, setText] = createSignal('');
  const [error, setError] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const label = () => `受付番号${a().receiptNo}`;

  const ruleDate = () => {
    try {
      const def = findKind(a().kind);
      if (!def) return a().desiredDate ?? today();
      const earliest = earliestDateOf(a(), def, props.settings);
      return confirmStartDate({ desired: a().desiredDate, earliest, answeredOn: today() });
    } catch {
      return a().desiredDate ?? today();
    }
  };

  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError('');
    try {
      await action();
      setForm('none');
    } catch (err) {
      setError(err instanceof SubmitRefusedError || err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  const openApprove = () => {
    setDate(toYmd8(ruleDate()));
    setForm('approve');
  };

  const approve = (e: Event) => {
    e.preventDefault();
    const hostile = hostileCharMessage(info().dateLabel, date());
    if (hostile) return setError(hostile);
    const d = parseYmd8(date().normalize('NFKC').trim());
    if (!d) return setError(`${info().dateLabel}は半角数字8桁(YYYYMMDD)の正しい日付を入力してください。`);
    void run(() => trainerApprove(a().id, d));
  };

  const request = (e: Event) => {
    e.preventDefault();
    void run(() => trainerRequest(a().id, text()));
  };

  return (
    <>
      <tr>
        <td>{a().receiptNo}</td>
        <td>
          {a().officeCode}
          <Show when={props.office}>
            <br />
            <span class="sub">{props.office!.officeName}</span>
          </Show>
        </td>
        <td>{info().listLabel}</td>
        <td>{formatDateTime(a().submittedAt)}</td>
        <td>{formatDate(a().desiredDate) || '最短'}</td>
        <td>{formatDate(a().confirmedDate) || '―'}</td>
        <td>{nextStepText(a(), info().dateLabel)}</td>
        <td class="queue-actions">
          <Switch>
            <Match when={a().status === '受付'}>
              <button type="button" class="btn btn-small" disabled={busy()} aria-label={`${label()}の内容確認を開始`} onClick={() => run(() => trainerPickup(a().id))}>
                内容確認を開始
              </button>
            </Match>
            <Match when={a().status === '内容確認中'}>
              <button type="button" class="btn btn-small" disabled={busy()} aria-label={`${label()}を確認完了(承認)`} onClick={openApprove}>
                確認完了(承認)
              </button>
              <button type="button" class="btn btn-secondary btn-small" disabled={busy()} aria-label={`${label()}に確認依頼`} onClick={() => setForm('request')}>
                確認依頼
              </button>
            </Match>
            <Match when={a().status === '審査終了' && info().needsSystemSetting}>
              <button type="button" class="btn btn-danger btn-small" disabled={busy()} aria-label={`${label()}を無効にする`} onClick={() => run(() => trainerInvalidate(a().id))}>
                無効にする（テスト用）
              </button>
            </Match>
          </Switch>
        </td>
      </tr>
      <Show when={form() !== 'none' || error()}>
        <tr class="queue-form-row">
          <td colspan="8">
            <Switch>
              <Match when={form() === 'approve'}>
                <form class="inline-form" onSubmit={approve} aria-label={`${label()}の確認完了`}>
                  <label for={`approve-${a().id}`}>{info().dateLabel}</label>
                  <input id={`approve-${a().id}`} size="10" value={date()} onInput={(e) => setDate(e.currentTarget.value)} />
                  <span class="field-hint">(半角数字8桁・営業日・希望日以降)</span>
                  <button type="submit" class="btn btn-small" disabled={busy()}>
                    承認する
                  </button>
                  <button type="button" class="btn btn-secondary btn-small" onClick={() => setForm('none')}>
                    キャンセル
                  </button>
                </form>
              </Match>
              <Match when={form() === 'request'}>
                <form class="inline-form" onSubmit={request} aria-label={`${label()}の確認依頼`}>
                  <TextArea
                    id={`request-${a().id}`}
                    label={REQUEST_NOTICE_LABEL}
                    maxChars={REQUEST_NOTICE_MAX}
                    rows={3}
                    value={text()}
                    onValue={setText}
                    placeholder="例）19NACで入力された輸出入者コード(JASTPRO)の体系が違います。コードを確認頂き修正入力をお願いします。"
                  />
                  <button type="submit" class="btn btn-small" disabled={busy()}>
                    確認依頼を送る
                  </button>
                  <button type="button" class="btn btn-secondary btn-small" onClick={() => setForm('none')}>
                    キャンセル
                  </button>
                </form>
              </Match>
            </Switch>
            <Show when={error()}>
              <p role="alert" class="error-text">
                {error()}
              </p>
            </Show>
          </td>
        </tr>
      </Show>
    </>
  );
}
