// UTB 通関士証票番号登録: the broker's full 利用者ID and the 通関士証票番号 as the
// seed's input rule says (shown on screen).
import { createSignal, For, Show } from 'solid-js';
import { checkUtbRegistration, UTB01_NOTE, type UtbError } from '../../../domain/broker-id/utb';
import type { UserId } from '../../../domain/contract';
import { listUserIdsOfCode, registerBrokerCardNo } from '../../../store/contracts';
import { logEvent } from '../../../store/events';
import { TextInput } from '../../../ui/form/TextInput';
import { WizardForm } from '../../../ui/form/WizardForm';
import { errorText, NORMAL_END } from './result';

type Outcome = { ok: true; userId: string; cardNo: string } | { ok: false; errors: UtbError[] };

export function UtbForm(props: { loginUserId: string; now: number; onBack: () => void }) {
  const [target, setTarget] = createSignal('');
  const [cardNo, setCardNo] = createSignal('');
  const [outcome, setOutcome] = createSignal<Outcome>();
  const [busy, setBusy] = createSignal(false);

  async function send() {
    setBusy(true);
    try {
      const group = await listUserIdsOfCode(props.loginUserId.slice(0, 5));
      const byId = new Map<string, UserId>(group.map((u) => [u.id, u]));
      const result = checkUtbRegistration({
        loginUserId: props.loginUserId,
        targetUserId: target().trim(),
        cardNo: cardNo(),
        now: props.now,
        lookup: (id) => byId.get(id),
      });
      const sent = { type: 'utb' as const, job: 'UTB', userId: target().trim(), cardNo: cardNo() };
      if (!result.ok) {
        logEvent({ ...sent, ok: false, message: result.errors.map(errorText).join(' ') });
        return setOutcome(result);
      }
      await registerBrokerCardNo(result.userId.id, result.cardNo, props.now);
      logEvent({ ...sent, ok: true });
      setOutcome({ ok: true, userId: result.userId.id, cardNo: result.cardNo });
    } catch {
      setOutcome({ ok: false, errors: [{ code: '', message: '登録できませんでした。もう一度送信してください。' }] });
    } finally {
      setBusy(false);
    }
  }

  const fieldError = (field: 'userId' | 'cardNo') => {
    const o = outcome();
    if (!o || o.ok) return undefined;
    const e = o.errors.find((x) => x.field === field);
    return e ? errorText(e) : undefined;
  };

  return (
    <WizardForm onSubmit={() => void send()}>
      <h2>通関士証票番号登録(UTB)</h2>
      <Show when={outcome()}>
        {(o) => (
          <div class="utb-result" classList={{ error: !o().ok }} role="status">
            <Show
              when={o().ok && (o() as Extract<Outcome, { ok: true }>)}
              fallback={
                <>
                  <p>処理結果コード：エラー</p>
                  <ul>
                    <For each={(o() as Extract<Outcome, { ok: false }>).errors}>
                      {(e) => <li>{errorText(e)}</li>}
                    </For>
                  </ul>
                </>
              }
            >
              {(done) => (
                <p>
                  {NORMAL_END}
                  <br />
                  利用者ID {done().userId} に通関士証票番号「{done().cardNo}」を登録しました。
                </p>
              )}
            </Show>
          </div>
        )}
      </Show>
      <TextInput
        id="utb-user-id"
        label="利用者ID"
        hint="半角英数字8桁"
        width="s"
        value={target()}
        onValue={setTarget}
        error={fieldError('userId')}
        note="証票番号を登録したい通関士の利用者IDを入力してください。"
      />
      <TextInput
        id="utb-card-no"
        label="通関士証票番号"
        hint="左詰め5桁以内"
        width="s"
        value={cardNo()}
        onValue={setCardNo}
        error={fieldError('cardNo')}
      />
      <div class="utb-rule">
        <p>※ 通関士証票番号の入力方法 ※</p>
        <p>035 、12345 、12-97 → そのまま左詰めで入力</p>
        <p>12-7896 → 7896 を左詰めで入力(ハイフン以降の番号を入力)</p>
      </div>
      <p class="utb-rule">{UTB01_NOTE}</p>
      <div class="actions start">
        <button type="submit" class="btn" disabled={busy()}>
          送信
        </button>
        <button type="button" class="btn btn-secondary" onClick={() => props.onBack()}>
          業務選択に戻る
        </button>
      </div>
    </WizardForm>
  );
}
