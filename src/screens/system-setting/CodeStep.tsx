// システム設定情報入力 for one 利用者コード (seed 000 ⑤): 設定対象利用者コード and the
// tabs 名称 / 業種 (one sub-tab per 業種 of the code) / 二重出力 / 管理資料一元化 /
// パスワード初期化, shown according to the contract, checked when left and again by
// 「この内容で設定する」. A new code must fill the required items of 名称 and 業種 (R12).
import { useParams, useSearchParams } from '@solidjs/router';
import { createEffect, createMemo, For, Match, on, Show, Switch } from 'solid-js';
import { isNewUserCode } from '../../domain/system-setting/checks';
import { ENGLISH_EXAMPLES, ENGLISH_FIELDS, ENGLISH_LABELS, R12_TEXT } from '../../domain/system-setting/fields';
import {
  DUAL_OUTPUT_TAB,
  industryTabs,
  itemValue,
  methodsText,
  PASSWORD_TAB,
  STATS_TAB,
  type CodeContext,
  type SettingItem,
  type SettingTab,
} from '../../domain/system-setting/items';
import { createLiveQuery } from '../../store/live';
import { Block } from '../../ui/Block';
import { CheckboxGroup } from '../../ui/form/CheckboxGroup';
import { RadioGroup } from '../../ui/form/RadioGroup';
import { TextInput } from '../../ui/form/TextInput';
import { WizardForm } from '../../ui/form/WizardForm';
import { KeyValueTable } from '../../ui/KeyValueTable';
import { Tabs } from '../../ui/Tabs';
import { useStep, useWizard } from '../../wizard/context';
import { createTabbedForm, TabbedFormTabs, useTabParam } from '../../wizard/TabbedForm';
import { markedLabel } from '../../wizard/tabs';
import { WizardPage } from '../../wizard/WizardPage';
import { loadCodeContext } from './codes';
import {
  CODE_TABS,
  codeSettingOf,
  englishKey,
  hasCodeFields,
  itemKey,
  itemValuesOf,
  seedCodeFields,
  setCode,
  type CodeTab,
  type StepId,
  type SystemSettingState,
} from './state';

