// NACCS利用申込 入力 (seed 003): one step holding the tabs 申込担当 / 事業所・企業 /
// 利用者 / 論理端末・証明書 / 回線・論理端末 / メールボックス / 料金プラン / 請求先,
// filled in any order; a tab is checked when it is left, all of them by
// 「申込内容確認へ進む」. Every field's text lives in the draft's `raw`.
import { createMemo, createSignal, For, Match, onCleanup, Show, Switch } from 'solid-js';
import { F, BILL_ADDRESS, BULK, CUSTOMS, DEBIT, LINE_KINDS, METHOD_CHOICES, PREFECTURES, SKIP_TEXT, SYSTEM_CHOICES, USER_MODES } from '../../domain/new-usage/fields';
import { POSTAL_FORMAT, POSTAL_NOT_FOUND, POSTAL_UNAVAILABLE, reflected, reflectedStreet, type PostalHit } from '../../domain/new-usage/postal';
import { checkUserRow, systemsOf, ticked, type UserRow } from '../../domain/new-usage/rules';
import { INDUSTRIES } from '../../domain/system-setting/industries';
import { SCHEDULE_NOTE } from '../../domain/validation/start-date';
import { Block } from '../../ui/Block';
import { CheckboxGroup } from '../../ui/form/CheckboxGroup';
import { ContactFields } from '../../ui/form/ContactFields';
import { RadioGroup } from '../../ui/form/RadioGroup';
import { SelectInput } from '../../ui/form/SelectInput';
import { TextArea } from '../../ui/form/TextArea';
import { TextInput } from '../../ui/form/TextInput';
import { WizardForm } from '../../ui/form/WizardForm';
import { TableScroll } from '../../ui/TableScroll';
import { CONTACT_IDS } from '../../wizard/contact-state';
import { useStep, useWizard } from '../../wizard/context';
import { createStepErrors, type StepErrors } from '../../wizard/step-errors';
import { createTabbedForm, TabbedFormTabs, useFocusFromLink, useTabParam } from '../../wizard/TabbedForm';
import { WizardPage } from '../../wizard/WizardPage';
import { createNewUsageContext } from './context';
import { CheckField } from './fields';
import { findPostal } from './postal-source';
import type { NewUsageState, StepId } from './state';
import { TAB_IDS, TABS, type TabId } from './tabs';
import './new-usage.css';

/**
 * The fields one 「反映」 reads and fills: the 事業所's on 事業所・企業, the 請求先's on 請求先.
 * `town` is the 町域 select it shows for a code with several towns (not saved: it only fills 住所).
 */
interface PostalTarget {
  postal: string;
  prefecture: string;
  street: string;
  town: string;
  townLabel: string;
}
const OFFICE_POSTAL: PostalTarget = { postal: F.postalCode, prefecture: F.prefecture, street: F.address, town: 'nu-officeTown', townLabel: '町域' };
const BILL_POSTAL: PostalTarget = { postal: F.billPostalCode, prefecture: F.billPrefecture, street: F.billStreet, town: 'nu-billTown', townLabel: '請求先 町域' };

const HYPHEN_NOTE = '「-」(ハイフン)を入力せずに、数字のみ入力してください。';

/** Two sets of errors shown as one summary: the tabs' and the 利用者 row's. */
function mergedErrors(a: StepErrors, b: StepErrors): StepErrors {
  return {
    ...a,
    errors: () => [...b.errors(), ...a.errors()],
    attempt: () => a.attempt() + b.attempt(),
    errorOf: (id: string) => b.errorOf(id) ?? a.errorOf(id),
  };
}

