// UTB01 通関士証票番号照会: the registrations per 利用者ID of the logged-on ID's group.
import { createSignal, For, Show } from 'solid-js';
import { checkUtb01Inquiry } from '../../../domain/broker-id/utb';
import type { UserId } from '../../../domain/contract';
import { formatDateTime } from '../../../domain/time';
import { listUserIdsOfCode } from '../../../store/contracts';
import { TextInput } from '../../../ui/form/TextInput';
import { WizardForm } from '../../../ui/form/WizardForm';
import { ErrorLine, NORMAL_END } from './result';

export function Utb01Form(props: { loginUserId: string; onBack: () => void }) {
  const [filter, setFilter] = createSignal('');
  const [rows, setRows] = createSignal<UserId[]>();
  const [error, setError] = createSignal<string>();

  async function send() {
    const typed = filter().trim();
    const group = await listUserIdsOfCode(props.loginUserId.slice(0, 5));
    const result = checkUtb01Inquiry(props.loginUserId, typed, group);
    setError(result.ok ? undefined : `${result.error.code} ${result.error.message}`);
    setRows(result.ok ? result.rows : undefined);
  }

  return (
    <WizardForm onSubmit={() => void send()}>
      <h2>通関士証票番号照会(UTB01)</h2>
      <TextInput
        id="utb01-user-id"
        label="利用者ID"
        hint="半角英数字8桁・省略可"
        width="s"
        value={filter()}
        onValue={setFilter}
        note="省略すると、ログオンした利用者IDと同じ利用者コードの通関士IDをすべて照会します。"
      />
      <div class="actions start">
        <button type="submit" class="btn">
          送信
        </button>
        <button type="button" class="btn btn-secondary" onClick={() => props.onBack()}>
          業務選択に戻る
        </button>
      </div>
      <ErrorLine message={error()} />
      <Show when={rows()}>
        {(list) => (
          <div class="utb-result" role="status">
            <p>{NORMAL_END}</p>
            <table class="data-table utb01-table">
              <caption class="visually-hidden">通関士証票番号の登録状況</caption>
              <thead>
                <tr>
                  <th scope="col">利用者ID</th>
                  <th scope="col">通関士証票番号</th>
                  <th scope="col">登録日時</th>
                </tr>
              </thead>
              <tbody>
                <For
                  each={list()}
                  fallback={
                    <tr>
                      <td colSpan={3}>通関士IDはありません。</td>
                    </tr>
                  }
                >
                  {(u) => (
                    <tr>
                      <th scope="row">{u.id}</th>
                      <td>{u.brokerCardNo ?? '未登録'}</td>
                      <td>{u.brokerCardRegisteredAt ? formatDateTime(u.brokerCardRegisteredAt) : ''}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
        )}
      </Show>
    </WizardForm>
  );
}
