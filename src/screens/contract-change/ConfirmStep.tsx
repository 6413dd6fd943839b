// 変更申込確認 (seed 002 ⑦): for each ticked item 契約情報 beside 申込情報, 「変更申込の備考」,
// 添付ファイル, and 「申込内容を登録する」 that files the 変更申込 with the center.
import './contract-change.css';
import { createMemo } from 'solid-js';
import { unwrap } from 'solid-js/store';
import { clockToday } from '../../center/clock';
import { NOTE_MAX } from '../../domain/system-setting/schedule';
import { maxChars } from '../../domain/validation/rules';
import { checkStartDate } from '../../domain/validation/start-date';
import { wishLabelOf } from '../../domain/contract-change/items';
import { getOfficeContract, listSisterOffices } from '../../store/contracts';
import { createLiveQuery } from '../../store/live';
import { Block } from '../../ui/Block';
import { AttachmentPicker } from '../../ui/form/AttachmentPicker';
import { TextArea } from '../../ui/form/TextArea';
import { createDraftFiles } from '../../wizard/attachments';
import { ConfirmSections } from '../../wizard/ConfirmSections';
import { useStep, useWizard } from '../../wizard/context';
import { createFiling, REGISTER_ID } from '../../wizard/filing';
import { WizardPage } from '../../wizard/WizardPage';
import { blocksOf, contractChangeSections } from './sections';
import { linesLeftBehind, R2_TEXT } from '../../domain/contract-change/lines';
import { ITEMS_FIELDS, NOTE_ID, payloadOf, type ContractChangeState, type StepId } from './state';

export const SUBMIT_FAILED_MESSAGE =
  '変更申込を登録できませんでした。入力内容は保存されています。もう一度「申込内容を登録する」ボタンをクリックしてください。';

export function ConfirmStep() {
  const { session, owner } = useWizard<ContractChangeState, StepId>();
  const step = useStep<ContractChangeState, StepId>('confirm');
  const filing = createFiling<ContractChangeState, StepId>({ failedMessage: SUBMIT_FAILED_MESSAGE });
  const files = createDraftFiles();
  const contract = createLiveQuery(() => owner, getOfficeContract);
  const companyOffices = createLiveQuery(() => owner, listSisterOffices);
  const today = createMemo(clockToday);
  const note = () => session.state.raw[NOTE_ID] ?? '';

  const sections = () => {
    const s = session.state;
    if (!s.contact || !s.selection) return [];
    const p = payloadOf(s);
    return contractChangeSections({
      contact: s.contact,
      items: p.items,
      other: p.other,
      startDate: s.selection.startDate,
      codes: p.codes ?? [],
      terminals: p.terminals,
      plan: p.plan,
      blocks: blocksOf(p),
      options: p.options,
      others: p,
      lines: p.lines,
      generalTerminals: p.generalTerminals,
      mailboxes: p.mailboxes,
      companyOffices: companyOffices(),
      contract: contract() ?? undefined,
      officeCode: owner,
    });
  };

  async function register() {
    // plain data for the center, not the store's proxies (IndexedDB clones what it stores)
    const s = structuredClone(unwrap(session.state));
    if (filing.busy() || !s.contact || !s.selection) return;
    const noteError = maxChars('備考', NOTE_MAX)(note());
    if (noteError) return filing.refuse([noteError]);
    // the day may have changed since the wish was checked: it must still be a valid date today
    const date = checkStartDate(s.raw[ITEMS_FIELDS.startDate] ?? '', today(), wishLabelOf(s.selection.other));
    if (date.error !== undefined) return filing.refuse([date.error]);
    // R2 against the contract as it is now: a moving office's lines move too
    const c = contract();
    const payload = payloadOf(s);
    if (c && linesLeftBehind(payload.company, c.office, c.lines, payload.lines).length > 0) return filing.refuse([R2_TEXT]);
    await filing.file({ kind: 'contract-change', contact: s.contact, payload, desiredDate: date.date, note: note() });
  }

  return (
    <WizardPage step={step} errors={filing}>
      <p class="lead">
        入力した変更内容を確認してください。
        <br />
        変更内容に誤りがある場合は、それぞれの項目の「入力に戻る」ボタンをクリックして、各入力画面から修正してください。
        <br />
        内容を確認後、「申込内容を登録する」ボタンをクリックしてください。
      </p>
      <ConfirmSections sections={sections()} />
      <Block id="change-note-block" title="変更申込の備考">
        <TextArea
          id={NOTE_ID}
          label="備考 (任意)"
          maxChars={NOTE_MAX}
          value={note()}
          onValue={(v) => session.update((s) => void (s.raw[NOTE_ID] = v))}
        />
        <AttachmentPicker
          id="attachments"
          files={files.files()}
          error={files.error()}
          busy={files.busy()}
          onAdd={(added) => void files.add(added)}
          onRemove={files.remove}
        />
      </Block>
      <div class="actions">
        <button
          type="button"
          id={REGISTER_ID}
          class="btn btn-register"
          disabled={filing.busy() || filing.blocked()}
          onClick={() => void register()}
        >
          申込内容を登録する
        </button>
      </div>
    </WizardPage>
  );
}
