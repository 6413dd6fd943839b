// 追加登録画面 (seed 004 ①②③): the office's 契約情報, the 利用開始希望日, and
// 識別番号の追加に関する項目 set row by row with 「設定する」 into 申込情報.
import { createMemo, For, Show } from 'solid-js';
import { clockToday } from '../../center/clock';
import {
  checkRow,
  checkStartDate,
  COUNT_LABEL,
  isShorterThanStandardDays,
  METHOD_LABEL,
  START_DATE_LABEL,
  STANDARD_DAYS_WARNING,
  USER_CODE_LABEL,
  type RowInput,
} from '../../domain/broker-id/input';
import { BROKER_METHODS, isCustomsCode, R13_TEXT, totalBrokerIds } from '../../domain/broker-id/rules';
import { BROKER_INDUSTRIES } from '../../domain/broker-id/texts';
import { parseYmd8 } from '../../domain/time';
import { getOfficeContract } from '../../store/contracts';
import { createLiveQuery } from '../../store/live';
import { createLiveSetting } from '../../store/settings';
import { Block } from '../../ui/Block';
import { isImeEnter } from '../../ui/form/aria';
import type { FieldError } from '../../ui/form/ErrorSummary';
import { RadioGroup } from '../../ui/form/RadioGroup';
import { RowButton } from '../../ui/RowButton';
import { TextInput } from '../../ui/form/TextInput';
import { WizardForm } from '../../ui/form/WizardForm';
import { useWizard } from '../../wizard/context';
import { createStepErrors } from '../../wizard/step-errors';
import { WizardPage } from '../../wizard/WizardPage';
import { FIELDS, type BrokerIdState, type StepId } from './state';

const NO_ROWS_MESSAGE = '識別番号の追加に関する項目を入力し、「設定する」ボタンをクリックしてください。';
const ROWS_ID = 'set-row';

