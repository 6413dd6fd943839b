// 追加登録画面 (seed 004 ①②③): the office's 契約情報, the 利用開始希望日, and
// 識別番号の追加に関する項目 set row by row with 「設定する」 into 申込情報.
import './broker-id.css';
import { createMemo, Show } from 'solid-js';
import { clockToday } from '../../center/clock';
import {
  checkIdsStep,
  COUNT_LABEL,
  isShorterThanStandardDays,
  METHOD_LABEL,
  NO_ROWS_MESSAGE,
  setRow,
  STANDARD_DAYS_WARNING,
  USER_CODE_LABEL,
} from '../../domain/broker-id/input';
import { isCustomsCode, methodsOfCode, R13_TEXT, totalBrokerIds } from '../../domain/broker-id/rules';
import { METHODS } from '../../domain/contract';
import { BROKER_INDUSTRIES } from '../../domain/broker-id/texts';
import { removeRow } from '../../domain/rows';
import { parseYmd8 } from '../../domain/time';
import { SCHEDULE_NOTE, START_DATE_LABEL } from '../../domain/validation/start-date';
import { getOfficeContract } from '../../store/contracts';
import { createLiveQuery } from '../../store/live';
import { createLiveSetting } from '../../store/settings';
import { standardDaysOf } from '../../center/standard-days';
import { brokerIdKind } from '../../kinds/broker-id/kind';
import { Block } from '../../ui/Block';
import { DataTable } from '../../ui/DataTable';
import { RadioGroup } from '../../ui/form/RadioGroup';
import { TextInput } from '../../ui/form/TextInput';
import { WizardForm } from '../../ui/form/WizardForm';
import { useStep, useWizard } from '../../wizard/context';
import { createStepForm } from '../../wizard/form';
import { RowEditor } from '../../wizard/RowEditor';
import { WizardPage } from '../../wizard/WizardPage';
import { FIELDS, type BrokerIdState, type StepId } from './state';

