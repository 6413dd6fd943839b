// 利用者コード 入力 — 詳細入力 (seed 001 ⑦): 利用者コードに関する項目 (システム区分,
// 他事業所と共用), 識別番号の変更・廃止に関する項目 (業種の変更, 識別番号の廃止),
// 識別番号の追加に関する項目 (処理方式, 業種, 数 → 「設定する」), 管理統計資料に関する項目,
// and 「この内容で設定する」 back to the 一覧. One page for a code of the contract, a new
// code and another office's code shared; what may change follows the ticked items.
import { useParams } from '@solidjs/router';
import { createEffect, createMemo, createSignal, on, Show } from 'solid-js';
import { SYSTEM_KINDS, type SystemKind, type UserCode, type UserId } from '../../domain/contract';
import {
  ADDABLE_METHODS,
  abolishesCode,
  checkAddition,
  METHOD_NAMES,
  r8Notice,
  R9_TEXT,
} from '../../domain/contract-change/codes';
import { checkCodeDetail, permissionsOf, type DetailMode } from '../../domain/contract-change/detail';
import { placeRow, removeRow, upsertRow } from '../../domain/rows';
import { industriesFor } from '../../domain/system-setting/industries';
import { getOffice, getUserCode, listCompanyUserCodes, listUserIdsOfCode } from '../../store/contracts';
import { createLiveQuery } from '../../store/live';
import { Block } from '../../ui/Block';
import { DataTable } from '../../ui/DataTable';
import { CheckboxGroup } from '../../ui/form/CheckboxGroup';
import { RadioGroup } from '../../ui/form/RadioGroup';
import { TextInput } from '../../ui/form/TextInput';
import { WizardForm } from '../../ui/form/WizardForm';
import { KeyValueTable } from '../../ui/KeyValueTable';
import { useStep, useWizard, type StepHandle } from '../../wizard/context';
import { createStepForm } from '../../wizard/form';
import { RowEditor } from '../../wizard/RowEditor';
import { WizardPage } from '../../wizard/WizardPage';
import { detailIds, emptyDraft, yesNo, type ContractChangeState, type DetailKey, type StepId } from './state';

const YES_NO = [
  { value: '否', label: '否' },
  { value: '要', label: '要' },
];

interface Loaded {
  office: { code: string; companyAbbr: string };
  /** the code as NSS holds it: this office's (change) or the other office's (share) */
  current?: UserCode;
  /** the 識別番号 this office holds under it */
  officeIds: UserId[];
  companyCodes: string[];
}

