// システム設定情報入力 for one 利用者コード (seed 000 ⑤): 設定対象利用者コード and the
// tabs 名称 / 業種 / 通関・自社通関, checked when left and again by 「この内容で設定する」.
// A new code must fill 名称 and 業種 (R12).
import { useParams } from '@solidjs/router';
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
import { industriesFor } from '../../domain/system-setting/industries';
import { listUserIdsOfCode } from '../../store/contracts';
import { listSettableCodes } from './codes';
import { createLiveQuery } from '../../store/live';
import { Block } from '../../ui/Block';
import { CheckboxGroup } from '../../ui/form/CheckboxGroup';
import { TextInput } from '../../ui/form/TextInput';
import { WizardForm } from '../../ui/form/WizardForm';
import { KeyValueTable } from '../../ui/KeyValueTable';
import { useStep, useWizard } from '../../wizard/context';
import { createTabbedForm, TabbedFormTabs, useTabParam } from '../../wizard/TabbedForm';
import { WizardPage } from '../../wizard/WizardPage';
import {
  CODE_TABS,
  codeSettingOf,
  englishKey,
  hasCodeFields,
  importerKey,
  industriesId,
  seedCodeFields,
  withCodeSetting,
  type CodeTab,
  type StepId,
  type SystemSettingState,
} from './state';

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

export function CodeStep() {
  const { session, owner } = useWizard<SystemSettingState, StepId>();
  const params = useParams<{ code: string }>();
  const codeParam = () => params.code ?? '';
  const step = useStep<SystemSettingState, StepId>('code', () => ({ code: codeParam() }));
  const userCodes = createLiveQuery(() => owner, listSettableCodes);
  const code = createMemo(() => userCodes()?.find((c) => c.code === params.code));
  const userIds = createLiveQuery(codeParam, listUserIdsOfCode);

  const [tab, selectTab] = useTabParam<CodeTab>(CODE_TABS.map((t) => t.key));
  const tabs = createTabbedForm<SystemSettingState, UserCode, CodeTab>({
    tabs: CODE_TABS,
    state: () => session.state,
    ctx: code,
    selected: tab,
    select: selectTab,
  });

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

  function setRaw(key: string, value: string) {
    session.update((s) => {
      s.raw[key] = value;
    });
  }

  function submit(c: UserCode) {
    if (!tabs.checkAll()) return;
    const setting = codeSettingOf(session.state, c);
    step.proceed((s) => {
      s.codes = withCodeSetting(s.codes, setting);
      delete s.schedule;
    });
  }

  return (
    <WizardPage step={step} errors={tabs.errors} onSelectError={tabs.reveal}>
      <Show
        when={code()}
        fallback={
          <Show when={!userCodes.loading()}>
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
                  { label: '利用者コード', value: c().code },
                  { label: 'システム区分', value: c().systemKind },
                  { label: '業種', value: c().industries.join(' ') || '(未登録)' },
                  { label: '処理方式', value: methodsText(userIds(), owner) },
                ]}
              />
            </Block>
            <WizardForm onSubmit={() => submit(c())}>
              <TabbedFormTabs form={tabs} label="設定項目" idPrefix="setting" selected={tab()}>
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
                          error={tabs.errors.errorOf(englishKey(c().code, f))}
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
                      error={tabs.errors.errorOf(industriesId(c().code))}
                      onValues={(values) =>
                        session.update((s) => {
                          s.rawIndustries[c().code] = values;
                        })
                      }
                    />
                  </Match>
                  <Match when={tab() === 'customs' && tabs.shown().some((t) => t.key === 'customs')}>
                    <h2 class="block-title">通関・自社通関</h2>
                    <TextInput
                      id={importerKey(c().code)}
                      label={IMPORTER_CODE_LABEL}
                      hint="半角英数字"
                      example="1234567890123"
                      width="m"
                      value={session.state.raw[importerKey(c().code)] ?? ''}
                      error={tabs.errors.errorOf(importerKey(c().code))}
                      onValue={(v) => setRaw(importerKey(c().code), v)}
                      note="自社の輸出入者コード(JASTPRO)を登録する場合に入力してください。"
                    />
                  </Match>
                </Switch>
              </TabbedFormTabs>
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
