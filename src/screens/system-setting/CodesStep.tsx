// 利用者コード 選択 (seed 000 ④⑥⑦): this office's codes to choose from, the codes
// set in this application, and NACCS登録希望日に関する項目.
import { createMemo, createSignal, For, Show } from 'solid-js';
import { clockToday } from '../../center/clock';
import {
  checkSchedule,
  DESIRED_DATE_LABEL,
  NOTE_LABEL,
  NOTE_MAX,
  reflectionText,
  shortestRegistrationDate,
  TIMING_LABEL,
  type ScheduleInput,
} from '../../domain/system-setting/schedule';
import { attachmentProblem } from '../../domain/validation/attachments';
import { listUserCodes } from '../../store/contracts';
import { createLiveQuery } from '../../store/live';
import { Block } from '../../ui/Block';
import { AttachmentPicker } from '../../ui/form/AttachmentPicker';
import type { FieldError } from '../../ui/form/ErrorSummary';
import { RadioGroup } from '../../ui/form/RadioGroup';
import { TextArea } from '../../ui/form/TextArea';
import { TextInput } from '../../ui/form/TextInput';
import { RowButton } from '../../ui/RowButton';
import { UserCodeCells, UserCodeColumns } from '../../ui/UserCodeCells';
import { WizardForm } from '../../ui/form/WizardForm';
import { useWizard } from '../../wizard/context';
import { createStepErrors } from '../../wizard/step-errors';
import { WizardPage } from '../../wizard/WizardPage';
import { dropCode, SCHEDULE_KEYS, type StepId, type SystemSettingState } from './state';

const NO_CODES_MESSAGE =
  '設定を行う利用者コードの「選択」ボタンをクリックし、システム設定情報を登録してください。';

const SCHEDULE_IDS = { timing: `${SCHEDULE_KEYS.timing}-0`, desiredDate: SCHEDULE_KEYS.desiredDate, note: SCHEDULE_KEYS.note };

