import { createSignal, Match, Show, Switch } from 'solid-js';
import { now } from '../../center/clock';
import { resetDemoData } from '../../store/demo/seed';
import { Block } from '../../ui/Block';

type Step = 'idle' | 'confirm' | 'running' | 'done' | 'failed';

/** 「デモデータを初期化」 with a confirmation; settings and this device's own state are kept. */
export function ResetSection() {
  const [step, setStep] = createSignal<Step>('idle');
  let confirmTitle: HTMLHeadingElement | undefined;

  const ask = () => {
    setStep('confirm');
    queueMicrotask(() => confirmTitle?.focus());
  };

  const reset = async () => {
    setStep('running');
    try {
      await resetDemoData(now());
      setStep('done');
    } catch {
      setStep('failed');
    }
  };

  return (
    <Block
      id="settings-reset"
      title="デモデータの初期化"
      intro="申込・下書き・新着情報・メール・契約内容を消して、デモ用の事業所（NAC001・NAC002）を最初の状態に戻します。設定と模擬時計はそのままです。"
    >
      <Switch>
        <Match when={step() === 'confirm'}>
          <section class="confirm-panel" role="alertdialog" aria-labelledby="reset-confirm-title" aria-describedby="reset-confirm-text">
            <h3 id="reset-confirm-title" tabindex="-1" ref={confirmTitle}>
              デモデータを初期化しますか？
            </h3>
            <p id="reset-confirm-text">
              この端末に保存されている申込や入力中の下書きはすべて消え、元に戻せません。
            </p>
            <div class="actions start">
              <button type="button" class="btn btn-danger" onClick={reset}>
                初期化する
              </button>
              <button type="button" class="btn btn-secondary" onClick={() => setStep('idle')}>
                キャンセル
              </button>
            </div>
          </section>
        </Match>
        <Match when={step() === 'running'}>
          <p role="status">初期化しています…</p>
        </Match>
        <Match when={true}>
          <div class="actions start">
            <button type="button" class="btn btn-danger" onClick={ask}>
              デモデータを初期化
            </button>
          </div>
        </Match>
      </Switch>
      <Show when={step() === 'done'}>
        <p role="status" class="settings-status">
          デモデータを初期化しました。
        </p>
      </Show>
      <Show when={step() === 'failed'}>
        <p role="alert" class="settings-status error">
          デモデータを初期化できませんでした。画面上部の表示をご確認ください。
        </p>
      </Show>
    </Block>
  );
}
