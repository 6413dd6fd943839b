import { createSignal, Show } from 'solid-js';
import { checkLogon } from '../../../domain/broker-id/utb';
import { getUserId } from '../../../store/contracts';
import { logEvent } from '../../../store/events';
import { DEMO_USER_ID_PASSWORD } from '../../../store/demo/credentials';
import { createLiveSetting } from '../../../store/settings';
import { TextInput } from '../../../ui/form/TextInput';
import { WizardForm } from '../../../ui/form/WizardForm';
import { ErrorLine } from './result';
import { logOn } from './session';

/** ログオン with a 利用者ID and its NACCS password. */
export function LogonForm(props: { today: string }) {
  const demo = createLiveSetting('demo');
  const [userId, setUserId] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [error, setError] = createSignal<string>();

  async function submit() {
    const typed = userId().trim();
    const result = checkLogon(typed, password(), typed ? await getUserId(typed) : undefined, props.today);
    if (!result.ok) {
      // an exercise's 途中の誤り names a サイバーポート用の利用者ID used instead of the netNACCS one (seed 003)
      if (result.cyberport) logEvent({ type: 'utb', job: 'LOGON', userId: typed, cardNo: '', ok: false, message: result.message });
      return setError(result.message);
    }
    setError(undefined);
    logOn(result.userId.id);
  }

  return (
    <WizardForm onSubmit={() => void submit()}>
      <h2>ログオン</h2>
      <ErrorLine message={error()} />
      <TextInput id="logon-user-id" label="利用者ID" hint="半角英数字8桁" width="s" value={userId()} onValue={setUserId} />
      <TextInput id="logon-password" label="パスワード" width="s" value={password()} onValue={setPassword} type="password" />
      <div class="actions start">
        <button type="submit" class="btn">
          ログオン
        </button>
      </div>
      <Show when={demo()?.enabled}>
        <p class="utb-rule">
          研修用：デモの利用者ID(1ANACA01 など)のパスワードは「{DEMO_USER_ID_PASSWORD}」です。
          通関士IDの追加で払い出された利用者IDのパスワードは、NSSの「ID通知内容」で確認してください。
          通関士証票番号は、登録したい通関士IDと同じ利用者コードの利用者IDでログオンして登録します。
        </p>
      </Show>
    </WizardForm>
  );
}
