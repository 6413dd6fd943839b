// メールボックス 入力 — 一般NACCSのメールボックス数(追加・廃止) (no seed screen; as seed
// 002's 論理端末 入力, docs/contract-change.md): the number of mailboxes to add (not
// the new total, as R11 says of terminals) and the contract's mailboxes to abolish.
import './contract-change.css';
import {
  checkMailboxInput,
  MAILBOX_ADD_ID,
  MAILBOX_ADD_LABEL,
  MAILBOX_R11_TEXT,
  MAILBOXES_ERROR_ID,
} from '../../domain/contract-change/mailboxes';
import { formatDate } from '../../domain/time';
import { listMailboxes } from '../../store/contracts';
import { createLiveQuery } from '../../store/live';
import { Block } from '../../ui/Block';
import { DataTable } from '../../ui/DataTable';
import { TextInput } from '../../ui/form/TextInput';
import { WizardForm } from '../../ui/form/WizardForm';
import { FieldMessage } from '../../ui/form/FieldMessage';
import { useStep, useWizard } from '../../wizard/context';
import { createStepForm } from '../../wizard/form';
import { WizardPage } from '../../wizard/WizardPage';
import { ItemLead, NextAction } from './FieldItemStep';
import type { ContractChangeState, StepId } from './state';
import { AbolishBox, toggled } from './TerminalChanges';

export function MailboxesStep() {
  const { session, owner } = useWizard<ContractChangeState, StepId>();
  const step = useStep<ContractChangeState, StepId>('mailboxes');
  const mailboxes = createLiveQuery(() => owner, async (o) => (await listMailboxes(o)).filter((m) => !m.endDate));
  const form = createStepForm<ContractChangeState, string>({ [MAILBOX_ADD_ID]: MAILBOX_ADD_ID, [MAILBOXES_ERROR_ID]: MAILBOXES_ERROR_ID }, { onEdit: (s) => delete s.mailboxes });
  const abolished = () => session.state.rawMailboxAbolished ?? [];

  function submit() {
    const change = form.take(checkMailboxInput(form.raw(MAILBOX_ADD_ID), abolished(), mailboxes() ?? []));
    if (change) step.proceed((s) => (s.mailboxes = change));
  }

  return (
    <WizardPage step={step} errors={form.errors}>
      <ItemLead>現在の契約内容が表示されていますので、一般NACCSのメールボックスの情報を変更してください。</ItemLead>
      <WizardForm onSubmit={submit}>
        <Block id="mailbox-add-block" title="メールボックスの追加に関する項目">
          <p class="important">追加申込を行うメールボックスの数を入力してください。{MAILBOX_R11_TEXT}</p>
          <TextInput {...form.field(MAILBOX_ADD_ID)} label={`${MAILBOX_ADD_LABEL} (任意)`} hint="半角数字" example="1" width="xs" inputMode="numeric" />
        </Block>
        <Block id="mailbox-changes-block" title="メールボックスの廃止に関する項目">
          <p>表示されているメールボックスを廃止したい場合は、「メールボックスの廃止」を選択してください。</p>
          <FieldMessage fieldId={MAILBOXES_ERROR_ID} message={form.field(MAILBOXES_ERROR_ID).error} />
          <h3 class="sub-title">契約情報</h3>
          <div id={MAILBOXES_ERROR_ID} tabIndex={-1}>
            <DataTable
              caption="契約情報のメールボックス"
              columns={['区分', 'メールボックス名', '利用開始日', { label: 'メールボックスの廃止', class: 'center' }]}
              rows={mailboxes() ?? []}
              rowHeader={1}
              cells={(m) => [
                m.systemKind,
                m.name,
                formatDate(m.startDate),
                <AbolishBox
                  name={m.name}
                  checked={abolished().includes(m.name)}
                  onToggle={(on) =>
                    session.update((s) => {
                      s.rawMailboxAbolished = toggled(s.rawMailboxAbolished ?? [], m.name, on);
                      delete s.mailboxes;
                    })
                  }
                />,
              ]}
              empty="契約しているメールボックスはありません。"
              emptyInTable
            />
          </div>
        </Block>
        <NextAction />
      </WizardForm>
    </WizardPage>
  );
}
