// 利用者コード 選択 (seed 000 ④⑥⑦): this office's codes to choose from, the codes
// set in this application, and NACCS登録希望日に関する項目.
import { createMemo, Show } from 'solid-js';
import { clockToday } from '../../center/clock';
import {
  checkCodesStep,
  DESIRED_DATE_LABEL,
  NO_CODES_MESSAGE,
  NOTE_LABEL,
  NOTE_MAX,
  reflectionText,
  shortestRegistrationDate,
  TIMING_LABEL,
} from '../../domain/system-setting/schedule';
import { listSettableCodes } from './codes';
import { createLiveQuery } from '../../store/live';
import { Block } from '../../ui/Block';
import { DataTable } from '../../ui/DataTable';
import { AttachmentPicker } from '../../ui/form/AttachmentPicker';
import { RadioGroup } from '../../ui/form/RadioGroup';
import { TextArea } from '../../ui/form/TextArea';
import { TextInput } from '../../ui/form/TextInput';
import { WizardForm } from '../../ui/form/WizardForm';
import { USER_CODE_COLUMNS, userCodeCells } from '../../ui/user-code-columns';
import { useStep, useWizard } from '../../wizard/context';
import { createDraftFiles } from '../../wizard/attachments';
import { createStepForm } from '../../wizard/form';
import { WizardPage } from '../../wizard/WizardPage';
import { dropCode, SCHEDULE_KEYS, type StepId, type SystemSettingState } from './state';

export function CodesStep() {
  const { session, owner } = useWizard<SystemSettingState, StepId>();
  const step = useStep<SystemSettingState, StepId>('codes');
  const userCodes = createLiveQuery(() => owner, listSettableCodes);
  /** where 「選択」 is asked for when no code is set: the first code's button */
  const selectId = (code: string) => `select-${code}`;
  const form = createStepForm<SystemSettingState, keyof typeof SCHEDULE_KEYS | 'codes'>(
    () => ({ ...SCHEDULE_KEYS, codes: selectId(userCodes()?.[0]?.code ?? '') }),
    { onEdit: (s) => delete s.schedule },
  );
  const files = createDraftFiles();

  const today = createMemo(clockToday);
  const shortest = createMemo(() => shortestRegistrationDate(today()));

  function submit() {
    const { timing, desiredDate, note } = form.values();
    const schedule = form.take(checkCodesStep({ timing, desiredDate, note }, session.state.codes.length, today()));
    if (schedule) step.proceed((s) => (s.schedule = schedule));
  }

  return (
    <WizardPage step={step} errors={form.errors}>
      <p class="lead">
        NACCSを利用するためのシステム設定情報を登録します。
        <br />
        「設定情報」に利用者コード一覧が表示されていますので、設定を行う利用者コードの「選択」ボタンをクリックし、システム設定情報を登録してください。
        <br />
        入力完了後に、「システム設定申込確認へ進む」ボタンをクリックしてください。
      </p>
      <WizardForm onSubmit={submit}>
        <Block id="contract-codes" title="設定情報">
          <Show when={form.field('codes').error}>
            <p class="field-message">{NO_CODES_MESSAGE}</p>
          </Show>
          <DataTable
            caption="設定情報"
            labelledBy="contract-codes-title"
            columns={USER_CODE_COLUMNS}
            rowHeader={0}
            rows={userCodes() ?? []}
            cells={(code) => userCodeCells(code)}
            actions={{
              label: 'システム設定情報の登録',
              buttons: (code) => [
                {
                  id: selectId(code.code),
                  label: '選択',
                  name: `${code.code}を選択`,
                  onClick: () => step.open({ id: 'code', params: { code: code.code } }),
                },
              ],
            }}
            empty="この事業所の利用者コードはありません。"
            emptyInTable
          />
        </Block>

        <p>申込情報を修正する場合は、「修正」ボタンをクリックしてください。</p>
        <Block id="applied-codes" title="申込情報">
          <DataTable
            caption="申込情報"
            labelledBy="applied-codes-title"
            columns={USER_CODE_COLUMNS}
            rowHeader={0}
            rows={session.state.codes}
            cells={(setting) => userCodeCells({ ...setting, code: setting.userCode })}
            actions={{
              label: '申込情報の変更',
              buttons: (setting) => [
                {
                  label: '修正',
                  name: `${setting.userCode}を修正`,
                  onClick: () => step.open({ id: 'code', params: { code: setting.userCode } }),
                },
                {
                  label: '削除',
                  name: `${setting.userCode}を削除`,
                  onClick: () => session.update((s) => dropCode(s, setting.userCode)),
                  danger: true,
                },
              ],
            }}
            empty="システム設定情報を登録した利用者コードはありません。"
            emptyInTable
          />
        </Block>

        {/* seed 000 ⑦: 添付ファイル, then the 最短 note, then NACCS登録希望日に関する項目 */}
        <AttachmentPicker
          id="attachments"
          files={files.files()}
          error={files.error()}
          busy={files.busy()}
          onAdd={(added) => void files.add(added)}
          onRemove={files.remove}
        />
        <p class="notice-box" id="shortest-note">
          「最短の日程で登録を希望する」を選択した場合は、4営業日後の反映となります。
          <br />
          (例)4/2(火)申込→4/8(月)反映
          <br />
          最短の日程等については、NACCS掲示板の利用開始登録スケジュール表をご参照ください。
        </p>
        <Block id="schedule" title="NACCS登録希望日に関する項目">
          <RadioGroup
            {...form.field('timing')}
            legend={TIMING_LABEL}
            options={[
              { value: 'shortest', label: '最短の日程で登録を希望', detail: reflectionText(shortest()) },
              { value: 'specified', label: '日付を指定して登録を希望' },
            ]}
          />
          <TextInput
            {...form.field('desiredDate')}
            label={DESIRED_DATE_LABEL}
            hint="半角数字8桁"
            example="20190401"
            width="s"
            inputMode="numeric"
            note="「日付を指定して登録を希望」を選択した場合に入力してください。"
          />
          <TextArea {...form.field('note')} label={NOTE_LABEL} maxChars={NOTE_MAX} />
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