export function IdsStep() {
  const { session, owner } = useWizard<BrokerIdState, StepId>();
  const step = useStep<BrokerIdState, StepId>('ids');
  const contract = createLiveQuery(() => owner, getOfficeContract);
  const review = createLiveSetting('review');
  const form = createStepForm<BrokerIdState, keyof typeof FIELDS>(FIELDS, {
    onEdit: (s, name) => {
      if (name === 'startDate') delete s.startDate;
    },
  });
  const today = createMemo(clockToday);

  const customsCodes = () => {
    const c = contract();
    return c ? c.userCodes.filter((code) => isCustomsCode(code, c.userIds)) : [];
  };
  const contractRows = () => {
    const c = contract();
    if (!c) return [];
    const codes = new Map(customsCodes().map((code) => [code.code, code]));
    return c.userIds.filter((id) => codes.has(id.userCode)).map((id) => ({ id, code: codes.get(id.userCode)! }));
  };
  /** the 処理方式 offered: those of the chosen code, or of every 通関業 code before one is chosen */
  const offeredMethods = () => {
    const c = contract();
    if (!c) return [];
    const chosen = form.raw('userCode');
    const codes = chosen ? [chosen] : customsCodes().map((code) => code.code);
    const used = new Set(codes.flatMap((code) => methodsOfCode(code, c.userIds)));
    return METHODS.filter((m) => used.has(m));
  };
  const shortWish = () => {
    const wish = parseYmd8(form.raw('startDate'));
    const r = review();
    const days = r ? standardDaysOf(brokerIdKind, r) : undefined;
    return !!wish && days !== undefined && wish > today() && isShorterThanStandardDays(today(), wish, days);
  };

  function set() {
    const values = form.values();
    const offered = methodsOfCode(values.userCode, contract()?.userIds ?? []);
    const placed = form.take(setRow(values, { rows: session.state.rows, editing: session.state.editing }, offered));
    if (!placed) return;
    session.update((s) => {
      s.rows = placed.rows;
      delete s.editing;
      s.raw[FIELDS.userCode] = '';
      s.raw[FIELDS.method] = '';
      s.raw[FIELDS.count] = '';
    });
  }

  function edit(index: number) {
    const row = session.state.rows[index];
    session.update((s) => {
      s.editing = index;
      s.raw[FIELDS.userCode] = row.userCode;
      s.raw[FIELDS.method] = row.method;
      s.raw[FIELDS.count] = String(row.count);
    });
    queueMicrotask(() => document.getElementById(FIELDS.count)?.focus());
  }

  function remove(index: number) {
    session.update((s) => {
      const list = removeRow({ rows: s.rows, editing: s.editing }, index);
      s.rows = list.rows;
      if (list.editing === undefined) delete s.editing;
      else s.editing = list.editing;
    });
  }

  function submit() {
    const date = form.take(checkIdsStep(form.raw('startDate'), session.state.rows, today()));
    if (date) step.proceed((s) => (s.startDate = date));
  }

  return (
    <WizardPage step={step} errors={form.errors}>
      <p class="lead">
        通関士用の利用者ID(通関士ID)を追加します。
        <br />
        「契約情報」を確認し、利用開始希望日と識別番号の追加に関する項目を入力して「設定する」ボタンをクリックしてください。
        <br />
        「申込情報」を確認し、追加した内容に問題がなければ「申込内容確認へ進む」ボタンをクリックしてください。
      </p>
      <WizardForm onSubmit={submit}>
        <Block id="broker-contract" title="契約情報">
          <DataTable
            caption="契約情報"
            labelledBy="broker-contract-title"
            columns={['区分', '業種', '処理方式', '利用者コード', '識別番号', { label: '通関士ID', class: 'center' }]}
            rows={contractRows()}
            cells={(r) => [r.code.systemKind, r.id.industries.join(' '), r.id.method, r.id.userCode, r.id.idNo, r.id.broker ? '○' : '']}
            empty="通関業の利用者コードがありません。"
            emptyInTable
          />
        </Block>

        <Block id="start-date" title="利用開始日に関する項目">
          <p>
            利用開始日については、NACCS掲示板の利用開始登録スケジュール表をご参照ください。
            <br />
            NACCSの利用開始希望日を入力してください。
          </p>
          <TextInput
            {...form.field('startDate')}
            label={START_DATE_LABEL}
            hint="半角数字8桁"
            example="20120311"
            width="s"
            inputMode="numeric"
            note={
              <>
                {SCHEDULE_NOTE}
                <Show when={shortWish()}>
                  <br />
                  <span class="standard-days-warning" role="status">
                    {STANDARD_DAYS_WARNING}
                  </span>
                </Show>
              </>
            }
          />
        </Block>

        <Block id="add-ids" title="識別番号の追加に関する項目">
          <p>
            通関士IDを追加する利用者コードと処理方式を選択し、追加する通関士IDの数(通関士の人数)を入力して「設定する」ボタンをクリックしてください。
          </p>
          <p class="important">
            <strong>重要!</strong> {R13_TEXT}
          </p>
          <RowEditor onSet={set} editing={session.state.editing}>
            <RadioGroup
              {...form.field('userCode')}
              legend={USER_CODE_LABEL}
              options={customsCodes().map((c) => ({ value: c.code, label: c.code, detail: `(${c.systemKind})` }))}
            />
            <RadioGroup {...form.field('method')} legend={METHOD_LABEL} options={offeredMethods().map((m) => ({ value: m, label: m }))} />
            <TextInput
              {...form.field('count')}
              label={COUNT_LABEL}
              hint="半角数字"
              example="2"
              width="xs"
              inputMode="numeric"
              note="通関士の人数を入力してください。"
            />
          </RowEditor>
        </Block>

        <p>申込情報を修正する場合は、「修正」ボタンをクリックしてください。</p>
        <Block id="broker-rows" title="申込情報">
          <Show when={form.errors.errorOf(FIELDS.rows)}>
            <p class="field-message" id={FIELDS.rows} tabIndex={-1}>
              {NO_ROWS_MESSAGE}
            </p>
          </Show>
          <DataTable
            caption="申込情報"
            labelledBy="broker-rows-title"
            columns={['申込内容', '業種', '処理方式', '利用者コード', { label: '追加(数)', class: 'num' }]}
            rows={session.state.rows}
            cells={(row) => ['追加', BROKER_INDUSTRIES.join(' '), row.method, row.userCode, String(row.count)]}
            actions={{
              label: '申込情報の変更',
              buttons: (row, i) => [
                { label: '修正', name: `${row.userCode} ${row.method}を修正`, onClick: () => edit(i) },
                { label: '削除', name: `${row.userCode} ${row.method}を削除`, onClick: () => remove(i), danger: true },
              ],
            }}
            empty="設定した識別番号の追加はありません。"
            emptyInTable
            foot={
              session.state.rows.length > 0 ? (
                <tr>
                  <th scope="row" colSpan={4}>
                    追加する通関士IDの合計
                  </th>
                  <td class="num">{totalBrokerIds(session.state.rows)}</td>
                  <td colSpan={2} />
                </tr>
              ) : undefined
            }
          />
        </Block>
        <div class="actions">
          <button type="submit" class="btn btn-next">
            申込内容確認へ進む
          </button>
        </div>
      </WizardForm>
    </WizardPage>
  );
}
