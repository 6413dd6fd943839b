import { createEffect, createMemo, createSignal, on, Show } from 'solid-js';
import {
  advanceOneDay,
  advanceToNextBusinessDay,
  clockNow,
  clockToday,
  clockOffset,
  resetClock,
  setClockTo,
} from '../../center/clock';
import { centerProcessedAt } from '../../center/kick';
import { nonBusinessReason } from '../../domain/calendar';
import { formatDateTime, parseYmd8, toYmd8, weekdayJa } from '../../domain/time';
import { hostileCharMessage } from '../../domain/validation/hostile';
import { Block } from '../../ui/Block';

/** '+3日 2時間5分' from an offset in ms. */
function formatOffset(ms: number): string {
  if (Math.abs(ms) < 60_000) return 'なし（現在時刻）';
  const sign = ms < 0 ? '−' : '+';
  let minutes = Math.round(Math.abs(ms) / 60_000);
  const days = Math.floor(minutes / 1440);
  minutes -= days * 1440;
  const hours = Math.floor(minutes / 60);
  minutes -= hours * 60;
  return `${sign}${days ? `${days}日 ` : ''}${hours}時間${minutes}分`;
}

/** 'HH:MM' → [hour, minute], or null. */
function parseTime(text: string): [number, number] | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.normalize('NFKC').trim());
  if (!m) return null;
  const [h, min] = [Number(m[1]), Number(m[2])];
  return h < 24 && min < 60 ? [h, min] : null;
}

/** The simulated clock: where it stands and the trainer's controls. */
export function ClockPanel(props: { answerHour: number }) {
  // the clock ticks every second; the date and its holiday are worked out again only when the date changes
  const today = createMemo(clockToday);
  const reason = createMemo(() => nonBusinessReason(today()));
  const [date, setDate] = createSignal(toYmd8(today()));
  const [time, setTime] = createSignal('09:00');
  const [error, setError] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  // the clock ticks every minute on screen; a screen reader hears it only when it is moved
  const [moved, setMoved] = createSignal('');
  createEffect(
    on(clockOffset, () => setMoved(`模擬日時を${formatDateTime(clockNow())}（${weekdayJa(today())}）に変更しました。`), { defer: true }),
  );

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError('');
    try {
      await action();
    } finally {
      setBusy(false);
    }
  };

  const setTo = (e: Event) => {
    e.preventDefault();
    const hostile = hostileCharMessage('日付', date()) ?? hostileCharMessage('時刻', time());
    if (hostile) return setError(hostile);
    const d = parseYmd8(date().normalize('NFKC').trim());
    if (!d) return setError('日付は半角数字8桁(YYYYMMDD)の正しい日付を入力してください。');
    const t = parseTime(time());
    if (!t) return setError('時刻は「09:00」のように時:分で入力してください。');
    void run(() => setClockTo(d, t[0], t[1]));
  };

  return (
    <Block id="clock" title="模擬時計">
      <p class="visually-hidden" role="status" aria-atomic="true">
        {moved()}
      </p>
      <p class="clock-now">
        <span class="clock-label">模擬日時</span>
        <strong>
          {formatDateTime(clockNow())}（{weekdayJa(today())}）
        </strong>
        <Show when={reason()} fallback={<span class="day-kind business">営業日</span>}>
          <span class="day-kind closed">休業日（{reason()}）</span>
        </Show>
      </p>
      <p class="clock-offset">現在時刻との差：{formatOffset(clockOffset())}</p>
      <Show when={centerProcessedAt()}>
        {(at) => (
          <p class="clock-center" data-processed-at={at()}>
            センターの処理：{formatDateTime(at())} までの処理を完了
          </p>
        )}
      </Show>
      <div class="actions start">
        <button type="button" class="btn" disabled={busy()} onClick={() => run(() => advanceToNextBusinessDay(props.answerHour))}>
          次の営業日へ進める
        </button>
        <button type="button" class="btn" disabled={busy()} onClick={() => run(advanceOneDay)}>
          1日進める
        </button>
        <button type="button" class="btn btn-secondary" disabled={busy()} onClick={() => run(resetClock)}>
          現在時刻に戻す
        </button>
      </div>
      <form class="clock-set" onSubmit={setTo} aria-label="日付を指定">
        <label for="clock-date">日付</label>
        <input id="clock-date" value={date()} onInput={(e) => setDate(e.currentTarget.value)} size="10" aria-describedby="clock-date-hint" />
        <span id="clock-date-hint" class="field-hint">
          (半角数字8桁) 例)20261124
        </span>
        <label for="clock-time">時刻</label>
        <input id="clock-time" value={time()} onInput={(e) => setTime(e.currentTarget.value)} size="6" />
        <button type="submit" class="btn btn-secondary" disabled={busy()}>
          日付を指定
        </button>
      </form>
      <Show when={error()}>
        <p role="alert" class="error-text">
          {error()}
        </p>
      </Show>
    </Block>
  );
}