export function CodeDetail(props: { mode: DetailMode; draftKey: () => DetailKey; step: StepHandle<ContractChangeState, StepId> }) {
  const { session, owner } = useWizard<ContractChangeState, StepId>();
  const key = () => props.draftKey();
  const ids = () => detailIds(key());
  const allowed = () => permissionsOf(props.mode, session.state.selection?.items ?? []);
  const form = createStepForm<ContractChangeState, keyof ReturnType<typeof detailIds>>(ids);
  const draft = () => session.state.codeDrafts[key()] ?? emptyDraft();
  /** the code the page is about: the param, or what was typed (new, share) */
  const code = () => (props.mode === 'change' ? key() : form.raw('userCode').trim());
  const [industryEditing, setIndustryEditing] = createSignal<string>();

  const loaded = createLiveQuery(
    () => ({ owner, code: props.mode === 'new' ? '' : code() }),
    async ({ owner, code }): Promise<Loaded | null> => {
      const office = await getOffice(owner);
      if (!office) return null;
      const current = code ? await getUserCode(code) : undefined;
      const officeIds = code ? (await listUserIdsOfCode(code)).filter((i) => i.officeCode === owner && !i.endDate) : [];
      const companyCodes = (await listCompanyUserCodes(office.companyAbbr)).map((c) => c.code);
      return { office, current, officeIds, companyCodes };
    },
  );

  // First visit: the fields start from the contract (change) or blank (new, share).
  createEffect(
    on(
      () => [key(), loaded()] as const,
      ([k, l]) => {
        if (!l || session.state.codeDrafts[k]) return;
        const c = props.mode === 'change' ? l.current : undefined;
        session.update((s) => {
          s.codeDrafts[k] = emptyDraft();
          const f = detailIds(k);
          if (props.mode === 'change') s.raw[f.userCode] = k;
          s.raw[f.systemKind] = c?.systemKind ?? '';
          s.raw[f.statsPaid] = yesNo(c?.statsPaid ?? false);
          s.raw[f.statsFree] = yesNo(c?.statsFree ?? false);
          s.raw[f.bondedRetention] = yesNo(c?.bondedRetention ?? false);
        });
      },
    ),
  );

  const updateDraft = (change: (d: ReturnType<typeof emptyDraft>) => void) =>
    session.update((s) => {
      const d = s.codeDrafts[key()] ?? emptyDraft();
      change(d);
      s.codeDrafts[key()] = d;
    });

  const shared = () => (loaded()?.current?.officeCodes.length ?? 0) > (props.mode === 'share' ? 0 : 1);
  const systemKind = (): SystemKind | '' => {
    const text = form.raw('systemKind');
    return (SYSTEM_KINDS as readonly string[]).includes(text) ? (text as SystemKind) : '';
  };
  const endsCode = createMemo(() => {
    const l = loaded();
    return !!l && props.mode === 'change' && abolishesCode({ action: '変更', abolished: draft().abolished, additions: draft().additions }, l.officeIds);
  });

  function setAddition() {
    const f = ids();
    const result = checkAddition({ method: form.raw('addMethod'), industries: draft().additionIndustries, count: form.raw('addCount') });
    if (!result.ok) {
      return form.errors.fail(
        (['method', 'industries', 'count'] as const)
          .filter((k) => result.errors[k])
          .map((k) => ({ id: { method: f.addMethod, industries: f.addIndustries, count: f.addCount }[k], message: result.errors[k]! })),
      );
    }
    const placed = placeRow({ rows: draft().additions, editing: draft().editing }, result.value, (a) => `${a.method} ${a.industries.join(' ')}`);
    if (!placed.ok) return form.errors.fail([{ id: f.addMethod, message: '同じ処理方式と業種の識別番号の追加は設定済みです。「修正」ボタンから数を変更してください。' }]);
    form.errors.clear();
    session.update((s) => {
      const d = s.codeDrafts[key()];
      d.additions = placed.list.rows;
      delete d.editing;
      d.additionIndustries = [];
      s.raw[f.addMethod] = '';
      s.raw[f.addCount] = '';
    });
  }

  function editAddition(index: number) {
    const a = draft().additions[index];
    const f = ids();
    session.update((s) => {
      const d = s.codeDrafts[key()];
      d.editing = index;
      d.additionIndustries = [...a.industries];
      s.raw[f.addMethod] = a.method;
      s.raw[f.addCount] = String(a.count);
    });
  }

  function removeAddition(index: number) {
    updateDraft((d) => {
      const list = removeRow({ rows: d.additions, editing: d.editing }, index);
      d.additions = list.rows;
      if (list.editing === undefined) delete d.editing;
      else d.editing = list.editing;
    });
  }

  function submit() {
    const l = loaded();
    if (!l) return;
    const d = draft();
    const input = {
      userCode: props.mode === 'change' ? key() : form.raw('userCode').trim(),
      systemKind: props.mode === 'share' ? (l.current?.systemKind ?? '') : systemKind(),
      statsPaid: form.raw('statsPaid') === '要',
      statsFree: form.raw('statsFree') === '要',
      bondedRetention: form.raw('bondedRetention') === '要',
      abolished: d.abolished,
      industryChanges: d.industryChanges,
      additions: d.additions,
    };
    const others = session.state.codes.map((c) => c.userCode).filter((c) => c !== key());
    const change = form.take(
      checkCodeDetail(props.mode, input, {
        officeCode: l.office.code,
        companyAbbr: l.office.companyAbbr,
        current: l.current,
        officeIds: l.officeIds,
        codeTaken: (c) => l.companyCodes.includes(c),
        setCodes: props.mode === 'change' ? [] : others,
      }, allowed()),
    );
    if (!change) return;
    props.step.proceed((s) => {
      s.codes = upsertRow(s.codes, change, (c) => c.userCode);
      s.codesDone = false;
      if (key() !== change.userCode) {
        // a code being added keeps its inputs under its own code from now on
        s.codeDrafts[change.userCode] = s.codeDrafts[key()];
        delete s.codeDrafts[key()];
        for (const [field, id] of Object.entries(detailIds(key()))) {
          const to = detailIds(change.userCode)[field as keyof ReturnType<typeof detailIds>];
          if (id in s.raw) s.raw[to] = s.raw[id];
          delete s.raw[id];
        }
      }
    });
  }

  const industryOptions = () => industriesFor(systemKind() || loaded()?.current?.systemKind || '共用');

  return (
    <WizardPage step={props.step} errors={form.errors}>
      <p class="lead">
        利用者コードに関する項目および識別番号に関する項目を入力し、「設定する」ボタンをクリックすると、「設定した利用者コード情報」に表示されます。
        <br />
        入力完了後、「この内容で設定する」ボタンをクリックしてください。
      </p>
      <Show when={loaded()} fallback={<p role="status">読み込み中…</p>}>
        {(l) => (
          <Show
            when={props.mode !== 'change' || l().current}
            fallback={
              <>
                <p class="important" role="alert">
                  利用者コード「{key()}」はこの事業所の利用者コードではありません。
                </p>
                <button type="button" class="btn btn-secondary btn-back" onClick={() => props.step.back()}>
                  利用者コードの一覧に戻る
                </button>
              </>
            }
          >
            <WizardForm onSubmit={submit}>
              <Block id="code-block" title="利用者コードに関する項目">
                <p>利用者コードのシステム区分を選択してください。</p>
                <Show
                  when={props.mode !== 'change'}
                  fallback={<KeyValueTable rows={[{ label: '利用者コード', value: key() }]} />}
                >
                  <TextInput
                    {...form.field('userCode')}
                    label="利用者コード"
                    hint="半角英大文字・数字5桁"
                    example={props.mode === 'new' ? `1D${l().office.companyAbbr}` : `1B${l().office.companyAbbr}`}
                    width="s"
                    required
                    note={props.mode === 'share' ? '共用する他事業所の利用者コードを入力してください。(他事業所の利用者コードの共用には、制限がありますので事前にご確認ください。)' : undefined}
                  />
                </Show>
                <KeyValueTable rows={[{ label: '他事業所と共用', value: shared() ? 'あり' : 'なし' }]} />
                <Show
                  when={allowed().systemKind}
                  fallback={<KeyValueTable rows={[{ label: 'システム区分', value: l().current?.systemKind ?? '' }]} />}
                >
                  <RadioGroup {...form.field('systemKind')} legend="システム区分" options={SYSTEM_KINDS.map((k) => ({ value: k, label: k }))} />
                </Show>
                <Show when={shared()}>
                  <p class="important code-notice">{R9_TEXT}</p>
                </Show>
              </Block>

              <Show when={props.mode === 'change'}>
                <Block id="id-changes" title="識別番号の変更・廃止に関する項目">
                  <p>
                    識別番号の業種を変更する場合は、「業種の変更」の「変更」ボタンをクリックし、識別番号を廃止したい場合は、「識別番号の廃止」にあるチェックボックスを選択してください。
                  </p>
                  <div id={ids().ids} tabIndex={-1}>
                    <DataTable
                      caption="識別番号の変更・廃止"
                      columns={['業種', '処理方式', '識別番号', { label: '契約情報の変更', columns: ['業種の変更', { label: '識別番号の廃止', class: 'center' }] }]}
                      rows={l().officeIds}
                      rowHeader={2}
                      cells={(id) => [
                        (draft().industryChanges[id.idNo] ?? id.industries).join(' '),
                        id.method,
                        id.idNo,
                        <button
                          type="button"
                          class="btn btn-small"
                          disabled={!allowed().industries}
                          aria-label={`${id.userCode}${id.idNo}の業種を変更`}
                          onClick={() => {
                            if (!draft().industryChanges[id.idNo]) updateDraft((d) => (d.industryChanges[id.idNo] = [...id.industries]));
                            setIndustryEditing(id.idNo);
                          }}
                        >
                          変更
                        </button>,
                        <input
                          type="checkbox"
                          aria-label={`${id.userCode}${id.idNo}を廃止`}
                          disabled={!allowed().abolish}
                          checked={draft().abolished.includes(id.idNo)}
                          onChange={(e) => {
                            const on = e.currentTarget.checked;
                            updateDraft((d) => (d.abolished = on ? [...d.abolished, id.idNo] : d.abolished.filter((x) => x !== id.idNo)));
                          }}
                        />,
                      ]}
                      empty="この事業所の識別番号はありません。"
                      emptyInTable
                    />
                  </div>
                  <Show when={form.field('ids').error}>
                    <p class="field-message">{form.field('ids').error}</p>
                  </Show>
                  <Show when={industryEditing()}>
                    {(idNo) => (
                      <CheckboxGroup
                        id={`${ids().ids}-industries`}
                        legend={`業種の変更(識別番号 ${idNo()})`}
                        options={industryOptions()}
                        values={draft().industryChanges[idNo()] ?? []}
                        onValues={(values) => updateDraft((d) => (d.industryChanges[idNo()] = values))}
                      />
                    )}
                  </Show>
                  <p class="notes">{'「利用者コード」を廃止する場合は、それに紐づくすべての識別番号にチェックします。'}</p>
                  <Show when={endsCode()}>
                    <p class="important code-notice" role="status">
                      {r8Notice(key())}
                    </p>
                  </Show>
                </Block>
              </Show>

              <Show when={allowed().additions}>
                <Block id="id-additions" title="識別番号の追加に関する項目">
                  <p>追加する識別番号の処理方式・業種・数を入力し、「設定する」ボタンをクリックしてください。</p>
                  <RowEditor onSet={setAddition} editing={draft().editing}>
                    <RadioGroup
                      {...form.field('addMethod')}
                      legend="処理方式"
                      options={ADDABLE_METHODS.map((m) => ({ value: m, label: METHOD_NAMES[m] }))}
                    />
                    <CheckboxGroup
                      id={ids().addIndustries}
                      legend="業種"
                      options={industryOptions()}
                      values={draft().additionIndustries}
                      error={form.errors.errorOf(ids().addIndustries)}
                      onValues={(values) => updateDraft((d) => (d.additionIndustries = values))}
                    />
                    <TextInput {...form.field('addCount')} label="識別番号数" hint="半角数字" example="1" width="xs" inputMode="numeric" note="通常は1。通関士用は通関士の人数を入力してください。" />
                  </RowEditor>
                  <div id={ids().additions} tabIndex={-1}>
                    <DataTable
                      caption="設定した識別番号の追加"
                      columns={['処理方式', '業種', { label: '追加(数)', class: 'num' }]}
                      rows={draft().additions}
                      cells={(a) => [METHOD_NAMES[a.method], a.industries.join(' '), String(a.count)]}
                      actions={{
                        label: '申込情報の変更',
                        buttons: (a, i) => [
                          { label: '修正', name: `${METHOD_NAMES[a.method]}の追加を修正`, onClick: () => editAddition(i) },
                          { label: '削除', name: `${METHOD_NAMES[a.method]}の追加を削除`, onClick: () => removeAddition(i), danger: true },
                        ],
                      }}
                      empty="設定した識別番号の追加はありません。"
                      emptyInTable
                    />
                  </div>
                  <Show when={form.field('additions').error}>
                    <p class="field-message">{form.field('additions').error}</p>
                  </Show>
                </Block>
              </Show>

              <Block id="stats" title="管理統計資料に関する項目">
                <Show
                  when={allowed().stats}
                  fallback={
                    <KeyValueTable
                      rows={[
                        { label: '管理統計資料(有料分)', value: yesNo(!!l().current?.statsPaid) },
                        { label: '管理統計資料(無料分)', value: yesNo(!!l().current?.statsFree) },
                        { label: '保税管理資料保存サービス', value: yesNo(!!l().current?.bondedRetention) },
                      ]}
                    />
                  }
                >
                  <RadioGroup {...form.field('statsPaid')} legend="管理統計資料(有料分)" options={YES_NO} />
                  <RadioGroup {...form.field('statsFree')} legend="管理統計資料(無料分)" options={YES_NO} />
                  <RadioGroup {...form.field('bondedRetention')} legend="保税管理資料保存サービス" options={YES_NO} />
                </Show>
              </Block>

              <div class="actions between">
                <button type="button" class="btn btn-secondary btn-back" onClick={() => props.step.back()}>
                  利用者コードの一覧に戻る
                </button>
                <button type="submit" class="btn btn-next">
                  この内容で設定する
                </button>
              </div>
            </WizardForm>
          </Show>
        )}
      </Show>
    </WizardPage>
  );
}

/** 詳細入力 of a code of the contract, or of a code this application adds or shares (修正). */
export function CodeStep() {
  const { session } = useWizard<ContractChangeState, StepId>();
  const params = useParams<{ code: string }>();
  const codeParam = () => params.code ?? '';
  const step = useStep<ContractChangeState, StepId>('code', () => ({ code: codeParam() }));
  const set = () => session.state.codes.find((c) => c.userCode === codeParam());
  const mode = (): DetailMode => (set()?.action === '追加' ? 'new' : set()?.action === '共用' ? 'share' : 'change');
  return <CodeDetail mode={mode()} draftKey={codeParam} step={step} />;
}

/** 「新規に利用者コードを追加する」 */
export function NewCodeStep() {
  const step = useStep<ContractChangeState, StepId>('newCode');
  return <CodeDetail mode="new" draftKey={() => 'new'} step={step} />;
}

/** 「他事業所の利用者コードを共用する」 */
export function ShareCodeStep() {
  const step = useStep<ContractChangeState, StepId>('shareCode');
  return <CodeDetail mode="share" draftKey={() => 'share'} step={step} />;
}
