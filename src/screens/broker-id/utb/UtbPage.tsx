// A small NACCS terminal (研修用模擬端末): UTB and UTB01 are NACCS businesses done
// from the package software, not from NSS (seed 004 「3．通関士証票番号の登録」).
import { createMemo, createSignal, Match, Show, Switch } from 'solid-js';
import { clockNow } from '../../../center/clock';
import { isUtbAvailable, UTB_HOURS_TEXT } from '../../../domain/broker-id/utb';
import { formatDateTime, isoDateOf } from '../../../domain/time';
import { Title } from '../../../ui/Title';
import { LogonForm } from './LogonForm';
import { terminalUserId, logOff } from './session';
import { UtbForm } from './UtbForm';
import { Utb01Form } from './Utb01Form';
import './utb.css';

type Business = 'menu' | 'UTB' | 'UTB01';

export function UtbPage() {
  const [business, setBusiness] = createSignal<Business>('menu');
  const now = createMemo(() => clockNow());
  return (
    <section class="utb-page">
      <Title text="NACCS端末(模擬) 通関士証票番号登録" />
      <h1 class="page-title">NACCS端末(研修用模擬端末)</h1>
      <p class="lead">
        通関士証票番号の登録(UTB)と照会(UTB01)は、NSSではなくNACCSのパッケージソフトで行う業務です。この画面はその業務を研修用に再現したものです。
      </p>
      <p>
        現在時刻 {formatDateTime(now())}
        ({isUtbAvailable(now()) ? 'UTB業務利用可能' : 'UTB業務利用可能時間外'}・{UTB_HOURS_TEXT})
      </p>
      <div class="utb-terminal">
        <Show when={terminalUserId()} fallback={<LogonForm today={isoDateOf(now())} />}>
          {(userId) => (
            <>
              <p>
                ログオン中の利用者ID: <strong data-testid="terminal-user">{userId()}</strong>{' '}
                <button
                  type="button"
                  class="btn btn-small"
                  onClick={() => {
                    logOff();
                    setBusiness('menu');
                  }}
                >
                  ログオフ
                </button>
              </p>
              <Switch>
                <Match when={business() === 'menu'}>
                  <h2>業務選択</h2>
                  <div class="actions start">
                    <button type="button" class="btn" onClick={() => setBusiness('UTB')}>
                      UTB 通関士証票番号登録
                    </button>
                    <button type="button" class="btn" onClick={() => setBusiness('UTB01')}>
                      UTB01 通関士証票番号照会
                    </button>
                  </div>
                </Match>
                <Match when={business() === 'UTB'}>
                  <UtbForm loginUserId={userId()} now={now()} onBack={() => setBusiness('menu')} />
                </Match>
                <Match when={business() === 'UTB01'}>
                  <Utb01Form loginUserId={userId()} onBack={() => setBusiness('menu')} />
                </Match>
              </Switch>
            </>
          )}
        </Show>
      </div>
    </section>
  );
}
