// システム設定情報入力 for one 利用者コード (seed 000 ⑤): 設定対象利用者コード and the
// tabs 名称 / 業種 / 通関・自社通関. A new code must fill 名称 and 業種 (R12).
import { useParams, useSearchParams } from '@solidjs/router';
import { createEffect, createMemo, For, Match, on, Show, Switch } from 'solid-js';
import type { UserCode, UserId } from '../../domain/contract';
import { isNewUserCode } from '../../domain/system-setting/checks';
import {
  ENGLISH_EXAMPLES,
  ENGLISH_FIELDS,
  ENGLISH_LABELS,
  IMPORTER_CODE_LABEL,
  R12_TEXT,
} from '../../domain/system-setting/fields';
import { hasCustomsTab, industriesFor } from '../../domain/system-setting/industries';
import { listUserCodes, listUserIdsOfCode } from '../../store/contracts';
import { createLiveQuery } from '../../store/live';
import { Block } from '../../ui/Block';
import { CheckboxGroup } from '../../ui/form/CheckboxGroup';
import { Tabs } from '../../ui/Tabs';
import { TextInput } from '../../ui/form/TextInput';
import { WizardForm } from '../../ui/form/WizardForm';
import { KeyValueTable } from '../../ui/KeyValueTable';
import { useWizard } from '../../wizard/context';
import { createStepErrors } from '../../wizard/step-errors';
import { WizardPage } from '../../wizard/WizardPage';
import {
  checkCodeFields,
  englishKey,
  hasCodeFields,
  importerKey,
  industriesId,
  seedCodeFields,
  withCodeSetting,
  type StepId,
  type SystemSettingState,
} from './state';

type TabId = 'names' | 'industries' | 'customs';

const METHOD_NAMES: Record<string, string> = {
  net: 'netNACCS',
  インタ: 'インタラクティブ',
  SMTP双方向: 'SMTP双方向',
  WebNACCS: 'WebNACCS',
  ebMS: 'ebMS',
};

/** 処理方式 of the code's IDs held by this office, as the 設定対象利用者コード block lists them. */
function methodsText(ids: readonly UserId[] | undefined, officeCode: string): string {
  const methods = [...new Set((ids ?? []).filter((i) => i.officeCode === officeCode).map((i) => METHOD_NAMES[i.method] ?? i.method))];
  return methods.join(' ');
}

/** Which tab holds a field (for the error summary's links). */
function tabOfField(id: string): TabId {
  if (id.endsWith('-industries') || id.includes('-industries-')) return 'industries';
  if (id.endsWith('-importerCode')) return 'customs';
  return 'names';
}

const TAB_ORDER: TabId[] = ['names', 'industries', 'customs'];

/** The summary's entries, tab by tab; the 業種 message links to the first checkbox. */
function summaryOf(errors: Record<string, string>, code: string) {
  const order = (id: string) => TAB_ORDER.indexOf(tabOfField(id));
  return Object.entries(errors)
    .sort(([a], [b]) => order(a) - order(b))
    .map(([id, message]) => ({ id: id === industriesId(code) ? `${id}-0` : id, message }));
}

