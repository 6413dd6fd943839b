// 新規申込 before any login (seed 003, DOMAIN.md §3.1): the notes and システム利用規程
// → 「システム利用規定に同意する」 → 仮ログイン (申込担当者) → 「申込内容確認へ進む」 →
// confirmation → 「申込内容を登録する」 → 仮ログイン登録完了, and a mail with the
// 仮ログインID, its password and the NSS URL to the address entered.
import { useNavigate } from '@solidjs/router';
import { createSignal, onMount, Show } from 'solid-js';
import { whenAppReady } from '../../app/background';
import { checkContact, type ContactField } from '../../domain/validation/contact';
import { Block } from '../../ui/Block';
import { ContactFields } from '../../ui/form/ContactFields';
import { Sections } from '../../ui/form/Sections';
import { WizardForm } from '../../ui/form/WizardForm';
import { CompletionHelp } from '../../wizard/CompletePage';
import { contactRows } from '../../wizard/contact-rows';
import { CONTACT_IDS } from '../../wizard/contact-state';
import { boundErrors, createStepErrors } from '../../wizard/step-errors';
import { SignupFrame } from './SignupFrame';
import { resetSignup, signup, updateSignup } from './signup-state';
import './new-usage.css';

/** 新規申込: 記載の事項 and システム利用規程; nothing is kept before consent. */
export function SignupTerms() {
  const navigate = useNavigate();
  const agree = () => {
    updateSignup((s) => (s.consented = true));
    navigate('/signup/contact');
  };
  return (
    <SignupFrame title="新規申込" current={1}>
      <p class="lead">
        NACCSを新たに利用する場合(既存の企業が新たな事業所でNACCSを利用する場合を含みます)は、以下の事項とシステム利用規程をよくお読みのうえ、「システム利用規定に同意する」ボタンをクリックしてください。
      </p>
      <Block title="新規申込の流れ">
        <ol class="signup-flow">
          <li>申込担当者の情報を入力し、仮ログインIDを登録します。入力したE-mailアドレスに仮ログインID・パスワードが送信されます。</li>
          <li>メールに記載のURLにアクセスし、仮ログインID・パスワードでNSSにログインします。</li>
          <li>NACCS利用申込(事業所・企業、利用者、論理端末、回線、メールボックス、料金プラン、請求先)を入力し、登録します。</li>
          <li>NACCSセンターにて申込内容を確認します。確認が完了すると、事業所コード・パスワード、利用者ID等の確認方法をE-mailでお知らせします。</li>
        </ol>
        <div class="important">
          <p>※ 既にNACCSを利用している企業が新たな事業所で利用する場合も「新規申込」となります。</p>
          <p>※ 利用開始には余裕をもってお申込ください。</p>
        </div>
      </Block>
      <Block title="システム利用規程">
        <div class="terms-text" tabIndex={0} role="region" aria-label="システム利用規程(抜粋)">
          <p>(研修用の要約です。実際の規程ではありません。)</p>
          <p>第1条 利用者は、この規程に従いNACCSを利用するものとします。</p>
          <p>第2条 利用申込は、NACCSサポートシステムにより行うものとします。申込内容の確認が完了したとき(審査終了)、利用申込書の提出があったものとみなします。</p>
          <p>第3条 利用者は、事業所コード、パスワード及び利用者IDを適切に管理し、第三者に知らせてはならないものとします。</p>
          <p>第4条 新たな利用者コードを利用する場合、利用者はシステム設定申込を利用開始日の4営業日前までに行うものとし、行われなかった場合、利用申込は無効となります。</p>
          <p>第5条 利用料金は、利用者が選択した料金プランにより算定し、請求先に請求します。</p>
        </div>
      </Block>
      <div class="actions between">
        <a href="/login" class="btn btn-secondary btn-back">
          ログイン画面に戻る
        </a>
        <button type="button" class="btn btn-next" onClick={agree}>
          システム利用規定に同意する
        </button>
      </div>
    </SignupFrame>
  );
}

/** Sends a user who has not consented back to the terms. */
function useConsent(): () => boolean {
  const navigate = useNavigate();
  onMount(() => {
    if (!signup.consented) navigate('/signup', { replace: true });
  });
  return () => signup.consented;
}