export function CodeStep() {
  const { session, owner } = useWizard<SystemSettingState, StepId>();
  const params = useParams<{ code: string }>();
  const codeParam = () => params.code ?? '';
  const step = useStep<SystemSettingState, StepId>('code', () => ({ code: codeParam() }));
  const context = createLiveQuery(
    () => ({ office: owner, code: codeParam() }),
    ({ office, code }) => loadCodeContext(office, code),
  );
  const ctx = () => context() ?? undefined;

  const [tab, selectTab] = useTabParam<CodeTab>(CODE_TABS.map((t) => t.key));
  const tabs = createTabbedForm<SystemSettingState, CodeContext, CodeTab>({
    tabs: CODE_TABS,
    state: () => session.state,
    ctx,
    selected: tab,
    select: selectTab,
  });

  // the 業種 sub-tab, kept in the URL (?sub=) like the tab
  const [search, setSearch] = useSearchParams();
  const subTabs = createMemo(() => industryTabs(ctx()?.industries ?? []));
  const sub = () => subTabs().find((t) => t.key === search.sub)?.key ?? subTabs()[0]?.key ?? '';
  const selectSub = (key: string) => setSearch({ sub: key === subTabs()[0]?.key ? undefined : key }, { replace: true });
  const subOfField = (id: string) => subTabs().find((t) => t.items.some((i) => itemKey(codeParam(), i.key) === id));

  /** a summary link: the tab (and 業種 sub-tab) holding the field */
  function reveal(id: string) {
    const holder = subOfField(id);
    if (!holder) return tabs.reveal(id);
    const first = subTabs()[0]?.key;
    setSearch({ tab: 'industries', sub: holder.key === first ? undefined : holder.key, focus: undefined }, { replace: true });
  }

  // First visit of this code: its fields start from what this application set, else the contract.
  createEffect(
    on(ctx, (c) => {
      if (!c || hasCodeFields(session.state, c.code.code)) return;
      const seeded = seedCodeFields(session.state, c.code);
      session.update((s) => {
        Object.assign(s.raw, seeded);
      });
    }),
  );

  function setRaw(key: string, value: string) {
    session.update((s) => {
      s.raw[key] = value;
    });
  }

  function submit(c: CodeContext) {
    if (!tabs.checkAll()) return;
    const setting = codeSettingOf(session.state, c);
    step.proceed((s) => {
      setCode(s, setting);
      delete s.schedule;
    });
  }

  /** One item of a tab after 名称. */
  function Item(props: { c: CodeContext; item: SettingItem }) {
    const id = () => itemKey(props.c.code.code, props.item.key);
    const values = () => itemValuesOf(session.state, props.c.code.code);
    const required = () => !!props.item.requiredForNew && isNewUserCode(props.c.code);
    return (
      <Switch>
        <Match when={props.item.kind === 'text'}>
          <TextInput
            id={id()}
            label={props.item.label}
            hint={props.item.hint}
            example={props.item.example}
            note={props.item.note}
            required={required()}
            width={props.item.width ?? 'm'}
            value={session.state.raw[id()] ?? ''}
            error={tabs.errors.errorOf(id())}
            onValue={(v) => setRaw(id(), v)}
          />
        </Match>
        <Match when={props.item.kind === 'radio'}>
          <RadioGroup
            id={id()}
            legend={required() ? `${props.item.label}(必須)` : props.item.label}
            options={(props.item.options ?? []).map((o) => ({ value: o, label: o }))}
            value={itemValue(props.item, values())}
            error={tabs.errors.errorOf(id())}
            onValue={(v) => setRaw(id(), v)}
          />
        </Match>
        <Match when={props.item.kind === 'checks'}>
          <Show when={props.c.userIds.length > 0}>
            <CheckboxGroup
              id={id()}
              legend={props.item.label}
              hint={props.item.hint}
              options={props.c.userIds.map((u) => u.id)}
              values={(session.state.raw[id()] ?? '').split(' ').filter(Boolean)}
              error={tabs.errors.errorOf(id())}
              onValues={(v) => setRaw(id(), v.join(' '))}
            />
          </Show>
        </Match>
      </Switch>
    );
  }

  const Panel = (props: { c: CodeContext; tab: SettingTab }) => (
    <>
      <h2 class="block-title">{props.tab.label}</h2>
      <For each={props.tab.items}>{(item) => <Item c={props.c} item={item} />}</For>
    </>
  );

  return (
    <WizardPage step={step} errors={tabs.errors} onSelectError={reveal}>
      <Show
        when={ctx()}
        fallback={
          <Show when={!context.loading()}>
            <p class="important" role="alert">
              利用者コード「{params.code}」はこの事業所の利用者コードではありません。
            </p>
            <button type="button" class="btn btn-secondary btn-back" onClick={() => step.back()}>
              利用者コードの選択に戻る
            </button>
          </Show>
        }
      >
        {(c) => (
          <>
            <Block title="設定対象利用者コード">
              <KeyValueTable
                rows={[
                  { label: '利用者コード', value: c().code.code },
                  { label: 'システム区分', value: c().code.systemKind },
                  { label: '業種', value: c().industries.join(' ') || '(未登録)' },
                  { label: '処理方式', value: methodsText(c().userIds) || '(未登録)' },
                ]}
              />
            </Block>
            <WizardForm onSubmit={() => submit(c())}>
              <TabbedFormTabs form={tabs} label="設定項目" idPrefix="setting" selected={tab()}>
                <Switch>
                  <Match when={tab() === 'names'}>
                    <h2 class="block-title">企業名・営業所名及び責任者名・営業所所在地 入力</h2>
                    <p class="field-note">企業名(英)は企業で1つです。企業名を変更すると、同じ企業のすべての利用者コードの企業名(英)が変更されます。</p>
                    <For each={ENGLISH_FIELDS}>
                      {(f) => (
                        <TextInput
                          id={englishKey(c().code.code, f)}
                          label={ENGLISH_LABELS[f]}
                          hint="半角英大文字"
                          example={ENGLISH_EXAMPLES[f]}
                          required={f === 'company'}
                          width={f === 'address' ? 'xl' : 'l'}
                          value={session.state.raw[englishKey(c().code.code, f)] ?? ''}
                          error={tabs.errors.errorOf(englishKey(c().code.code, f))}
                          onValue={(v) => setRaw(englishKey(c().code.code, f), v)}
                        />
                      )}
                    </For>
                  </Match>
                  <Match when={tab() === 'industries' && subTabs().length > 0}>
                    <p class="field-note">
                      この利用者コードの業種ごとに、NACCSに登録する情報を入力してください。業種の追加・変更は「契約内容の変更」から申し込んでください。
                    </p>
                    <Tabs
                      label="業種"
                      idPrefix="industry"
                      tabs={subTabs().map((t) => ({
                        key: t.key,
                        label: markedLabel(
                          t.label,
                          t.items.some((i) => !!tabs.errors.errorOf(itemKey(c().code.code, i.key))),
                        ),
                      }))}
                      selected={sub()}
                      onSelect={selectSub}
                    >
                      <For each={subTabs().filter((t) => t.key === sub())}>{(t) => <Panel c={c()} tab={t} />}</For>
                    </Tabs>
                  </Match>
                  <Match when={tab() === 'dual'}>
                    <Panel c={c()} tab={DUAL_OUTPUT_TAB} />
                  </Match>
                  <Match when={tab() === 'stats'}>
                    <Panel c={c()} tab={STATS_TAB} />
                  </Match>
                  <Match when={tab() === 'password'}>
                    <Panel c={c()} tab={PASSWORD_TAB} />
                  </Match>
                </Switch>
              </TabbedFormTabs>
              <div class="notice-box">
                <strong>ポイント</strong>
                <br />
                契約内容に応じたタブが表示されます。
                <br />
                {R12_TEXT.replace('エラーとなります。', 'エラーとなりますのでご留意下さい。')}
                <Show when={isNewUserCode(c().code)}>
                  <br />
                  <strong>{c().code.code}は新規利用者コードです。</strong>
                </Show>
              </div>
              <div class="actions between">
                <button type="button" class="btn btn-secondary btn-back" onClick={() => step.back()}>
                  利用者コードの選択に戻る
                </button>
                <button type="submit" class="btn btn-next">
                  この内容で設定する
                </button>
              </div>
            </WizardForm>
          </>
        )}
      </Show>
    </WizardPage>
  );
}