export function CodeStep() {
  const { session, go, proceed, officeCode } = useWizard<SystemSettingState, StepId>();
  const params = useParams<{ code: string }>();
  const codeParam = () => params.code ?? '';
  const [search, setSearch] = useSearchParams();
  const userCodes = createLiveQuery(() => officeCode, listUserCodes);
  const code = createMemo(() => userCodes()?.find((c) => c.code === params.code));
  const userIds = createLiveQuery(codeParam, listUserIdsOfCode);
  const errors = createStepErrors();

  const tab = (): TabId => (search.tab === 'industries' || search.tab === 'customs' ? search.tab : 'names');
  const selectTab = (t: TabId) => setSearch({ tab: t === 'names' ? undefined : t }, { replace: true });

  // First visit of this code: its fields start from what this application set, else the contract.
  createEffect(
    on(code, (c) => {
      if (!c || hasCodeFields(session.state, c.code)) return;
      const seeded = seedCodeFields(session.state, c);
      session.update((s) => {
        Object.assign(s.raw, seeded.raw);
        s.rawIndustries[c.code] = seeded.industries;
      });
    }),
  );

  const industries = () => session.state.rawIndustries[codeParam()] ?? [];
  const customs = () => hasCustomsTab(industries());
  const tabHasError = (t: TabId) => errors.errors().some((e) => tabOfField(e.id) === t);
  /** a tab holding a field with an error says so in its name */
  const tabLabel = (t: TabId, label: string) => (tabHasError(t) ? `${label}(エラーあり)` : label);
  const tabs = () => [
    { key: 'names' as TabId, label: tabLabel('names', '名称') },
    { key: 'industries' as TabId, label: tabLabel('industries', '業種') },
    ...(customs() ? [{ key: 'customs' as TabId, label: tabLabel('customs', '通関・自社通関') }] : []),
  ];

  function setRaw(key: string, value: string) {
    session.update((s) => {
      s.raw[key] = value;
    });
  }

  function submit(c: UserCode) {
    const result = checkCodeFields(session.state, c);
    if (!result.ok) return errors.fail(summaryOf(result.errors, c.code));
    errors.clear();
    proceed('codes', (s) => {
      s.codes = withCodeSetting(s.codes, result.value);
      delete s.schedule;
    });
  }

  return (
    <WizardPage
      step="code"
      params={() => ({ code: codeParam() })}
      errors={errors}
      onSelectError={(id) => selectTab(tabOfField(id))}
    >
      <Show
        when={code()}
        fallback={
          <Show when={!userCodes.loading()}>
            <p class="important" role="alert">
              利用者コード「{params.code}」はこの事業所の利用者コードではありません。
            </p>
            <button type="button" class="btn btn-secondary btn-back" onClick={() => go('codes')}>
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
                  { label: '利用者コード', value: c().code },
                  { label: 'システム区分', value: c().systemKind },
                  { label: '業種', value: c().industries.join(' ') || '(未登録)' },
                  { label: '処理方式', value: methodsText(userIds(), officeCode) },
                ]}
              />
            </Block>
            <WizardForm onSubmit={() => submit(c())}>
              <Tabs label="設定項目" idPrefix="setting" tabs={tabs()} selected={tab()} onSelect={selectTab}>
                <Switch>
                  <Match when={tab() === 'names'}>
                    <h2 class="block-title">企業名・営業所名及び責任者名・営業所所在地 入力</h2>
                    <For each={ENGLISH_FIELDS}>
                      {(f) => (
                        <TextInput
                          id={englishKey(c().code, f)}
                          label={ENGLISH_LABELS[f]}
                          hint="半角英大文字"
                          example={ENGLISH_EXAMPLES[f]}
                          required={f === 'company'}
                          width={f === 'address' ? 'xl' : 'l'}
                          value={session.state.raw[englishKey(c().code, f)] ?? ''}
                          error={errors.errorOf(englishKey(c().code, f))}
                          onValue={(v) => setRaw(englishKey(c().code, f), v)}
                        />
                      )}
                    </For>
                  </Match>
                  <Match when={tab() === 'industries'}>
                    <CheckboxGroup
                      id={industriesId(c().code)}
                      legend="業種"
                      hint="この利用者コードでNACCSを利用する業種をすべて選択してください。(1つ以上必須)"
                      options={industriesFor(c().systemKind)}
                      values={industries()}
                      error={errors.errorOf(`${industriesId(c().code)}-0`)}
                      onValues={(values) =>
                        session.update((s) => {
                          s.rawIndustries[c().code] = values;
                        })
                      }
                    />
                  </Match>
                  <Match when={tab() === 'customs' && customs()}>
                    <h2 class="block-title">通関・自社通関</h2>
                    <TextInput
                      id={importerKey(c().code)}
                      label={IMPORTER_CODE_LABEL}
                      hint="半角英数字"
                      example="1234567890123"
                      width="m"
                      value={session.state.raw[importerKey(c().code)] ?? ''}
                      error={errors.errorOf(importerKey(c().code))}
                      onValue={(v) => setRaw(importerKey(c().code), v)}
                      note="自社の輸出入者コード(JASTPRO)を登録する場合に入力してください。"
                    />
                  </Match>
                </Switch>
              </Tabs>
              <div class="notice-box">
                <strong>ポイント</strong>
                <br />
                契約内容に応じたタブが表示されます。
                <br />
                {R12_TEXT.replace('エラーとなります。', 'エラーとなりますのでご留意下さい。')}
                <Show when={isNewUserCode(c())}>
                  <br />
                  <strong>{c().code}は新規利用者コードです。</strong>
                </Show>
              </div>
              <div class="actions between">
                <button type="button" class="btn btn-secondary btn-back" onClick={() => go('codes')}>
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