export function IdsStep() {
  const { session, proceed, officeCode } = useWizard<BrokerIdState, StepId>();
  const contract = createLiveQuery(() => officeCode, getOfficeContract);
  const review = createLiveSetting('review');
  const errors = createStepErrors();
  const { errorOf, fail, clear } = errors;
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
  const raw = (key: string) => session.state.raw[key] ?? '';
  const shortWish = () => {
    const wish = parseYmd8(raw(FIELDS.startDate));
    const days = review()?.standardDays['broker-id'];
    return !!wish && days !== undefined && wish > today() && isShorterThanStandardDays(today(), wish, days);
  };

  function setRaw(key: string, value: string) {
    session.update((s) => {
      s.raw[key] = value;
      if (key === FIELDS.startDate) delete s.startDate;
    });
  }

  function setRow() {
    const input: RowInput = { userCode: raw(FIELDS.userCode), method: raw(FIELDS.method), count: raw(FIELDS.count) };
    const result = checkRow(input, session.state.rows, session.state.editing);
    if (!result.ok) {
      const ids = { userCode: `${FIELDS.userCode}-0`, method: `${FIELDS.method}-0`, count: FIELDS.count };
      return fail(
        (Object.keys(ids) as (keyof typeof ids)[])
          .filter((k) => result.errors[k])
          .map((k) => ({ id: ids[k], message: result.errors[k]! })),
      );
    }
    clear();
    session.update((s) => {
      if (s.editing !== undefined) s.rows[s.editing] = result.row;
      else s.rows.push(result.row);
      delete s.editing;
      s.raw[FIELDS.userCode] = '';
      s.raw[FIELDS.method] = '';
      s.raw[FIELDS.count] = '';
    });
  }

  function editRow(index: number) {
    const row = session.state.rows[index];
    session.update((s) => {
      s.editing = index;
      s.raw[FIELDS.userCode] = row.userCode;
      s.raw[FIELDS.method] = row.method;
      s.raw[FIELDS.count] = String(row.count);
    });
    queueMicrotask(() => document.getElementById(FIELDS.count)?.focus());
  }

  function removeRow(index: number) {
    session.update((s) => {
      s.rows.splice(index, 1);
      if (s.editing === index) delete s.editing;
      else if (s.editing !== undefined && s.editing > index) s.editing -= 1;
    });
  }

  function submit() {
    const found: FieldError[] = [];
    const date = checkStartDate(raw(FIELDS.startDate), today());
    if (date.error !== undefined) found.push({ id: FIELDS.startDate, message: date.error });
    if (session.state.rows.length === 0) found.push({ id: ROWS_ID, message: NO_ROWS_MESSAGE });
    if (found.length || date.error !== undefined) return fail(found);
    clear();
    proceed('confirm', (s) => {
      s.startDate = date.date;
    });
  }

  return (
    <WizardPage step="ids" errors={errors}>
      <p class="lead">
        通関士用の利用者ID(通関士ID)を追加します。
        <br />
        「契約情報」を確認し、利用開始希望日と識別番号の追加に関する項目を入力して「設定する」ボタンをクリックしてください。
        <br />
        「申込情報」を確認し、追加した内容に問題がなければ「申込内容確認へ進む」ボタンをクリックしてください。
      </p>
      <WizardForm onSubmit={submit}>
        <Block id="broker-contract" title="契約情報">
          <div class="table-scroll">
            <table class="data-table" aria-labelledby="broker-contract-title">
              <thead>
                <tr>
                  <th scope="col">区分</th>
                  <th scope="col">業種</th>
                  <th scope="col">処理方式</th>
                  <th scope="col">利用者コード</th>
                  <th scope="col">識別番号</th>
                  <th scope="col">通関士ID</th>
                </tr>
              </thead>
              <tbody>
                <For
                  each={contractRows()}
                  fallback={
                    <tr>
                      <td colSpan={6}>通関業の利用者コードがありません。</td>
                    </tr>
                  }
                >
                  {(r) => (
                    <tr>
                      <td>{r.code.systemKind}</td>
                      <td>{r.id.industries.join(' ')}</td>
                      <td>{r.id.method}</td>
                      <td>{r.id.userCode}</td>
                      <td>{r.id.idNo}</td>
                      <td class="center">{r.id.broker ? '○' : ''}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
        </Block>

        <Block id="start-date" title="利用開始日に関する項目">
          <p>
            利用開始日については、NACCS掲示板の利用開始登録スケジュール表をご参照ください。
            <br />
            NACCSの利用開始希望日を入力してください。
          </p>
          <TextInput
            id={FIELDS.startDate}
            label={START_DATE_LABEL}
            hint="半角数字8桁"
            example="20120311"
            width="s"
            inputMode="numeric"
            value={raw(FIELDS.startDate)}
            onValue={(v) => setRaw(FIELDS.startDate, v)}
            error={errorOf(FIELDS.startDate)}
            note={
              <Show when={shortWish()}>
                <span class="standard-days-warning" role="status">
                  {STANDARD_DAYS_WARNING}
                </span>
              </Show>
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
          <div
            class="row-form"
            onKeyDown={(e) => {
              // Enter in these fields sets the row, as 「設定する」 does, instead of going on to 確認
              if (e.key === 'Enter' && !isImeEnter(e) && e.target instanceof HTMLInputElement) {
                e.preventDefault();
                setRow();
              }
            }}
          >
            <RadioGroup
              id={FIELDS.userCode}
              legend={USER_CODE_LABEL}
              value={raw(FIELDS.userCode)}
              onValue={(v) => setRaw(FIELDS.userCode, v)}
              error={errorOf(`${FIELDS.userCode}-0`)}
              options={customsCodes().map((c) => ({ value: c.code, label: c.code, detail: `(${c.systemKind})` }))}
            />
            <RadioGroup
              id={FIELDS.method}
              legend={METHOD_LABEL}
              value={raw(FIELDS.method)}
              onValue={(v) => setRaw(FIELDS.method, v)}
              error={errorOf(`${FIELDS.method}-0`)}
              options={BROKER_METHODS.map((m) => ({ value: m, label: m }))}
            />
            <TextInput
              id={FIELDS.count}
              label={COUNT_LABEL}
              hint="半角数字"
              example="2"
              width="xs"
              inputMode="numeric"
              value={raw(FIELDS.count)}
              onValue={(v) => setRaw(FIELDS.count, v)}
              error={errorOf(FIELDS.count)}
              note="通関士の人数を入力してください。"
            />
          </div>
          <div class="actions start">
            <button type="button" class="btn" onClick={setRow}>
              設定する
            </button>
            <Show when={session.state.editing !== undefined}>
              <span class="field-hint">申込情報の{(session.state.editing ?? 0) + 1}行目を修正しています。</span>
            </Show>
          </div>
        </Block>

        <p>申込情報を修正する場合は、「修正」ボタンをクリックしてください。</p>
        <Block id="broker-rows" title="申込情報">
          <Show when={errorOf(ROWS_ID)}>
            <p class="field-message" id={ROWS_ID} tabIndex={-1}>
              {NO_ROWS_MESSAGE}
            </p>
          </Show>
          <div class="table-scroll">
            <table class="data-table" aria-labelledby="broker-rows-title">
              <thead>
                <tr>
                  <th scope="col">申込内容</th>
                  <th scope="col">業種</th>
                  <th scope="col">処理方式</th>
                  <th scope="col">利用者コード</th>
                  <th scope="col">追加(数)</th>
                  <th scope="col" colSpan={2}>
                    申込情報の変更
                  </th>
                </tr>
              </thead>
              <tbody>
                <For
                  each={session.state.rows}
                  fallback={
                    <tr>
                      <td colSpan={7}>設定した識別番号の追加はありません。</td>
                    </tr>
                  }
                >
                  {(row, i) => (
                    <tr>
                      <td>追加</td>
                      <td>{BROKER_INDUSTRIES.join(' ')}</td>
                      <td>{row.method}</td>
                      <td>{row.userCode}</td>
                      <td class="num">{row.count}</td>
                      <RowButton label="修正" name={`${row.userCode} ${row.method}を修正`} onClick={() => editRow(i())} />
                      <RowButton label="削除" name={`${row.userCode} ${row.method}を削除`} onClick={() => removeRow(i())} danger />
                    </tr>
                  )}
                </For>
              </tbody>
              <Show when={session.state.rows.length > 0}>
                <tfoot>
                  <tr>
                    <th scope="row" colSpan={4}>
                      追加する通関士IDの合計
                    </th>
                    <td class="num">{totalBrokerIds(session.state.rows)}</td>
                    <td colSpan={2} />
                  </tr>
                </tfoot>
              </Show>
            </table>
          </div>
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