export function CodesStep() {
  const { session, go, proceed, officeCode } = useWizard<SystemSettingState, StepId>();
  const userCodes = createLiveQuery(() => officeCode, listUserCodes);
  const errors = createStepErrors();
  const { errorOf, fail, clear } = errors;
  const [fileError, setFileError] = createSignal<string>();
  const [fileBusy, setFileBusy] = createSignal(false);

  const today = createMemo(clockToday);
  const shortest = createMemo(() => shortestRegistrationDate(today()));
  const raw = (key: string) => session.state.raw[key] ?? '';
  /** where 「選択」 is asked for when no code is set: the first code's button */
  const firstSelectId = () => `select-${userCodes()?.[0]?.code ?? ''}`;

  function setRaw(key: string, value: string) {
    session.update((s) => {
      s.raw[key] = value;
      delete s.schedule;
    });
  }

  async function addFiles(files: File[]) {
    const problem = attachmentProblem(session.draft().attachments, files);
    setFileError(problem);
    if (problem) return;
    setFileBusy(true);
    try {
      await session.addFiles(files.map((f) => ({ name: f.name, type: f.type, size: f.size, blob: f })));
    } finally {
      setFileBusy(false);
    }
  }

  function submit() {
    const input: ScheduleInput = {
      timing: raw(SCHEDULE_KEYS.timing),
      desiredDate: raw(SCHEDULE_KEYS.desiredDate),
      note: raw(SCHEDULE_KEYS.note),
    };
    const schedule = checkSchedule(input, today());
    const found: FieldError[] = [];
    if (session.state.codes.length === 0)
      found.push({ id: firstSelectId(), message: NO_CODES_MESSAGE });
    if (!schedule.ok)
      for (const key of ['timing', 'desiredDate', 'note'] as const)
        if (schedule.errors[key]) found.push({ id: SCHEDULE_IDS[key], message: schedule.errors[key]! });
    if (found.length || !schedule.ok) return fail(found);
    clear();
    proceed('confirm', (s) => {
      s.schedule = schedule.value;
    });
  }

  return (
    <WizardPage step="codes" errors={errors}>
      <p class="lead">
        NACCSを利用するためのシステム設定情報を登録します。
        <br />
        「設定情報」に利用者コード一覧が表示されていますので、設定を行う利用者コードの「選択」ボタンをクリックし、システム設定情報を登録してください。
        <br />
        入力完了後に、「システム設定申込確認へ進む」ボタンをクリックしてください。
      </p>
      <WizardForm onSubmit={submit}>
        <Block id="contract-codes" title="設定情報">
          <Show when={errorOf(firstSelectId())}>
            <p class="field-message">{NO_CODES_MESSAGE}</p>
          </Show>
          <div class="table-scroll">
            <table class="data-table" aria-labelledby="contract-codes-title">
              <thead>
                <tr>
                  <UserCodeColumns />
                  <th scope="col">システム設定情報の登録</th>
                </tr>
              </thead>
              <tbody>
                <For each={userCodes()}>
                  {(code) => (
                    <tr>
                      <UserCodeCells {...code} />
                      <RowButton
                        id={`select-${code.code}`}
                        label="選択"
                        name={`${code.code}を選択`}
                        onClick={() => go('code', { code: code.code })}
                      />
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
        </Block>

        <p>申込情報を修正する場合は、「修正」ボタンをクリックしてください。</p>
        <Block id="applied-codes" title="申込情報">
          <div class="table-scroll">
            <table class="data-table" aria-labelledby="applied-codes-title">
              <thead>
                <tr>
                  <UserCodeColumns />
                  <th scope="col" colSpan={2}>
                    申込情報の変更
                  </th>
                </tr>
              </thead>
              <tbody>
                <For
                  each={session.state.codes}
                  fallback={
                    <tr>
                      <td colSpan={9}>システム設定情報を登録した利用者コードはありません。</td>
                    </tr>
                  }
                >
                  {(setting) => (
                    <tr>
                      <UserCodeCells code={setting.userCode} {...setting} />
                      <RowButton label="修正" name={`${setting.userCode}を修正`} onClick={() => go('code', { code: setting.userCode })} />
                      <RowButton label="削除" name={`${setting.userCode}を削除`} onClick={() => session.update((s) => dropCode(s, setting.userCode))} danger />
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
        </Block>

        <Block id="schedule" title="NACCS登録希望日に関する項目">
          <p class="notice-box">
            「最短の日程で登録を希望する」を選択した場合は、4営業日後の反映となります。
            <br />
            (例)4/2(火)申込→4/8(月)反映
            <br />
            最短の日程等については、NACCS掲示板の利用開始登録スケジュール表をご参照ください。
          </p>
          <RadioGroup
            id={SCHEDULE_KEYS.timing}
            legend={TIMING_LABEL}
            value={raw(SCHEDULE_KEYS.timing)}
            onValue={(v) => setRaw(SCHEDULE_KEYS.timing, v)}
            error={errorOf(SCHEDULE_IDS.timing)}
            options={[
              { value: 'shortest', label: '最短の日程で登録を希望', detail: reflectionText(shortest()) },
              { value: 'specified', label: '日付を指定して登録を希望' },
            ]}
          />
          <TextInput
            id={SCHEDULE_KEYS.desiredDate}
            label={DESIRED_DATE_LABEL}
            hint="半角数字8桁"
            example="20190401"
            width="s"
            inputMode="numeric"
            value={raw(SCHEDULE_KEYS.desiredDate)}
            onValue={(v) => setRaw(SCHEDULE_KEYS.desiredDate, v)}
            error={errorOf(SCHEDULE_IDS.desiredDate)}
            note="「日付を指定して登録を希望」を選択した場合に入力してください。"
          />
          <TextArea
            id={SCHEDULE_KEYS.note}
            label={NOTE_LABEL}
            maxChars={NOTE_MAX}
            value={raw(SCHEDULE_KEYS.note)}
            onValue={(v) => setRaw(SCHEDULE_KEYS.note, v)}
            error={errorOf(SCHEDULE_IDS.note)}
          />
          <AttachmentPicker
            id="attachments"
            files={session.draft().attachments}
            error={fileError()}
            busy={fileBusy()}
            onAdd={(files) => void addFiles(files)}
            onRemove={(id) => {
              setFileError(undefined);
              void session.removeFile(id);
            }}
          />
        </Block>
        <div class="actions">
          <button type="submit" class="btn btn-next">
            システム設定申込確認へ進む
          </button>
        </div>
      </WizardForm>
    </WizardPage>
  );
}