/** 仮ログイン: 申込担当者に関する項目 → 「申込内容確認へ進む」. */
export function SignupContact() {
  const navigate = useNavigate();
  const consented = useConsent();
  const errors = createStepErrors();
  const field = (name: ContactField) => ({
    id: CONTACT_IDS[name],
    value: signup.raw[CONTACT_IDS[name]] ?? '',
    onValue: (text: string) =>
      updateSignup((s) => {
        s.raw[CONTACT_IDS[name]] = text;
        delete s.contact;
      }),
    error: errors.errorOf(CONTACT_IDS[name]),
  });
  const submit = () => {
    const values = Object.fromEntries(
      (Object.keys(CONTACT_IDS) as ContactField[]).map((k) => [k, signup.raw[CONTACT_IDS[k]] ?? '']),
    );
    const result = checkContact(values);
    if (!result.ok) return errors.fail(boundErrors(CONTACT_IDS, result.errors));
    errors.clear();
    updateSignup((s) => (s.contact = result.value));
    navigate('/signup/confirm');
  };
  return (
    <Show when={consented()}>
      <SignupFrame title="仮ログイン" current={1} errors={errors.errors()} attempt={errors.attempt()}>
        <p class="lead">
          申込担当者の情報を入力してください。
          <br />
          入力完了後、「申込内容確認へ進む」ボタンをクリックしてください。
        </p>
        <WizardForm onSubmit={submit}>
          <Block title="申込担当者に関する項目">
            <ContactFields field={field} mailNote="仮ログインID・パスワードの送信先として登録します。" />
          </Block>
          <div class="important">
            <p>ここで入力したE-mailアドレスに、仮ログインID・パスワードが送信されます。</p>
          </div>
          <div class="actions between">
            <a href="/signup" class="btn btn-secondary btn-back">
              システム利用規程に戻る
            </a>
            <button type="submit" class="btn btn-next">
              申込内容確認へ進む
            </button>
          </div>
        </WizardForm>
      </SignupFrame>
    </Show>
  );
}

const STORAGE_FAILED = '仮ログインIDを登録できませんでした。しばらくしてから、もう一度「申込内容を登録する」ボタンをクリックしてください。';

/** 仮ログイン 確認: 「申込内容を登録する」 issues the 仮ログインID and mails it. */
export function SignupConfirm() {
  const navigate = useNavigate();
  const consented = useConsent();
  const [busy, setBusy] = createSignal(false);
  const errors = createStepErrors();
  onMount(() => {
    if (signup.consented && !signup.contact) navigate('/signup/contact', { replace: true });
  });
  const register = async () => {
    // plain data, not the store's proxy (IndexedDB and structuredClone refuse proxies)
    const contact = signup.contact ? (JSON.parse(JSON.stringify(signup.contact)) as typeof signup.contact) : undefined;
    if (!contact || busy()) return;
    setBusy(true);
    try {
      const clock = await whenAppReady();
      const { createProvisionalAccount } = await import('../../store/provisional');
      await createProvisionalAccount(contact, clock.now());
      resetSignup({ consented: false, raw: {}, sentTo: contact.email });
      navigate('/signup/complete', { replace: true });
    } catch {
      errors.fail([{ id: 'signup-register', message: STORAGE_FAILED }]);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Show when={consented() && signup.contact}>
      {(contact) => (
        <SignupFrame title="仮ログイン 確認" current={1} errors={errors.errors()} attempt={errors.attempt()}>
          <p class="lead">
            入力内容を確認してください。
            <br />
            よろしければ「申込内容を登録する」ボタンをクリックしてください。
          </p>
          <Sections
            sections={[{ id: 'contact', title: '申込担当者に関する項目', backTo: 'contact', content: [{ type: 'rows', rows: contactRows(contact()) }] }]}
            onBack={() => navigate('/signup/contact')}
          />
          <div class="actions between">
            <button type="button" class="btn btn-secondary btn-back" onClick={() => navigate('/signup/contact')}>
              入力に戻る
            </button>
            <button type="button" id="signup-register" class="btn btn-next" disabled={busy()} onClick={() => void register()}>
              申込内容を登録する
            </button>
          </div>
        </SignupFrame>
      )}
    </Show>
  );
}

/** 仮ログイン登録完了: the mail is on its way. */
export function SignupComplete() {
  return (
    <SignupFrame title="仮ログイン登録完了" current={2}>
      <Show
        when={signup.sentTo}
        fallback={
          <p>
            仮ログインIDの登録は行われていません。<a href="/signup">新規申込</a>からやり直してください。
          </p>
        }
      >
        {(to) => (
          <>
            <p class="lead">仮ログインIDの登録が完了しました。</p>
            <p>
              入力されたE-mailアドレス(<span class="signup-address">{to()}</span>)に、仮ログインID・パスワードを記載したメールを送信しました。
              メールに記載のURLにアクセスし、仮ログインID・パスワードを入力してNSSにログインし、NACCS利用申込を行ってください。
            </p>
            <div class="important">
              <p>
                研修用：メールはトレーナー用画面の<a href={`/trainer/mailbox?to=${encodeURIComponent(to())}`}>受信箱</a>で確認できます。
              </p>
            </div>
            <CompletionHelp mailNote />
          </>
        )}
      </Show>
      <div class="actions">
        <a href="/login" class="btn btn-next">
          ログイン画面へ
        </a>
      </div>
    </SignupFrame>
  );
}