export function FormStep() {
  const { session } = useWizard<NewUsageState, StepId>();
  const step = useStep<NewUsageState, StepId>('form');
  const ctx = createNewUsageContext();
  const [tab, select] = useTabParam<TabId>(TAB_IDS);
  const tabs = createTabbedForm({ tabs: TABS, state: () => session.state, ctx, selected: tab, select });
  const rowErrors = createStepErrors();
  const postalErrors = createStepErrors();
  const errors = mergedErrors(tabs.errors, mergedErrors(rowErrors, postalErrors));
  useFocusFromLink();

  const raw = (id: string) => session.state.raw[id] ?? '';
  const set = (id: string, text: string) =>
    session.update((s) => {
      s.raw[id] = text;
      delete s.formDone;
    });
  const bind = (id: string) => ({ id, value: raw(id), onValue: (t: string) => set(id, t), error: errors.errorOf(id) });
  const systems = createMemo(() => systemsOf(session.state.raw));

  function setRow() {
    const c = ctx();
    if (!c) return;
    const { row, errors: found } = checkUserRow(session.state, c);
    if (!row) return rowErrors.fail(Object.entries(found).map(([id, message]) => ({ id, message })));
    rowErrors.clear();
    session.update((s) => {
      const placed: UserRow = { ...row, group: s.nextGroup };
      if (s.editing !== undefined && s.pending[s.editing]) s.pending[s.editing] = placed;
      else s.pending.push(placed);
      delete s.editing;
      s.raw[F.industry] = '';
      s.raw[F.method] = '';
      s.raw[F.idCount] = '';
      s.raw[F.sso] = '';
      delete s.formDone;
    });
  }

  function confirmRows() {
    if (!session.state.pending.length) {
      return rowErrors.fail([{ id: F.userMode, message: '利用者コードの内容を「設定」ボタンで設定してから、「この内容を設定する」ボタンをクリックしてください。' }]);
    }
    rowErrors.clear();
    session.update((s) => {
      s.users.push(...s.pending.map((r) => ({ ...r, group: s.nextGroup })));
      s.pending = [];
      s.nextGroup += 1;
      s.raw[F.userCode] = '';
      delete s.formDone;
    });
  }

  function removeRow(list: 'users' | 'pending', index: number) {
    session.update((s) => {
      s[list].splice(index, 1);
      delete s.formDone;
    });
  }

  function submit() {
    postalErrors.clear();
    if (tabs.checkAll()) step.proceed((s) => (s.formDone = true));
  }

  const rowCells = (r: UserRow) => [
    r.mode === 'new' ? '(新規)' : (r.userCode ?? ''),
    r.sso ? '利用する' : '-',
    r.industry,
    r.method,
    String(r.count),
  ];

  const UserTable = (props: { list: 'users' | 'pending'; caption: string }) => (
    <TableScroll>
      <table class="data-table">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">利用者コード</th>
            <th scope="col">シングルサインオン</th>
            <th scope="col">業種</th>
            <th scope="col">処理方式</th>
            <th scope="col">識別番号数</th>
            <th scope="col">削除</th>
          </tr>
        </thead>
        <tbody>
          <For each={session.state[props.list]} fallback={<tr><td colSpan={6}>設定されている利用者はありません。</td></tr>}>
            {(r, i) => (
              <tr>
                <For each={rowCells(r)}>{(c) => <td>{c}</td>}</For>
                <td>
                  <button
                    type="button"
                    class="btn btn-secondary btn-small"
                    aria-label={`${i() + 1}行目を削除`}
                    onClick={() => removeRow(props.list, i())}
                  >
                    削除
                  </button>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </TableScroll>
  );

  return (
    <WizardPage step={step} errors={errors} onSelectError={(id) => tabs.reveal(id)}>
      <p class="lead">
        各タブの項目を入力してください。タブはどの順番で入力してもかまいません。
        <br />
        入力完了後、「申込内容確認へ進む」ボタンをクリックしてください。
      </p>
      <WizardForm onSubmit={submit}>
        <Show when={ctx()}>
          <TabbedFormTabs form={tabs} label="申込項目" idPrefix="nu" selected={tab()}>
            <Switch>
              <Match when={tab() === 'contact'}>
                <Block title="申込担当者に関する項目">
                  <ContactFields field={(f) => bind(CONTACT_IDS[f])} mailNote="利用申込完了の通知先として登録します。" />
                </Block>
                <Block title="利用契約に関する項目">
                  <TextArea {...bind(F.reason)} label="申込理由" maxChars={200} />
                  <TextInput {...bind(F.startDate)} label="利用開始希望日" hint="半角数字8桁" example="20190401" note={SCHEDULE_NOTE} required width="s" inputMode="numeric" />
                  <TextInput {...bind(F.officeName)} label="事業所名" hint="全角" example="CP利用者" required />
                  <TextInput {...bind(F.officeNameKana)} label="事業所名(フリガナ)" hint="全角カナ" example="サイバーポートリヨウシャ" required width="l" />
                  <CheckboxGroup
                    id={F.systems}
                    legend="利用するシステム"
                    options={SYSTEM_CHOICES}
                    values={raw(F.systems).split('|').filter(Boolean)}
                    onValues={(v) => set(F.systems, v.join('|'))}
                    error={errors.errorOf(F.systems)}
                    hint="netNACCSを利用する場合、一般NACCS(SMTP双方向等)を利用する場合、それぞれ選択してください。"
                  />
                </Block>
              </Match>
              <Match when={tab() === 'office'}>
                <Block title="企業に関する項目">
                  <TextInput {...bind(F.companyName)} label="企業名" hint="全角" example="ナックス商事株式会社" required width="l" />
                  <TextInput {...bind(F.companyNameKana)} label="企業名(フリガナ)" hint="全角カナ" example="ナックスショウジカブシキガイシャ" required width="l" />
                  <TextInput
                    {...bind(F.companyAbbr)}
                    label="企業略称"
                    hint="半角英大文字3桁"
                    example="NAC"
                    note="既にNACCSを利用している企業の新たな事業所の場合は、その企業の企業略称と企業名を入力してください。"
                    required
                    width="xs"
                  />
                </Block>
                <Block title="事業所に関する項目">
                  <TextInput {...bind(F.postalCode)} label="郵便番号" hint="半角数字7桁" example="1234567" note={HYPHEN_NOTE} required width="s" inputMode="numeric" />
                  <PostalReflect target={OFFICE_POSTAL} set={set} raw={raw} errors={postalErrors} />
                  <SelectInput {...bind(F.prefecture)} label="住所(都道府県)" options={PREFECTURES} required />
                  <TextInput {...bind(F.address)} label="住所(市区町村以下)" hint="全角" example="港区芝浦一丁目1番1号" required width="xl" />
                  <TextInput {...bind(F.phone)} label="電話番号" hint="半角数字" example="0301234567" note={HYPHEN_NOTE} required type="tel" inputMode="numeric" />
                  <SelectInput {...bind(F.systemKind)} label="システム区分" options={['海上', '航空']} required />
                  <SelectInput {...bind(F.customs)} label="管轄税関" options={CUSTOMS} required />
                </Block>
                <Block title="契約者に関する項目">
                  <TextInput {...bind(F.contractorName)} label="契約者 氏名" hint="全角" example="港 一郎" required />
                  <TextInput {...bind(F.contractorTitle)} label="契約者 役職名" hint="全角" example="代表取締役" required />
                </Block>
                <Block title="管理責任者に関する項目">
                  <TextInput {...bind(F.adminName)} label="管理責任者 氏名" hint="全角" example="通関 花子" required />
                  <TextInput {...bind(F.adminNameKana)} label="管理責任者 氏名(フリガナ)" hint="全角カナ" example="ツウカン ハナコ" required />
                  <TextInput {...bind(F.adminDepartment)} label="管理責任者 所属部署名" hint="全角" example="情報システム部" required width="l" />
                  <TextInput {...bind(F.adminPhone)} label="管理責任者 電話番号" hint="半角数字" example="0301234567" note={HYPHEN_NOTE} required type="tel" inputMode="numeric" />
                  <TextInput {...bind(F.adminEmail)} label="管理責任者 E-mailアドレス" hint="半角英数字" example="hanako.tsukan@naccs.jp" required width="l" type="email" />
                  <TextInput {...bind(F.adminFax)} label="緊急連絡用FAX番号" hint="半角数字" example="0398765432" note={HYPHEN_NOTE} required type="tel" inputMode="numeric" />
                </Block>
              </Match>
              <Match when={tab() === 'users'}>
                <Block title="利用者に関する項目" intro={<p>利用者コードごとに業種・処理方式・識別番号数を「設定」し、「この内容を設定する」ボタンをクリックしてください。</p>}>
                  <RadioGroup
                    {...bind(F.userMode)}
                    legend="利用者コード"
                    options={[
                      { value: 'new', label: USER_MODES.new },
                      { value: 'share', label: USER_MODES.share },
                    ]}
                  />
                  <Show when={raw(F.userMode) === 'share'}>
                    <TextInput {...bind(F.userCode)} label="利用者コード" hint="半角英数字5桁" example="1ANAC" required width="s" />
                  </Show>
                  <CheckField {...bind(F.sso)} label="シングルサインオンを利用する(任意)" />
                  <SelectInput {...bind(F.industry)} label="業種" options={INDUSTRIES} required />
                  <SelectInput
                    {...bind(F.method)}
                    label="処理方式"
                    options={[...(systems().net ? METHOD_CHOICES.net : []), ...(systems().general ? METHOD_CHOICES.general : [])]}
                    required
                  />
                  <TextInput
                    {...bind(F.idCount)}
                    label="識別番号数"
                    hint="半角数字"
                    example="1"
                    note="原則「1」を入力してください。通関士は人数分を入力してください。"
                    required
                    width="xs"
                    inputMode="numeric"
                  />
                  <div class="actions start">
                    <button type="button" class="btn" onClick={setRow}>
                      設定
                    </button>
                  </div>
                  <UserTable list="pending" caption="設定中の利用者(「この内容を設定する」で確定します)" />
                  <div class="actions start">
                    <button type="button" id={F.users} class="btn" onClick={confirmRows}>
                      この内容を設定する
                    </button>
                  </div>
                  <p class="important">※ 複数の事業所の利用者コードを一度に申込をすることはできません。</p>
                </Block>
                <Block title="申込情報(利用者)">
                  <UserTable list="users" caption="申込情報(利用者)" />
                </Block>
              </Match>
              <Match when={tab() === 'terminals'}>
                <Block title="論理端末・証明書に関する項目(netNACCS)">
                  <CheckField {...bind(F.netSkip)} label={SKIP_TEXT} />
                  <Show when={!ticked(session.state.raw, F.netSkip)}>
                    <TextInput {...bind(F.netTerminals)} label="論理端末数" hint="半角数字" example="1" required width="xs" inputMode="numeric" />
                  </Show>
                </Block>
              </Match>
              <Match when={tab() === 'lines'}>
                <Block title="回線・論理端末に関する項目(一般NACCS)">
                  <CheckField {...bind(F.lineSkip)} label={SKIP_TEXT} />
                  <Show when={!ticked(session.state.raw, F.lineSkip)}>
                    <SelectInput {...bind(F.lineKind)} label="回線種別" options={LINE_KINDS} required />
                    <TextInput {...bind(F.lineTerminals)} label="一般NACCSの論理端末数" hint="半角数字" example="1" required width="xs" inputMode="numeric" />
                  </Show>
                </Block>
              </Match>
              <Match when={tab() === 'mailboxes'}>
                <Block title="メールボックスに関する項目(一般NACCS)">
                  <CheckField {...bind(F.mailboxSkip)} label={SKIP_TEXT} />
                  <Show when={!ticked(session.state.raw, F.mailboxSkip)}>
                    <TextInput {...bind(F.mailboxes)} label="メールボックス数" hint="半角数字" example="1" required width="xs" inputMode="numeric" />
                  </Show>
                </Block>
              </Match>
              <Match when={tab() === 'plan'}>
                <Block title="料金プランに関する項目" intro={<p>希望する料金プランを選択してください。</p>}>
                  <Show when={systems().net}>
                    <RadioGroup {...bind(F.planNet)} legend="netNACCSの料金プラン" options={[{ value: 'A', label: 'Aプラン' }, { value: 'B', label: 'Bプラン' }]} />
                  </Show>
                  <Show when={systems().general}>
                    <RadioGroup {...bind(F.planGeneral)} legend="一般NACCSの料金プラン" options={[{ value: 'A', label: 'Aプラン' }, { value: 'B', label: 'Bプラン' }]} />
                  </Show>
                  <Show when={!systems().net && !systems().general}>
                    <p>「申込担当」タブで利用するシステムを選択してください。</p>
                  </Show>
                </Block>
              </Match>
              <Match when={tab() === 'billing'}>
                <BillingTab bind={bind} raw={raw} set={set} postalErrors={postalErrors} />
              </Match>
            </Switch>
          </TabbedFormTabs>
          <Block title="備考">
            <TextArea {...bind(F.note)} label="備考 (任意)" maxChars={1000} />
          </Block>
          <div class="actions">
            <button type="submit" class="btn btn-next">
              申込内容確認へ進む
            </button>
          </div>
        </Show>
      </WizardForm>
    </WizardPage>
  );
}

type Bind = (id: string) => { id: string; value: string; onValue: (t: string) => void; error?: string };

/**
 * 郵便番号 「反映」 (docs/new-usage.md): 都道府県 and 住所(市区町村以下) from the code, with the
 * Japan Post data loaded on the press. A code with several 町域 fills the 市区町村 and offers
 * the towns in a select. An unknown code changes nothing and says so at the field.
 */
function PostalReflect(props: { target: PostalTarget; set: (id: string, text: string) => void; raw: (id: string) => string; errors: StepErrors }) {
  const t = props.target;
  const [busy, setBusy] = createSignal(false);
  const [towns, setTowns] = createSignal<PostalHit[]>([]);
  const [town, setTown] = createSignal('');
  // the message belongs to the field: gone with it (another tab, or 所在地 「事業所に同じ」)
  onCleanup(() => props.errors.clear());
  async function reflect() {
    const code = props.raw(t.postal);
    setTowns([]);
    setTown('');
    if (!/^\d{7}$/.test(code)) return props.errors.fail([{ id: t.postal, message: POSTAL_FORMAT }]);
    setBusy(true);
    let hits: PostalHit[];
    try {
      hits = await findPostal(code);
    } catch {
      return props.errors.fail([{ id: t.postal, message: POSTAL_UNAVAILABLE }]);
    } finally {
      setBusy(false);
    }
    const found = reflected(hits);
    if (!found) return props.errors.fail([{ id: t.postal, message: POSTAL_NOT_FOUND(code) }]);
    props.errors.clear();
    props.set(t.prefecture, found.prefecture);
    props.set(t.street, reflectedStreet(props.raw(t.street), found.address));
    if (new Set(hits.map((h) => h.town)).size > 1) setTowns(hits);
  }
  function chooseTown(name: string) {
    setTown(name);
    const hit = towns().find((h) => h.town === name);
    if (hit) props.set(t.street, reflectedStreet(props.raw(t.street), `${hit.city}${hit.town}`));
  }
  return (
    <>
      <div class="actions start">
        <button type="button" class="btn" onClick={() => void reflect()} disabled={busy()} aria-describedby={`${t.postal}-reflect-note`}>
          反映
        </button>
        <span class="field-note" id={`${t.postal}-reflect-note`}>
          郵便番号から住所(都道府県、市区町村以下)を入力します。
        </span>
      </div>
      <Show when={towns().length > 1}>
        <p role="status">この郵便番号には複数の町域があります。町域を選択してください。</p>
        <SelectInput id={t.town} value={town()} onValue={chooseTown} label={t.townLabel} options={[...new Set(towns().map((h) => h.town))]} />
      </Show>
    </>
  );
}

/** 請求先入力 (seed 003, DOMAIN.md §7.3). */
function BillingTab(props: { bind: Bind; raw: (id: string) => string; set: (id: string, text: string) => void; postalErrors: StepErrors }) {
  const { bind, raw } = props;
  const CodeBlock = (p: { what: string; ids: [string, string, string, string] }) => (
    <>
      <TextInput {...bind(p.ids[0])} label={`${p.what} 登録請求先コード`} hint="半角数字7桁" width="s" inputMode="numeric" />
      <TextInput
        {...bind(p.ids[1])}
        label={`${p.what} 事業所コード`}
        hint="半角英数字6桁"
        note="請求書又は利用承諾書を確認のうえ、どちらか一方のコードを入力してください。"
        width="s"
      />
      <TextInput {...bind(p.ids[2])} label={`${p.what} 企業名`} hint="全角" example="ナックス商事株式会社" note="法人の場合は、法人格も含めて入力してください。" width="l" />
      <TextInput {...bind(p.ids[3])} label={`${p.what} 事業所名`} hint="全角" example="品川事務所" width="l" />
    </>
  );
  return (
    <>
      <Block title="請求先入力" intro={<p>利用料金の請求に関する情報を入力してください。請求先情報の入力は必須です。</p>}>
        <></>
      </Block>
      <Block title="一括請求に関する項目">
        <p>既に登録されている請求先に本事業所の請求を一括して請求する場合は、「希望する」を選択して一括請求先の情報を入力してください。</p>
        <RadioGroup {...bind(F.bulk)} legend="一括請求" options={[{ value: BULK.no, label: BULK.no }, { value: BULK.yes, label: BULK.yes }]} />
        <Show when={raw(F.bulk) === BULK.yes}>
          <CodeBlock what="一括請求先" ids={[F.bulkBillingCode, F.bulkOfficeCode, F.bulkCompany, F.bulkOffice]} />
        </Show>
      </Block>
      <Block title="請求先所在地に関する項目">
        <RadioGroup
          {...bind(F.billAddress)}
          legend="所在地"
          options={[{ value: BILL_ADDRESS.same, label: BILL_ADDRESS.same }, { value: BILL_ADDRESS.other, label: BILL_ADDRESS.other }]}
        />
        <Show when={raw(F.billAddress) === BILL_ADDRESS.other}>
          <TextInput {...bind(F.billPostalCode)} label="請求先 郵便番号" hint="半角数字7桁" example="1234567" note={HYPHEN_NOTE} width="s" inputMode="numeric" />
          <PostalReflect target={BILL_POSTAL} set={props.set} raw={raw} errors={props.postalErrors} />
          <SelectInput {...bind(F.billPrefecture)} label="請求先 住所(都道府県)" options={PREFECTURES} required />
          <TextInput {...bind(F.billStreet)} label="請求先 住所(市区町村以下)" hint="全角" width="xl" />
        </Show>
      </Block>
      <Block title="同一口座振替の利用">
        <RadioGroup {...bind(F.debit)} legend="同一口座振替の利用" options={[{ value: DEBIT.new, label: DEBIT.new }, { value: DEBIT.same, label: DEBIT.same }]} />
        <Show when={raw(F.debit) === DEBIT.same}>
          <CodeBlock what="同一口座振替先" ids={[F.debitBillingCode, F.debitOfficeCode, F.debitCompany, F.debitOffice]} />
        </Show>
      </Block>
    </>
  );
}
