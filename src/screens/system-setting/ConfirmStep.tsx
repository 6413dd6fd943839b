// システム設定申込内容 確認 (seed 000 ⑧): every block with 「入力に戻る」, and the
// green 「システム設定申込を登録する」 that files the application with the center.
import { createMemo } from 'solid-js';
import { unwrap } from 'solid-js/store';
import { clockToday } from '../../center/clock';
import type { SystemSettingPayload } from '../../domain/system-setting/payload';
import { checkSchedule, desiredRegistrationDate } from '../../domain/system-setting/schedule';
import { targetCodes } from '../../domain/system-setting/targets';
import { createLiveQuery } from '../../store/live';
import { listCompanyCodesOf } from './codes';
import { ConfirmSections } from '../../wizard/ConfirmSections';
import { useStep, useWizard } from '../../wizard/context';
import { createFiling, REGISTER_ID } from '../../wizard/filing';
import { WizardPage } from '../../wizard/WizardPage';
import { systemSettingSections } from './sections';
import { SCHEDULE_KEYS, type StepId, type SystemSettingState } from './state';

export const SUBMIT_FAILED_MESSAGE =
  'システム設定申込を登録できませんでした。入力内容は保存されています。もう一度「システム設定申込を登録する」ボタンをクリックしてください。';

export function ConfirmStep() {
  const { session } = useWizard<SystemSettingState, StepId>();
  const step = useStep<SystemSettingState, StepId>('confirm');
  const filing = createFiling<SystemSettingState, StepId>({ failedMessage: SUBMIT_FAILED_MESSAGE });
  const today = createMemo(clockToday);
  const companyCodes = createLiveQuery(() => session.state.codes.map((c) => c.userCode).join(' '), (codes) =>
    listCompanyCodesOf(codes.split(' ').filter(Boolean)),
  );

  const sections = () => {
    const s = session.state;
    if (!s.contact || !s.schedule) return [];
    return systemSettingSections({
      contact: s.contact,
      codes: s.codes,
      targets: targetCodes(s.codes, companyCodes() ?? []),
      timing: s.schedule.timing,
      note: s.schedule.note,
      attachments: session.draft().attachments,
      reflection: desiredRegistrationDate(s.schedule.timing, today()),
    });
  };

  async function register() {
    // plain data for the center, not the store's proxies (IndexedDB clones what it stores)
    const s = structuredClone(unwrap(session.state));
    if (filing.busy() || !s.contact || !s.schedule) return;
    // the day may have changed since 確認へ進む: the date must still be a valid wish today
    const recheck = checkSchedule(
      { timing: s.raw[SCHEDULE_KEYS.timing] ?? '', desiredDate: s.raw[SCHEDULE_KEYS.desiredDate] ?? '', note: s.schedule.note },
      today(),
    );
    if (!recheck.ok) return filing.refuse(Object.values(recheck.errors).filter((m): m is string => !!m));
    // 本申込で修正対象となる利用者コード as the contract stands now: the effect applies exactly these
    const targets = targetCodes(s.codes, companyCodes() ?? (await listCompanyCodesOf(s.codes.map((c) => c.userCode))));
    const payload: SystemSettingPayload = { codes: s.codes, timing: recheck.value.timing, targets };
    await filing.file({
      kind: 'system-setting',
      contact: s.contact,
      payload,
      desiredDate: payload.timing.kind === 'specified' ? payload.timing.date : undefined,
      note: s.schedule.note,
    });
  }

  return (
    <WizardPage step={step} errors={filing}>
      <p class="lead">
        入力した情報内容を確認してください。
        <br />
        システム設定申込を登録するボタンをクリックすると、システム設定申込が完了します。
        <br />
        情報内容の修正をする場合は、それぞれの項目の「入力に戻る」ボタンをクリックして、各情報入力画面から修正してください。
        <br />
        入力内容を確認後、「システム設定申込を登録する」ボタンをクリックしてください。
      </p>
      <ConfirmSections sections={sections()} />
      <div class="actions">
        <button type="button" id={REGISTER_ID} class="btn btn-register" disabled={filing.busy() || filing.blocked()} onClick={() => void register()}>
          システム設定申込を登録する
        </button>
      </div>
    </WizardPage>
  );
}
