// 利用者コード 入力 — 一覧入力画面 (seed 001 ⑥): the office's 利用者ID as the contract
// holds them (契約情報, 「変更」 per row), the buttons to add or share a code, and what
// this application sets (申込情報, 「修正」 / 「削除」); 「次へ進む」 when done (R10:
// several codes, one 詳細入力 each).
import './contract-change.css';
import { Show } from 'solid-js';
import { applicationRows, checkCodesStep, officeIdsOf, type ApplicationRow } from '../../domain/contract-change/codes';
import { getOfficeContract } from '../../store/contracts';
import { createLiveQuery } from '../../store/live';
import { Block } from '../../ui/Block';
import { DataTable } from '../../ui/DataTable';
import { WizardForm } from '../../ui/form/WizardForm';
import { useStep, useWizard } from '../../wizard/context';
import { createStepForm } from '../../wizard/form';
import { WizardPage } from '../../wizard/WizardPage';
import { mark } from '../contract/rows';
import { ticked, type ContractChangeState, type StepId } from './state';
import { NextAction } from './FieldItemStep';

const center = (label: string) => ({ label, class: 'center' });

/** 区分 | 業種 | 処理方式 | 利用者ID | 管理統計資料 | 保存サービス | 他事業所と共用: the columns both tables share. */
const COMMON = {
  id: { label: '利用者ID', columns: ['利用者コード', '識別番号'] },
  stats: { label: '管理統計資料', columns: [center('有料分'), center('無料分')] },
};

export function CodesStep() {
  const { session, owner } = useWizard<ContractChangeState, StepId>();
  const step = useStep<ContractChangeState, StepId>('codes');
  const contract = createLiveQuery(() => owner, getOfficeContract);
  const form = createStepForm<ContractChangeState, 'codes'>({ codes: 'codes-set' });

  const codeOf = (code: string) => contract()?.userCodes.find((c) => c.code === code);
  const currentRows = () => {
    const c = contract();
    if (!c) return [];
    return c.userIds
      .filter((i) => !i.endDate && c.userCodes.some((u) => u.code === i.userCode && !u.endDate))
      .map((id) => ({ id, code: codeOf(id.userCode)! }));
  };
  const appliedRows = (): (ApplicationRow & { key: string })[] =>
    session.state.codes.flatMap((change) => {
      const held = officeIdsOf(change.userCode, owner, contract()?.userIds ?? []);
      const shared = (codeOf(change.userCode)?.officeCodes.length ?? 0) > 1;
      return applicationRows(change, held, shared).map((row) => ({ ...row, key: change.userCode }));
    });
  const open = (code: string) => step.open({ id: 'code', params: { code } });

  function submit() {
    if (form.take(checkCodesStep(session.state.codes))) step.proceed((s) => (s.codesDone = true));
  }

  return (
    <WizardPage step={step} errors={form.errors}>
      <p class="lead">
        「契約情報」に現在の契約内容が表示されていますので、利用者コードの情報を更新してください。
        <br />
        入力完了後、「次へ進む」ボタンをクリックしてください。
      </p>
      <WizardForm onSubmit={submit}>
        <Block id="codes-block" title="利用者コードに関する項目">
          <p>
            NACCSを利用するために必要な利用者コードを登録します。
            <br />
            利用者コードの情報を更新する場合(識別番号の追加を含む。)は、契約情報に表示されている利用者コードの「変更」ボタンをクリックしてください。
            <Show when={ticked(session.state, 'userCode')}>
              <br />
              新規に利用者コードを追加する場合は、「新規に利用者コードを追加する」ボタンをクリックしてください。
              <br />
              他事業所の利用者コードを共用する場合は、「他事業所の利用者コードを共用する」ボタンをクリックしてください。
              <br />
              (他事業所の利用者コードの共用には、制限がありますので事前にご確認ください。)
            </Show>
            <br />
            利用者コード情報入力画面で詳細情報を入力すると、「申込情報」に反映されます。
          </p>
          <Show when={ticked(session.state, 'userCode')}>
            <div class="actions start">
              <button type="button" class="btn" onClick={() => step.open({ id: 'newCode' })}>
                新規に利用者コードを追加する
              </button>
              <button type="button" class="btn" onClick={() => step.open({ id: 'shareCode' })}>
                他事業所の利用者コードを共用する
              </button>
            </div>
          </Show>
          <h3 class="sub-title">契約情報</h3>
          <DataTable
            caption="契約情報"
            columns={['区分', '業種', '処理方式', COMMON.id, COMMON.stats, center('保存サービス'), center('他事業所と共用')]}
            rows={currentRows()}
            cells={(r) => [
              r.code.systemKind,
              r.id.industries.join(' '),
              r.id.method,
              r.id.userCode,
              r.id.idNo,
              mark(r.code.statsPaid),
              mark(r.code.statsFree),
              mark(r.code.bondedRetention),
              mark(r.code.officeCodes.length > 1),
            ]}
            actions={{
              label: '契約情報の変更',
              buttons: (r) => [{ label: '変更', name: `${r.id.userCode}${r.id.idNo}の利用者コードを変更`, onClick: () => open(r.id.userCode) }],
            }}
            empty="この事業所の利用者IDはありません。"
            emptyInTable
          />
        </Block>

        <p>申込情報を修正する場合は、「修正」ボタンをクリックしてください。</p>
        <Block id="codes-applied" title="申込情報">
          <Show when={form.field('codes').error}>
            <p class="field-message" id="codes-set" tabIndex={-1}>
              {form.field('codes').error}
            </p>
          </Show>
          <DataTable
            caption="申込情報"
            columns={['申込内容', '区分', '業種', '処理方式', COMMON.id, { label: '追加(数)', class: 'num' }, COMMON.stats, center('保存サービス'), center('他事業所と共用')]}
            rows={appliedRows()}
            cells={(r) => [
              r.action,
              r.systemKind,
              r.industries,
              r.method,
              r.userCode,
              r.idNo,
              r.count,
              mark(r.statsPaid),
              mark(r.statsFree),
              mark(r.bondedRetention),
              mark(r.shared),
            ]}
            actions={{
              label: '申込情報の変更',
              buttons: (r) => [
                { label: '修正', name: `${r.userCode}${r.idNo}(${r.action})の申込情報を修正`, onClick: () => open(r.key) },
                {
                  label: '削除',
                  name: `${r.userCode}${r.idNo}(${r.action})の申込情報を削除`,
                  danger: true,
                  onClick: () =>
                    session.update((s) => {
                      s.codes = s.codes.filter((c) => c.userCode !== r.key);
                      s.codesDone = false;
                    }),
                },
              ],
            }}
            empty="設定した利用者コードの変更はありません。"
            emptyInTable
          />
        </Block>
        <NextAction />
      </WizardForm>
    </WizardPage>
  );
}
