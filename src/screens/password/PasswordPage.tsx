// パスワードの変更 (ユーザー情報): the 事業所パスワード of the logged-in office.
// Current password, new password twice; the rules are ours (docs/password.md).
import { useNavigate } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import {
  NEW_PASSWORD_MAX,
  NEW_PASSWORD_MIN,
  PASSWORD_HISTORY_DEPTH,
  PASSWORD_LABELS,
  type PasswordChangeError,
  type PasswordChangeField,
} from '../../domain/password';
import { changeOfficePassword, PasswordChangedMeanwhile } from '../../store/password';
import { currentOfficeCode } from '../../store/session';
import { Block } from '../../ui/Block';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { TextInput } from '../../ui/form/TextInput';
import { WizardForm } from '../../ui/form/WizardForm';
import { Title } from '../../ui/Title';
import './password.css';

export const PASSWORD_RULE_TEXTS = [
  `${NEW_PASSWORD_MIN}文字以上${NEW_PASSWORD_MAX}文字以内の半角英数字記号（空白を除く）で入力してください。`,
  '半角英字と半角数字をそれぞれ1文字以上含めてください。英字の大文字と小文字は区別されます。',
  '事業所コードを含むパスワードは使用できません。',
  `現在のパスワード及び直前${PASSWORD_HISTORY_DEPTH - 1}回までに使用したパスワードは使用できません。`,
];

const MEANWHILE = '他の画面でパスワードが変更されたため、変更できませんでした。現在のパスワードを確認し、もう一度入力してください。';
const STORAGE = 'データを読み書きできなかったため、パスワードを変更できませんでした。画面上部の表示をご確認ください。';

export default function PasswordPage() {
  const navigate = useNavigate();
  const [values, setValues] = createSignal<Record<PasswordChangeField, string>>({
    currentPassword: '',
    newPassword: '',
    newPasswordConfirm: '',
  });
  const [errors, setErrors] = createSignal<PasswordChangeError[]>([]);
  const [attempt, setAttempt] = createSignal(0);
  const [busy, setBusy] = createSignal(false);

  const set = (field: PasswordChangeField) => (text: string) => setValues((v) => ({ ...v, [field]: text }));
  const errorOf = (field: PasswordChangeField) => errors().find((e) => e.field === field)?.message;
  const show = (list: PasswordChangeError[]) => {
    setErrors(list);
    setAttempt((n) => n + 1);
  };

  async function submit() {
    const officeCode = currentOfficeCode();
    if (!officeCode || busy()) return;
    setBusy(true);
    try {
      const v = values();
      const result = await changeOfficePassword(officeCode, {
        current: v.currentPassword,
        next: v.newPassword,
        confirm: v.newPasswordConfirm,
      });
      if (!result.ok) return show(result.errors);
      setErrors([]);
      navigate('/password/complete', { replace: true, state: { changed: true } });
    } catch (err) {
      show([{ field: 'currentPassword', message: err instanceof PasswordChangedMeanwhile ? MEANWHILE : STORAGE }]);
    } finally {
      setBusy(false);
    }
  }

  const field = (id: PasswordChangeField, autocomplete: string, hint?: string) => (
    <TextInput
      id={id}
      label={PASSWORD_LABELS[id]}
      required
      type="password"
      width="m"
      hint={hint}
      autocomplete={autocomplete}
      value={values()[id]}
      onValue={set(id)}
      error={errorOf(id)}
    />
  );

  return (
    <div class="password-page">
      <Title text="パスワード変更" error={errors().length > 0} />
      <h1 class="page-title">パスワード変更</h1>
      <p>事業所パスワード（NACCSサポートシステムのログインパスワード）を変更します。</p>
      <ErrorSummary errors={errors().map((e) => ({ id: e.field, message: e.message }))} attempt={attempt()} />
      <WizardForm onSubmit={() => void submit()} id="password-form">
        <Block
          title="パスワード変更"
          id="password-block"
          intro={
            <ul class="password-rules">
              <For each={PASSWORD_RULE_TEXTS}>{(t) => <li>※{t}</li>}</For>
            </ul>
          }
        >
          {field('currentPassword', 'current-password')}
          {field('newPassword', 'new-password', '半角英数字記号')}
          {field('newPasswordConfirm', 'new-password', '確認のため、もう一度入力')}
        </Block>
        <p>
          ※パスワードを変更すると、この画面以外（他の端末など）で同じ事業所コードでログインしている画面はログアウトされます。
        </p>
        <div class="actions">
          <button type="submit" class="btn" disabled={busy()}>
            パスワードを変更する
          </button>
        </div>
        <Show when={busy()}>
          <p role="status">確認しています…</p>
        </Show>
      </WizardForm>
    </div>
  );
}
